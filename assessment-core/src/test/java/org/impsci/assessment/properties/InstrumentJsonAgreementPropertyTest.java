package org.impsci.assessment.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impsci.assessment.properties.JsonAgreement.SOURCES;
import static org.impsci.assessment.properties.JsonAgreement.TEXT;
import static org.impsci.assessment.properties.JsonAgreement.field;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.InstrumentLoader;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;
import org.junit.jupiter.api.Test;

/**
 * The streaming instrument reader against databind, the independent implementation it replaced:
 * on generated instruments, valid or not, with every property of the instrument, its items,
 * scales, non-substantive options and groups given a value of a fitting, a coercible or a wrong
 * type, or left out, both accept the same documents and build equal values. The documents are
 * generated from fixed seeds ({@link SeededCases}).
 */
class InstrumentJsonAgreementPropertyTest {
  private static final String[] INSTRUMENT_ID = {"\"t\"", "\"\"", "5", "null", "[]", "{}"};
  private static final String[] ITEM_ID = {
    "\"a\"", "\"b\"", "\"c\"", "\"A 1\"", "\"a.b-c_1\"", "\"\"", "5", "1.50", "null", "[]", "{}"
  };
  private static final String[] CONSTRUCT_ID = {
    "\"npt:x\"", "\"\"", "\" \"", "null", "1", "1.50", "true", "[]", "{}"
  };
  private static final String[] KIND = {
    "\"ORDINAL\"", "\"NUMERIC\"", "\" ORDINAL \"", "\"\\tNUMERIC\\n\"", "\"ordinal\"", "\"\"",
    "\" \"", "\"LIKERT\"", "0", "\"0\"", "1.0", "null", "true", "[]", "[\"ORDINAL\"]", "{}"
  };
  private static final String[] BOUND = {
    "0", "1", "5", "10", "-0", "1.5", "1e0", "2E1", "3000000000", "1e400", "-1e400", "\"0\"",
    "\" 2 \"", "\"+1\"", "\"1.\"", "\".5\"", "\"1e1\"", "\"0x1p0\"", "\"2d\"", "\"5f\"",
    "\"0x10\"", "\"1_0\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"INF\"", "\"\"", "\" \"",
    "\"null\"", "\"x\"", "\"\u0663\"", "null", "true", "false", "[]", "[1]", "{}"
  };
  private static final String[] LABELS = {
    "{}", "null", "{\"1\": \"low\"}", "{\"1\": \"low\", \"5\": \"high\"}", "{\"01\": \"a\"}",
    "{\"+1\": \"a\"}", "{\"-0\": \"a\"}", "{\"0000000001\": \"a\"}", "{\"\u0663\": \"a\"}",
    "{\" 1\": \"a\"}", "{\"1 \": \"a\"}", "{\"\": \"a\"}", "{\"x\": \"a\"}", "{\"-\": \"a\"}",
    "{\"1.0\": \"a\"}", "{\"null\": \"a\"}", "{\"3000000000\": \"a\"}", "{\"2147483647\": \"a\"}",
    "{\"7\": \"a\"}", "{\"1\": \"a\", \"01\": \"b\"}", "{\"1\": null}", "{\"1\": 1}",
    "{\"1\": 1.50}", "{\"1\": true}", "{\"1\": []}", "{\"1\": {}}", "[]", "\"\"", "1", "true"
  };
  private static final String[] OPTIONS = {
    "[]", "null", "[{\"code\": \"n_a\", \"label\": \"N\"}]",
    "[{\"code\": \"n_a\", \"label\": \"N\"}, {\"code\": \"n_b\", \"label\": \"M\"}]",
    "[{\"code\": \"n_a\", \"label\": \"N\"}, {\"code\": \"n_a\", \"label\": \"M\"}]",
    "[{\"code\": \"9\", \"label\": \"N\"}]", "[{\"code\": \"n_a\"}]", "[{\"label\": \"N\"}]",
    "[{\"code\": null, \"label\": \"N\"}]", "[{\"code\": \"n_a\", \"label\": 1.50}]",
    "[{\"code\": \"n_a\", \"label\": \"N\", \"x\": 1}]", "[null]", "[\"n_a\"]", "[[]]", "{}",
    "\"\""
  };
  private static final String[] CODE = {
    "\"n_a\"", "\"n_b\"", "\"9\"", "\"N_A\"", "\"\"", "1", "true", "null", "[]", "{}"
  };
  private static final String[] REVERSE = {
    "true", "false", "\"true\"", "\"True\"", "\"TRUE\"", "\" false \"", "\"FALSE\"", "\"tRUE\"",
    "\"yes\"", "\"1\"", "\"\"", "\" \"", "\"null\"", "1", "0", "-0", "2", "-1", "3000000000",
    "100000000000000000000", "1.0", "0.0", "1e400", "null", "[]", "[true]", "{}"
  };
  private static final String[] SCALE_SHAPES = {
    "null", "\"\"", "\"x\"", "1", "true", "[]", "[{}]", "{}",
    "{\"kind\": \"NUMERIC\", \"min\": 0, \"max\": 10}"
  };
  private static final String[] ITEM_IDS = {
    "[\"a\"]", "[\"a\", \"b\"]", "[\"b\", \"a\"]", "[\"a\", \"a\"]", "[\"z\"]", "[]", "null",
    "[null]", "[1]", "[\"\"]", "\"a\"", "\"\"", "{}", "[[]]", "[{}]"
  };
  private static final String[] GROUP_IDS = {
    "[\"g\"]", "[\"h\"]", "[\"g0\"]", "[\"g1\"]", "[\"g0\", \"g0\"]", "[\"x\"]", "[]", "null",
    "[null]", "\"g\"", "{}"
  };
  private static final String[] GROUP_ID = {
    "\"g\"", "\"h\"", "\"g0\"", "\"g1\"", "\"\"", "5", "null", "[]", "{}"
  };
  private static final String[] ITEMS = {"[]", "null", "{}", "[null]", "[1]", "\"\"", "[[]]"};
  private static final String[] GROUPS = {"[]", "null", "{}", "[null]", "[\"g\"]", "\"\""};

  private static final String[] INSTRUMENT_FIELDS = {
    "id", "name", "version", "items", "groups", "sources"
  };
  private static final String[] ITEM_FIELDS = {
    "id", "constructId", "prompt", "scale", "reverseScored", "sources"
  };
  private static final String[][] ITEM_VALUES = {
    ITEM_ID, CONSTRUCT_ID, TEXT, SCALE_SHAPES, REVERSE, SOURCES
  };
  private static final String[] SCALE_FIELDS = {
    "kind", "min", "max", "labels", "nonSubstantiveOptions"
  };
  private static final String[][] SCALE_VALUES = {KIND, BOUND, BOUND, LABELS, OPTIONS};
  private static final String[] GROUP_FIELDS = {
    "id", "label", "constructId", "itemIds", "groupIds", "sources"
  };
  private static final String[][] GROUP_VALUES = {
    GROUP_ID, TEXT, CONSTRUCT_ID, ITEM_IDS, GROUP_IDS, SOURCES
  };

  private static final String SCALE = "{\"kind\": \"ORDINAL\", \"min\": 1, \"max\": 5}";
  private static final String ITEM_A = "{\"id\": \"a\", \"prompt\": \"P\", \"scale\": " + SCALE + "}";
  private static final String GROUP_G = "{\"id\": \"g\", \"label\": \"G\", \"itemIds\": [\"a\"]}";
  /** Always the likely value: a part of a document left as generated valid. */
  private static final Iterator<Integer> LIKELY = Stream.generate(() -> 0).iterator();

  private static final int CASES = 3000;
  private static final int CHOICES = 120;

  @SeededCases(CASES)
  void streamingAndDatabindAgree(SeededCase c) {
    agree(instrument(JsonAgreement.choices(c.random(), CHOICES)));
  }

  /** The generated documents of all cases: more than 10% accepted, more than 10% rejected. */
  @Test
  void generatedInstrumentsAreOftenAcceptedAndOftenRejected() {
    JsonAgreement.assertBothOutcomesCommon(
        CASES, CHOICES, InstrumentJsonAgreementPropertyTest::instrument, Instrument.class,
        InstrumentLoader::load);
  }

  /**
   * Each value of each pool, or none, in an instrument, item, scale, option or group that is
   * otherwise valid, in a document that is otherwise valid.
   */
  @Test
  void everyValueOfEveryPropertyAlone() {
    int accepted =
        alone(
            INSTRUMENT_FIELDS,
            new String[][] {INSTRUMENT_ID, TEXT, TEXT, ITEMS, GROUPS, SOURCES},
            new String[] {"\"t\"", "\"T\"", "\"1\"", "[" + ITEM_A + "]", "[" + GROUP_G + "]",
              SOURCES[0]},
            json -> json);
    accepted +=
        alone(
            ITEM_FIELDS,
            ITEM_VALUES,
            new String[] {"\"b\"", "\"npt:x\"", "\"Q\"", SCALE, "true", SOURCES[0]},
            b -> instrument("[" + ITEM_A + ", " + b + "]", "[" + GROUP_G + "]"));
    accepted +=
        alone(
            SCALE_FIELDS,
            SCALE_VALUES,
            new String[] {"\"ORDINAL\"", "1", "5", "{\"1\": \"low\", \"5\": \"high\"}", OPTIONS[2]},
            scale -> instrument("[" + ITEM_A.replace(SCALE, scale) + "]", "[" + GROUP_G + "]"));
    accepted +=
        alone(
            new String[] {"code", "label"},
            new String[][] {CODE, TEXT},
            new String[] {"\"n_b\"", "\"M\""},
            option ->
                instrument(
                    "[" + ITEM_A.replace(SCALE, scaleWithOptions("[" + OPTION_A + ", " + option
                        + "]")) + "]",
                    "[" + GROUP_G + "]"));
    String[] ofItems = {"\"h\"", "\"H\"", "\"npt:y\"", "[\"a\"]", null, SOURCES[0]};
    String[] ofGroups = {"\"h\"", "\"H\"", "\"npt:y\"", null, "[\"g\"]", SOURCES[0]};
    for (String[] valid : List.of(ofItems, ofGroups)) {
      accepted +=
          alone(
              GROUP_FIELDS,
              GROUP_VALUES,
              valid,
              h -> instrument("[" + ITEM_A + "]", "[" + GROUP_G + ", " + h + "]"));
    }
    assertThat(accepted).isGreaterThan(150);
  }

  private static final String OPTION_A = "{\"code\": \"n_a\", \"label\": \"N\"}";

  private static String scaleWithOptions(String options) {
    return SCALE.replace("}", ", \"nonSubstantiveOptions\": " + options + "}");
  }

  private static int alone(
      String[] names, String[][] pools, String[] valid, UnaryOperator<String> in) {
    return JsonAgreement.everyValueAlone(
        names, pools, valid, in, Instrument.class, InstrumentLoader::load);
  }

  private static String instrument(String items, String groups) {
    return "{\"id\": \"t\", \"name\": \"T\", \"version\": \"1\", \"sources\": " + SOURCES[0]
        + ",\n\"items\": " + items + ",\n\"groups\": " + groups + "}";
  }

  /** Asserts that both accept the document and build equal values, or both reject it. */
  private static boolean agree(String json) {
    return JsonAgreement.agree(json, Instrument.class, InstrumentLoader::load);
  }

  /**
   * An instrument whose every property is likely valid, and else a coercible or wrong value; each
   * item and group is left valid as generated more often than not.
   */
  private static String instrument(Iterator<Integer> c) {
    List<String> fields = new ArrayList<>();
    field(fields, "id", c, INSTRUMENT_ID, "\"t\"");
    field(fields, "name", c, TEXT, "\"T\"");
    field(fields, "version", c, TEXT, "\"1\"");
    field(fields, "sources", c, SOURCES, null);
    List<String> items = new ArrayList<>();
    for (int i = 0, n = c.next() % 4; i < n; i++) {
      Iterator<Integer> m = c.next() < 600 ? LIKELY : c;
      List<String> f = new ArrayList<>();
      field(f, "id", m, ITEM_ID, ITEM_ID[i % 3]);
      field(f, "constructId", m, CONSTRUCT_ID, i == 1 ? "\"npt:x\"" : null);
      field(f, "prompt", m, TEXT, "\"P\"");
      field(f, "scale", m, SCALE_SHAPES, scale(m, i));
      field(f, "reverseScored", m, REVERSE, i == 2 ? "true" : null);
      field(f, "sources", m, SOURCES, null);
      items.add("{" + String.join(", ", f) + "}");
    }
    List<String> groups = new ArrayList<>();
    for (int g = 0, n = c.next() % 3; g < n; g++) {
      Iterator<Integer> m = c.next() < 600 ? LIKELY : c;
      List<String> f = new ArrayList<>();
      field(f, "id", m, GROUP_ID, "\"g" + g + "\"");
      field(f, "label", m, TEXT, "\"G\"");
      field(f, "constructId", m, CONSTRUCT_ID, null);
      field(f, "itemIds", m, ITEM_IDS, g == 0 ? "[\"a\"]" : null);
      field(f, "groupIds", m, GROUP_IDS, g == 0 ? null : "[\"g0\"]");
      field(f, "sources", m, SOURCES, null);
      groups.add("{" + String.join(", ", f) + "}");
    }
    int shape = c.next() % 12;
    fields.add("\"items\": " + (shape == 0 ? "null" : "[" + String.join(",\n", items) + "]"));
    if (shape != 1) {
      fields.add("\"groups\": " + (shape == 2 ? "null" : "[" + String.join(",\n", groups) + "]"));
    }
    if (shape == 3) {
      fields.add("\"colour\": 1");
    }
    return "{" + String.join(",\n", fields) + "}" + (shape == 4 ? " {}" : "\n");
  }

  /** A scale, likely ordinal 1-5 or numeric 0-10, with labels and options now and then. */
  private static String scale(Iterator<Integer> m, int i) {
    boolean numeric = i == 2;
    List<String> f = new ArrayList<>();
    field(f, "kind", m, KIND, numeric ? "\"NUMERIC\"" : "\"ORDINAL\"");
    field(f, "min", m, BOUND, numeric ? "0" : "1");
    field(f, "max", m, BOUND, numeric ? "10" : "5");
    field(f, "labels", m, LABELS, i == 0 ? "{\"1\": \"low\", \"5\": \"high\"}" : null);
    field(f, "nonSubstantiveOptions", m, OPTIONS, i == 1 ? OPTIONS[3] : null);
    return "{" + String.join(", ", f) + "}";
  }
}

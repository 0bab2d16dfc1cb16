package org.impsci.assessment.properties;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.io.ImpsciJson;

/**
 * The streaming framework reader against databind, the independent implementation it replaced:
 * on generated frameworks, valid or not, with every property given a value of a fitting, a
 * coercible or a wrong type, or left out, both accept the same documents and build equal values.
 */
class FrameworkJsonAgreementPropertyTest {
  private static final String[] TEXT = {
    "\"A b\"", "\"\"", "\" \"", "1", "-0", "1.50", "1e2", "true", "false", "null", "[]", "{}",
    "[\"x\"]"
  };
  private static final String[] ID = {"\"a\"", "\"b\"", "\"a.b\"", "\"A\"", "5", "null", "[]"};
  private static final String[] ORDER = {
    "1", "2", "\"2\"", "\" 3 \"", "\"+2\"", "1.9", "2.0", "1e0", "-1", "0", "\"x\"", "\"\"",
    "\"null\"", "\"1.5\"", "true", "null", "3000000000", "\"3000000000\"", "\"0000000001\"",
    "1e400", "[]", "[1]", "{}", "\"\u0663\""
  };
  private static final String[] PARENT = {"\"a\"", "\"b\"", "\"x\"", "\"\"", "null", "1", "[]"};
  private static final String[] ALIASES = {
    "[]", "null", "[\"X\"]", "[\"x\", \"Y\"]", "[1, true, 2.50]", "[null]", "[\"\"]", "[[]]",
    "[{}]", "\"x\"", "\"\"", "{}", "1"
  };
  private static final String[] SOURCES = {
    "[{\"citation\": \"Doe\"}]", "[]", "null", "{}", "\"\"", "[null]", "[\"x\"]", "[{}]",
    "[{\"citation\": \"D\", \"doi\": \"10.1/x\", \"locator\": \"T1\"}]",
    "[{\"citation\": 7, \"doi\": null, \"locator\": 2}]", "[{\"citation\": \"D\", \"doi\": \"x\"}]",
    "[{\"citation\": null}]", "[{\"citation\": \"D\", \"pages\": 1}]", "[[]]"
  };
  private static final String[] CONSTRUCT_FIELDS = {
    "id", "label", "definition", "kind", "parent", "order", "aliases", "sources"
  };
  private static final String[][] CONSTRUCT_VALUES = {ID, TEXT, TEXT, TEXT, PARENT, ORDER,
    ALIASES, SOURCES};

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, 999).list().ofSize(60);
  }

  @Property(tries = 2000)
  void streamingAndDatabindAgree(@ForAll("choices") List<Integer> choices) {
    boolean accepted = agree(framework(choices.iterator()));
    Statistics.collect(accepted ? "accepted" : "rejected");
    Statistics.coverage(
        cover -> {
          cover.check("accepted").percentage(p -> p > 10);
          cover.check("rejected").percentage(p -> p > 10);
        });
  }

  /** Each value of each pool, or none, in a framework that is otherwise valid. */
  @Test
  void everyValueOfEveryPropertyAlone() {
    String[] frameworkFields = {"id", "name", "version", "sources"};
    String[][] frameworkValues = {ID, TEXT, TEXT, SOURCES};
    String[] valid = {"\"toy\"", "\"Toy\"", "\"1\"", SOURCES[0]};
    String a =
        "{\"id\": \"a\", \"label\": \"A\", \"definition\": \"D\", \"kind\": \"k\","
            + " \"order\": 1}";
    String[] validConstruct = {
      "\"b\"", "\"B\"", "\"D\"", "\"k\"", "\"a\"", "1", "[\"bee\"]", SOURCES[0]
    };
    int accepted = 0;
    for (int f = 0; f < frameworkFields.length; f++) {
      for (String v : with(null, frameworkValues[f])) {
        List<String> fields = new ArrayList<>();
        for (int g = 0; g < frameworkFields.length; g++) {
          String value = g == f ? v : valid[g];
          if (value != null) {
            fields.add("\"" + frameworkFields[g] + "\": " + value);
          }
        }
        fields.add("\"constructs\": [" + a + "]");
        accepted += agree("{" + String.join(", ", fields) + "}") ? 1 : 0;
      }
    }
    for (int f = 0; f < CONSTRUCT_FIELDS.length; f++) {
      for (String v : with(null, CONSTRUCT_VALUES[f])) {
        List<String> fields = new ArrayList<>();
        for (int g = 0; g < CONSTRUCT_FIELDS.length; g++) {
          String value = g == f ? v : validConstruct[g];
          if (value != null) {
            fields.add("\"" + CONSTRUCT_FIELDS[g] + "\": " + value);
          }
        }
        String b = "{" + String.join(", ", fields) + "}";
        String json =
            "{\"id\": \"toy\", \"name\": \"T\", \"version\": \"1\", \"sources\": "
                + SOURCES[0] + ", \"constructs\": [" + a + ", " + b + "]}";
        accepted += agree(json) ? 1 : 0;
      }
    }
    assertThat(accepted).isGreaterThan(40);
  }

  private static List<String> with(String first, String[] rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(List.of(rest));
    return all;
  }

  /** Asserts that both accept the document and build equal values, or both reject it. */
  private static boolean agree(String json) {
    byte[] bytes = json.getBytes(UTF_8);
    Framework databind = null;
    try {
      databind = ImpsciJson.mapper().readValue(bytes, Framework.class);
    } catch (Exception rejected) {
      // compared below
    }
    Framework streaming = null;
    try {
      streaming = FrameworkLoader.load(new ByteArrayInputStream(bytes), "gen.json");
    } catch (InvalidInputException rejected) {
      assertThat(rejected.location().source()).contains("gen.json");
    }
    assertThat(streaming).as(json).isEqualTo(databind);
    return databind != null;
  }

  /** A framework whose every property is likely valid, and else a coercible or wrong value. */
  private static String framework(Iterator<Integer> c) {
    List<String> fields = new ArrayList<>();
    field(fields, "id", c, ID, "\"toy\"");
    field(fields, "name", c, TEXT, "\"Toy\"");
    field(fields, "version", c, TEXT, "\"1\"");
    field(fields, "sources", c, SOURCES, "[{\"citation\": \"Doe\"}]");
    List<String> constructs = new ArrayList<>();
    for (int i = c.next() % 4; i > 0; i--) {
      List<String> cf = new ArrayList<>();
      for (int f = 0; f < CONSTRUCT_FIELDS.length; f++) {
        String likely = f == 0 ? ID[i % 3] : f == 5 ? String.valueOf(i) : f < 4 ? "\"T\"" : null;
        field(cf, CONSTRUCT_FIELDS[f], c, CONSTRUCT_VALUES[f], likely);
      }
      constructs.add("{" + String.join(", ", cf) + "}");
    }
    int shape = c.next() % 10;
    fields.add("\"constructs\": " + (shape == 0 ? "null" : "[" + String.join(",\n", constructs) + "]"));
    if (shape == 1) {
      fields.add("\"colour\": 1");
    }
    return "{" + String.join(",\n", fields) + "}" + (shape == 2 ? " {}" : "\n");
  }

  /** Adds the field mostly with the likely value (left out if null), else any from the pool. */
  private static void field(
      List<String> fields, String name, Iterator<Integer> c, String[] pool, String likely) {
    int pick = c.next();
    String value = pick < 940 ? likely : pick < 950 ? null : pool[pick % pool.length];
    if (value != null) {
      fields.add("\"" + name + "\": " + value);
    }
  }
}

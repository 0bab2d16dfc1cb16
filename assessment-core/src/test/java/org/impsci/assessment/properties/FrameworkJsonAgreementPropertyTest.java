package org.impsci.assessment.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impsci.assessment.properties.JsonAgreement.SOURCES;
import static org.impsci.assessment.properties.JsonAgreement.TEXT;
import static org.impsci.assessment.properties.JsonAgreement.field;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;
import org.junit.jupiter.api.Test;

/**
 * The streaming framework reader against databind, the independent implementation it replaced:
 * on generated frameworks, valid or not, with every property given a value of a fitting, a
 * coercible or a wrong type, or left out, both accept the same documents and build equal values.
 * The documents are generated from fixed seeds ({@link SeededCases}).
 */
class FrameworkJsonAgreementPropertyTest {
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
  private static final String[] CONSTRUCT_FIELDS = {
    "id", "label", "definition", "kind", "parent", "order", "aliases", "sources"
  };
  private static final String[][] CONSTRUCT_VALUES = {ID, TEXT, TEXT, TEXT, PARENT, ORDER,
    ALIASES, SOURCES};

  private static final int CASES = 2000;
  private static final int CHOICES = 60;

  @SeededCases(CASES)
  void streamingAndDatabindAgree(SeededCase c) {
    agree(framework(JsonAgreement.choices(c.random(), CHOICES)));
  }

  /** The generated documents of all cases: more than 10% accepted, more than 10% rejected. */
  @Test
  void generatedFrameworksAreOftenAcceptedAndOftenRejected() {
    JsonAgreement.assertBothOutcomesCommon(
        CASES, CHOICES, FrameworkJsonAgreementPropertyTest::framework, Framework.class,
        FrameworkLoader::load);
  }

  /** Each value of each pool, or none, in a framework that is otherwise valid. */
  @Test
  void everyValueOfEveryPropertyAlone() {
    String a =
        "{\"id\": \"a\", \"label\": \"A\", \"definition\": \"D\", \"kind\": \"k\","
            + " \"order\": 1}";
    String[] frameworkFields = {"id", "name", "version", "sources", "constructs"};
    String[][] frameworkValues = {ID, TEXT, TEXT, SOURCES, {}};
    String[] valid = {"\"toy\"", "\"Toy\"", "\"1\"", SOURCES[0], "[" + a + "]"};
    int accepted =
        JsonAgreement.everyValueAlone(
            frameworkFields, frameworkValues, valid, json -> json, Framework.class,
            FrameworkLoader::load);
    String[] validConstruct = {
      "\"b\"", "\"B\"", "\"D\"", "\"k\"", "\"a\"", "1", "[\"bee\"]", SOURCES[0]
    };
    accepted +=
        JsonAgreement.everyValueAlone(
            CONSTRUCT_FIELDS,
            CONSTRUCT_VALUES,
            validConstruct,
            b ->
                "{\"id\": \"toy\", \"name\": \"T\", \"version\": \"1\", \"sources\": "
                    + SOURCES[0] + ", \"constructs\": [" + a + ", " + b + "]}",
            Framework.class,
            FrameworkLoader::load);
    assertThat(accepted).isGreaterThan(40);
  }

  /** Asserts that both accept the document and build equal values, or both reject it. */
  private static boolean agree(String json) {
    return JsonAgreement.agree(json, Framework.class, FrameworkLoader::load);
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
}

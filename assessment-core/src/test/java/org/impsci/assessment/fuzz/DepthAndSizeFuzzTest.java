package org.impsci.assessment.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impsci.assessment.testing.ReaderAssertions.parses;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.TestData;
import org.impsci.assessment.coding.SegmentCsvLayout;
import org.impsci.assessment.coding.SegmentCsvReader;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.instrument.InstrumentLoader;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.SurveyCsvReader;
import org.impsci.assessment.testing.LongIds;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Deep and large inputs for every reader of assessment-core outside REFI-QDA: nesting as deep as
 * the input allows (JSON, framework parent chains, instrument groups), long dotted ids, records
 * over the CSV caps and with very many fields. Each seeded case ({@link SeededCases}, replayed
 * alone with {@code -Dimpsci.case=INDEX}) must end with a result or the library's own exception
 * ({@link org.impsci.assessment.testing.ReaderAssertions#parses}), never a {@link
 * StackOverflowError}, an {@link OutOfMemoryError} or any other. Inputs stay at a few megabytes,
 * so that the class runs in seconds.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DepthAndSizeFuzzTest {
  private static final Scorer TOY =
      Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
  private static final Frameworks REGISTRY = Frameworks.of(List.of(TestData.toyFramework()));

  static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  // ---- generators ----

  /** A nesting depth: around the JSON limit of 100, or far beyond it. */
  static int depth(Random r) {
    int[] depths = {1, 50, 99, 100, 101, 1_000, 20_000};
    return depths[r.nextInt(depths.length)];
  }

  /** How many levels a framework's chain or an instrument's nested groups have. */
  static int levels(Random r) {
    int[] levels = {1, 100, 2_000};
    return levels[r.nextInt(levels.length)];
  }

  /** A JSON value nested {@code depth} arrays or objects deep, with a scalar inside. */
  static String nested(Random r, int depth) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int k = 0; k < depth; k++) {
      boolean array = r.nextBoolean();
      open.append(array ? "[" : "{\"a\":");
      close.append(array ? "]" : "}");
    }
    return open + "\"x\"" + close.reverse();
  }

  static String dottedId(Random r) {
    return LongIds.dottedId(r, "a");
  }

  /** A CSV record of {@code fields} fields of {@code length} characters, quoted or not. */
  static String record(Random r, int fields, int length) {
    boolean quoted = r.nextBoolean();
    String field = (quoted ? "\"" : "") + "1".repeat(length) + (quoted ? "\"" : "");
    StringBuilder out = new StringBuilder(fields * (field.length() + 1));
    for (int f = 0; f < fields; f++) {
      out.append(f == 0 ? "" : ",").append(field);
    }
    return out.append('\n').toString();
  }

  /**
   * A record over or at a limit: too many fields, fields at or over their cap, a record over the
   * record cap (5,000,000 characters in 5 fields, or in 50), or a small one.
   */
  static String bigRecord(Random r) {
    int[][] shapes = {
      {CsvRecordReader.MAX_FIELDS + 1, 1}, {CsvRecordReader.MAX_FIELDS, 1},
      {2, CsvRecordReader.MAX_FIELD_LENGTH}, {1, CsvRecordReader.MAX_FIELD_LENGTH + 1},
      {5, CsvRecordReader.MAX_FIELD_LENGTH}, {50, 100_000}, {8, 1}
    };
    int[] shape = shapes[r.nextInt(shapes.length)];
    return record(r, shape[0], shape[1]);
  }

  static String construct(String id, String parent, String aliases) {
    return "{\"id\":\"" + id + "\",\"label\":\"L\",\"definition\":\"D.\",\"kind\":\"k\",\"order\":1"
        + (parent == null ? "" : ",\"parent\":\"" + parent + "\"")
        + (aliases == null ? "" : ",\"aliases\":" + aliases) + "}";
  }

  /**
   * Framework JSON: a parent chain of up to 2,000 levels, with now and then a cycle, a missing
   * parent, children listed before parents, a last construct whose id is a long dotted id, or a
   * deeply nested value.
   */
  static String framework(Random r) {
    int n = levels(r);
    int shape = r.nextInt(6);
    String lastId = shape == 4 ? dottedId(r) : "c" + (n - 1);
    List<String> constructs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String parent = i == 0 ? null : "c" + (i - 1);
      if (i == 0 && shape == 1) {
        parent = "c" + r.nextInt(n); // a cycle through the root, or the root its own parent
      } else if (i == n - 1 && shape == 2) {
        parent = "nowhere";
      }
      String aliases = shape == 5 && i == n / 2 ? nested(r, depth(r)) : null;
      constructs.add(construct(i == n - 1 ? lastId : "c" + i, parent, aliases));
    }
    if (shape == 3) {
      Collections.reverse(constructs);
    }
    return "{\"id\":\"" + (r.nextInt(4) == 0 ? dottedId(r) : "deep") + "\",\"name\":\"N\","
        + "\"version\":\"1\",\"sources\":[{\"citation\":\"c\"}],\"constructs\":["
        + String.join(",", constructs) + "]}";
  }

  /**
   * Instrument JSON: groups nested up to 2,000 deep, now and then in a cycle, naming a missing
   * group, with a long item id, or with a deeply nested value.
   */
  static String instrument(Random r) {
    int n = levels(r);
    int shape = r.nextInt(5);
    String itemId = shape == 3 ? dottedId(r) : "Q1";
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String members;
      if (i < n - 1) {
        members = "\"groupIds\":[\"g" + (i + 1) + "\"]";
      } else if (shape == 1) {
        members = "\"groupIds\":[\"g" + r.nextInt(n) + "\"]";
      } else if (shape == 2) {
        members = "\"groupIds\":[\"missing\"]";
      } else {
        members = "\"itemIds\":[\"" + itemId + "\"]";
      }
      String label = shape == 4 && i == n / 2 ? nested(r, depth(r)) : "\"L\"";
      groups.add("{\"id\":\"g" + i + "\",\"label\":" + label + "," + members + "}");
    }
    return "{\"id\":\"deep\",\"name\":\"N\",\"version\":\"1\",\"items\":[{\"id\":\"" + itemId
        + "\",\"prompt\":\"p\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}}],"
        + "\"groups\":[" + String.join(",", groups) + "]}";
  }

  /** Response JSON: deep values, 10,000 answers, or text past the string limit. */
  static String response(Random r) {
    StringBuilder answers = new StringBuilder();
    switch (r.nextInt(4)) {
      case 0 -> answers.append("\"A1\":").append(nested(r, depth(r)));
      case 1 -> {
        for (int k = 0; k < 10_000; k++) {
          answers.append(k == 0 ? "" : ",").append("\"I").append(k).append("\":3");
        }
      }
      case 2 -> answers.append("\"A1\":\"")
          .append("x".repeat(ImpsciJson.MAX_STRING_LENGTH + r.nextInt(2))).append('"');
      default -> answers.append("\"").append(dottedId(r)).append("\":4");
    }
    return "{\"respondentId\":\"r\",\"answers\":{" + answers + "}}";
  }

  /** A segment CSV whose codes cell holds a long dotted id or 10,000 codes, or a big record. */
  static String segments(Random r) {
    String header = "source,participant,role,site,start,end,text,codes,valence\n";
    String codes =
        switch (r.nextInt(3)) {
          case 0 -> "toy:" + dottedId(r);
          case 1 -> "toy:people;".repeat(10_000);
          default -> null;
        };
    return header + (codes == null ? bigRecord(r) : "p.txt,P1,nurse,A,0,4,Time," + codes + ",\n");
  }

  // ---- the readers ----

  @SeededCases(12)
  void frameworkJson(SeededCase c) {
    String json = framework(c.random());
    parses(() -> FrameworkLoader.load(in(json), "f.json"));
  }

  @SeededCases(12)
  void instrumentJson(SeededCase c) {
    String json = instrument(c.random());
    parses(() -> Scorer.of(InstrumentLoader.load(in(json), "i.json"), TOY.rules()));
  }

  @SeededCases(12)
  void responseJson(SeededCase c) {
    String json = response(c.random());
    parses(() -> TOY.score(ImpsciJson.read(in(json), Response.class, "r.json")));
  }

  @SeededCases(12)
  void surveyCsv(SeededCase c) {
    Random r = c.random();
    String csv = "id,site,A1,A2,A3,B1,B2,N1\n" + bigRecord(r)
        + (r.nextBoolean() ? dottedId(r) + ",X,1,2,3,4,5,6\n" : "");
    CsvLayout layout = CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site").build();
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> SurveyCsvReader.of(TOY, layout, mode).read(in(csv), "s.csv", row -> { }));
    }
  }

  @SeededCases(12)
  void segmentCsv(SeededCase c) {
    String csv = segments(c.random());
    for (ReadMode mode : ReadMode.values()) {
      parses(
          () -> SegmentCsvReader.of(REGISTRY, SegmentCsvLayout.defaults(), mode)
              .read(in(csv), "g.csv", s -> { }));
    }
  }

  @Test
  void tooDeepJsonIsTheLibrarysErrorNamingTheFileAndTheLimit() {
    // 101 levels, one past ImpsciJson.MAX_NESTING_DEPTH, read as a tree (as the endorsement
    // table's JSON is) or as plain values; the typed readers reject a nested value sooner, by type.
    String deep = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
    for (Class<?> type : List.of(JsonNode.class, Object.class, Map.class)) {
      assertThatThrownBy(() -> ImpsciJson.read(in(deep), type, "deep.json"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("deep.json: ")
          .hasMessageContaining("nesting depth (101) exceeds the maximum allowed (100");
    }
    String deepest = "{\"a\":" + "[".repeat(99) + "]".repeat(99) + "}";
    assertThat(ImpsciJson.read(in(deepest), JsonNode.class, "ok.json").get("a").isArray()).isTrue();
  }
}

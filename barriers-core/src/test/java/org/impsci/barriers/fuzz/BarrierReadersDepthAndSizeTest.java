package org.impsci.barriers.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impsci.assessment.testing.ReaderAssertions.parses;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.testing.LongIds;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;
import org.impsci.barriers.rating.RatingCsvReader;
import org.impsci.barriers.strategy.EndorsementReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Long dotted ids, deep JSON and big records in the rating CSV and the endorsement table (CSV and
 * JSON). The construct-id check was a regular expression whose repeated group overflowed the
 * stack at about 2,000 dotted segments. Seeded cases ({@link SeededCases}) must end with a
 * result or the library's own exception ({@link
 * org.impsci.assessment.testing.ReaderAssertions#parses}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BarrierReadersDepthAndSizeTest {
  private static final String RATINGS = "site,construct,rating,rationale,coder,evidence\n";
  private static final String ENDORSEMENTS = "barrier,strategy,percent,citation,doi,locator\n";
  /** 2,000 dotted segments, 3,999 characters. */
  private static final String LONG_ID = "a.".repeat(1_999) + "a";

  static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  @Test
  void aRatingOfAConstructWithALongDottedIdIsAnUnknownConstruct() {
    String csv = RATINGS + "s1,cfir-2.0:" + LONG_ID + ",+1,,LD,\n";
    assertThatThrownBy(
            () -> RatingCsvReader.of(Frameworks.bundled(), ReadMode.STRICT).read(in(csv), "r.csv"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("r.csv, row 2, column construct")
        .hasMessageContaining(LONG_ID);
  }

  @Test
  void anEndorsementOfABarrierWithALongDottedIdIsAnUnknownConstruct() {
    String csv = ENDORSEMENTS + "cfir-2009:" + LONG_ID + ",facilitation,50,S,,\n";
    assertThatThrownBy(() -> EndorsementReader.readCsv(in(csv), "e.csv", ReadMode.STRICT))
        .isInstanceOf(InvalidInputException.class)
        // The barrier is read by Frameworks.reference, the one reference rule, with its wording.
        .hasMessageStartingWith(
            "e.csv, row 2, column barrier: framework 'cfir-2009' has no construct or alias 'a.a.");
    String json = "{\"entries\":[{\"barrier\":\"cfir-2009:" + LONG_ID + "\",\"strategy\":"
        + "\"facilitation\",\"percent\":50,\"source\":{\"citation\":\"S\"}}]}";
    assertThatThrownBy(() -> EndorsementReader.readJson(in(json), "e.json", ReadMode.STRICT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("e.json")
        .hasMessageContaining("framework 'cfir-2009' has no construct or alias 'a.a.");
  }

  @Test
  void endorsementJsonNestedPastTheLimitIsTheLibrarysError() {
    // 101 levels: the entries array (2) holding 99 more; the limit is ImpsciJson's 100.
    String json = "{\"entries\":[" + "[".repeat(99) + "]".repeat(99) + "]}";
    assertThatThrownBy(() -> EndorsementReader.readJson(in(json), "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("e.json")
        .hasMessageContaining("nesting depth (101) exceeds the maximum allowed (100");
  }

  /** A construct reference whose id has 1 to 100,000 dotted segments. */
  static String reference(Random r, String framework) {
    return LongIds.dottedId(r, framework + ":inner-setting");
  }

  /** Cells for a row: as given, or padded with up to 10,001 extra fields or 5 fields of 1 MB. */
  static String row(Random r, String cells) {
    return switch (r.nextInt(4)) {
      case 0 -> cells + ",".repeat(10_001) + "\n";
      case 1 -> cells + ("," + "x".repeat(1_000_000)).repeat(5) + "\n";
      default -> cells + "\n";
    };
  }

  @SeededCases(12)
  void ratingCsv(SeededCase c) {
    Random r = c.random();
    String csv = RATINGS + row(r, "s1," + reference(r, "cfir-2.0") + ",+1,,LD,");
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> RatingCsvReader.of(Frameworks.bundled(), mode).read(in(csv), "r.csv"));
    }
  }

  @SeededCases(12)
  void endorsementTable(SeededCase c) {
    Random r = c.random();
    String barrier = reference(r, "cfir-2009");
    String csv = ENDORSEMENTS + row(r, barrier + ",facilitation,50,S,,");
    int depth = new int[] {1, 98, 99, 100, 5_000}[r.nextInt(5)];
    String json = "{\"entries\":[{\"barrier\":\"" + barrier + "\",\"strategy\":\"facilitation\","
        + "\"percent\":50,\"source\":{\"citation\":" + "[".repeat(depth) + "\"S\""
        + "]".repeat(depth) + "}}]}";
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> EndorsementReader.readCsv(in(csv), "e.csv", mode));
      parses(() -> EndorsementReader.readJson(in(json), "e.json", mode));
    }
  }
}

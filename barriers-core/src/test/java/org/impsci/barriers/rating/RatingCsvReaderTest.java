package org.impsci.barriers.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.RejectedRow;
import org.junit.jupiter.api.Test;

/** CSV import of ratings, strict and lenient. */
class RatingCsvReaderTest {
  private static final String HEADER = "site,construct,rating,rationale,coder,evidence\n";
  private static final String GOOD =
      "s1,cfir-2.0:inner-setting.culture,+1,open team,LD,int 2 l.10; int 5 l.3\n"
          + "s1,cfir-2.0:individuals.roles.innovation-deliverers+motivation,-2,,LD,\n"
          + "s2,cfir-2009:intervention-characteristics.intervention-source,E,,JL,\n";
  private static final String BAD =
      "s2,cfir-2.0:inner-setting.culture,3,,LD,\n"
          + "s2,cfir-2.0:inner-setting.compatibility,Y,,LD,\n"
          + ",cfir-2.0:inner-setting.culture,0,,LD,\n"
          + "s1,cfir-2.0:inner-setting.culture,0,,LD,\n"
          + "s3,cfir-2.0:inner-setting.weather,0,,LD,\n"
          + "s3,cfir-2.0:inner-setting.culture,,,LD,\n"
          + "s3,cfir-2.0:inner-setting.culture,0,LD\n";

  private static RatingReadReport read(String csv, ReadMode mode) {
    return RatingCsvReader.of(Frameworks.bundled(), mode)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "ratings.csv");
  }

  @Test
  void goodRowsBecomeAMatrix() {
    RatingReadReport r = read(HEADER + GOOD + ",,,,,\n", ReadMode.STRICT);
    assertThat(r.read().rowsRead()).isEqualTo(3);
    assertThat(r.read().blankRows()).isEqualTo(1);
    ConstructRating first = r.ratings().ratings().get(0);
    assertThat(first.evidence()).containsExactly("int 2 l.10", "int 5 l.3");
    assertThat(first.rationale()).contains("open team");
    assertThat(r.ratings().ratings().get(1).rationale()).isEmpty();
    assertThat(ImpsciJson.read(ImpsciJson.write(r), RatingReadReport.class, "r")).isEqualTo(r);
  }

  @Test
  void lenientReadingKeepsEveryRowAndSaysWhereAndWhy() {
    RatingReadReport r = read(HEADER + GOOD + BAD, ReadMode.LENIENT);
    assertThat(r.read().rowsRead()).isEqualTo(10);
    assertThat(r.ratings().ratings()).hasSize(3);
    assertThat(r.read().rejected()).extracting(RejectedRow::row).containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 11L);
    RejectedRow three = r.read().rejected().get(0);
    assertThat(three.column()).contains("rating");
    assertThat(three.value()).contains("3");
    assertThat(three.allowed()).contains("-2, -1, 0, +1, +2, X, M, NA, I, E");
    assertThat(three.recordId()).contains("s2");
    assertThat(three.message()).startsWith("ratings.csv, row 5, column rating");
    assertThat(r.read().rejected().get(1).value()).contains("Y");
    assertThat(r.read().rejected().get(2).reason()).isEqualTo("the site is blank");
    assertThat(r.read().rejected().get(3).reason())
        .isEqualTo("site 's1' already rated 'cfir-2.0:inner-setting.culture' in row 2");
    // The construct is read by Frameworks.reference, the one reference rule (no name within two
    // edits of "inner-setting.weather", so no "did you mean").
    assertThat(r.read().rejected().get(4).reason())
        .isEqualTo("framework 'cfir-2.0' has no construct or alias 'inner-setting.weather'");
    assertThat(r.read().rejected().get(4).allowed()).hasValueSatisfying(
        a -> assertThat(a).contains("inner-setting.culture"));
    assertThat(r.read().rejected().get(5).reason()).isEqualTo("the rating is blank");
    assertThat(r.read().rejected().get(6).reason()).contains("the row has 4 fields but the header has 6");
  }

  @Test
  void strictReadingStopsAtTheFirstBadRow() {
    assertThatThrownBy(() -> read(HEADER + GOOD + BAD, ReadMode.STRICT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratings.csv, row 5, column rating, item cfir-2.0:inner-setting.culture:"
            + " not a rating code (value '3'); allowed: -2, -1, 0, +1, +2, X, M, NA, I, E");
  }

  @Test
  void constructsAreReadByTheOneReferenceRuleAndHeadersIgnoringCase() {
    // "Site", "CONSTRUCT" and "Rating" are the columns site, construct and rating; "Culture" is
    // the alias of inner-setting.culture (aliases ignore case), "+Motivation" of the
    // characteristic; both are kept by their ids.
    RatingReadReport r = read("Site,CONSTRUCT,Rating\n"
        + "s1,cfir-2.0:Culture,+1\n"
        + "s1, cfir-2.0 : individuals.roles.innovation-deliverers+Motivation ,0\n", ReadMode.STRICT);
    assertThat(r.ratings().ratings()).extracting(c -> c.target().toString()).containsExactly(
        "cfir-2.0:inner-setting.culture",
        "cfir-2.0:individuals.roles.innovation-deliverers+individuals.characteristics.motivation");
    // An unknown name within two edits of a known id gets it as a suggestion.
    assertThatThrownBy(() -> read(HEADER + "s1,cfir-2.0:inner-setting.cultur,+1,,,\n", ReadMode.STRICT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ratings.csv, row 2, column construct: framework 'cfir-2.0' has no"
            + " construct or alias 'inner-setting.cultur'; did you mean 'inner-setting.culture'?");
    assertThatThrownBy(() -> read(HEADER + "s1,cfir-20:inner-setting.culture,+1,,,\n", ReadMode.STRICT))
        .hasMessageContaining("no framework 'cfir-20'; did you mean 'cfir-2.0'?");
  }

  @Test
  void badHeadersFailInBothModes() {
    assertThatThrownBy(() -> read("site,construct\n", ReadMode.LENIENT))
        .hasMessageContaining("row 1: the header lacks column(s) rating");
    assertThatThrownBy(() -> read("site,construct,rating,score\n", ReadMode.LENIENT))
        .hasMessageContaining("column score: unknown column");
    assertThatThrownBy(() -> read("site,construct,rating,Site\n", ReadMode.LENIENT))
        .hasMessageContaining("names this column twice");
    assertThatThrownBy(() -> read("", ReadMode.LENIENT)).hasMessageContaining("the file is empty");
  }
}

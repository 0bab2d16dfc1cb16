package org.impsci.barriers.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.barriers.cfir.Cfir20Construct;
import org.junit.jupiter.api.Test;

/** Rating codes, targets, single ratings and the matrix: good and bad input, JSON round trip. */
class RatingValuesTest {
  private static final InputLocation AT = InputLocation.in("r.csv").withRow(3).withColumn("rating");

  @Test
  void codesAreReadAsWrittenInStudies() {
    assertThat(RatingValue.parse("+2", AT)).isEqualTo(RatingValue.PLUS_2);
    assertThat(RatingValue.parse("1", AT)).isEqualTo(RatingValue.PLUS_1);
    assertThat(RatingValue.parse("\u22121", AT)).isEqualTo(RatingValue.MINUS_1);
    assertThat(RatingValue.parse("x", AT)).isEqualTo(RatingValue.MIXED);
    assertThat(RatingValue.parse("na", AT)).isEqualTo(RatingValue.NOT_APPLICABLE);
    assertThat(RatingValue.MINUS_2.score()).hasValue(-2);
    assertThat(RatingValue.MISSING.score()).isEmpty();
  }

  @Test
  void wrongAndBlankCodesNameTheirPlaceAndTheAllowedCodes() {
    for (String bad : List.of("3", "Y", "+3", "0.5")) {
      assertThatThrownBy(() -> RatingValue.parse(bad, AT))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("r.csv, row 3, column rating: not a rating code (value '" + bad
              + "'); allowed: -2, -1, 0, +1, +2, X, M, NA, I, E");
    }
    assertThatThrownBy(() -> RatingValue.parse(" ", AT)).hasMessageContaining("the rating is blank");
    assertThatThrownBy(() -> ImpsciJson.read("\"Y\"", RatingValue.class, "r.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'Y' is not a rating code");
  }

  @Test
  void aCfir20RoleIsRatedOnACharacteristic() {
    RatingTarget pair = RatingTarget.parse("cfir-2.0:individuals.roles.innovation-deliverers+motivation");
    assertThat(pair).isEqualTo(
        RatingTarget.of(Cfir20Construct.INNOVATION_DELIVERERS, Cfir20Construct.MOTIVATION));
    assertThat(pair.toString())
        .isEqualTo("cfir-2.0:individuals.roles.innovation-deliverers"
            + "+individuals.characteristics.motivation");
    assertThat(ImpsciJson.read(ImpsciJson.write(pair), RatingTarget.class, "t")).isEqualTo(pair);
    assertThatThrownBy(() -> RatingTarget.parse("cfir-2.0:individuals.roles.implementation-leads", AT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is rated on a characteristic");
    assertThatThrownBy(() -> RatingTarget.parse("cfir-2.0:individuals.characteristics.need"))
        .hasMessageContaining("is rated for a role");
    assertThatThrownBy(() -> RatingTarget.parse("cfir-2.0:inner-setting.culture+need"))
        .hasMessageContaining("only a CFIR 2.0 role takes a characteristic");
    assertThatThrownBy(
            () -> RatingTarget.parse("cfir-2.0:individuals.roles.implementation-leads+mood"))
        .hasMessageContaining("'mood' is not a CFIR 2.0 characteristic");
    assertThatThrownBy(() -> RatingTarget.parse("culture", AT))
        .hasMessageContaining("exactly one ':'");
  }

  @Test
  void internalAndExternalAreForTheInnovationSourceOnly() {
    ConstructRating source =
        Ratings.rating("s1", "cfir-2009:intervention-characteristics.intervention-source", "E");
    assertThat(source.rating()).isEqualTo(RatingValue.EXTERNAL);
    assertThatThrownBy(() -> Ratings.rating("s1", "cfir-2.0:inner-setting.culture", "I"))
        .hasMessageContaining("only for the innovation source");
    assertThatThrownBy(() -> Ratings.rating(" ", "cfir-2.0:inner-setting.culture", "0"))
        .hasMessageContaining("the site is blank");
  }

  @Test
  void complexityIsReverseRatedInBothVersions() {
    assertThat(Ratings.rating("s", "cfir-2009:intervention-characteristics.complexity", "-2")
        .reverseRated()).isTrue();
    assertThat(Ratings.rating("s", "cfir-2.0:innovation.complexity", "-2").reverseRated()).isTrue();
    assertThat(Ratings.rating("s", "cfir-2.0:innovation.cost", "-2").reverseRated()).isFalse();
  }

  @Test
  void theMatrixRejectsASiteRatingATargetTwiceAndRoundTrips() {
    ConstructRating a = ConstructRating.builder().from(
            Ratings.rating("s1", "cfir-2.0:inner-setting.culture", "+1"))
        .rationale("two interviewees describe a blame-free team")
        .evidence(List.of("interview 2, lines 10-25", "interview 5, lines 3-9"))
        .coder("LD").build();
    ConstructRating b = Ratings.rating("s2", "cfir-2.0:inner-setting.culture", "X");
    RatingMatrix m = RatingMatrix.of(List.of(a, b));
    assertThat(m.sites()).containsExactly("s1", "s2");
    assertThat(m.rating("s2", a.target())).contains(b);
    assertThat(ImpsciJson.read(ImpsciJson.write(m), RatingMatrix.class, "m")).isEqualTo(m);
    assertThatThrownBy(() -> RatingMatrix.of(List.of(a, b, a)))
        .hasMessageContaining("site 's1' rates 'cfir-2.0:inner-setting.culture' twice, at"
            + " ratings[0] and ratings[2]");
    String json = ImpsciJson.write(m).replace("\"X\"", "\"3\"");
    assertThatThrownBy(() -> ImpsciJson.read(json, RatingMatrix.class, "m.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("m.json")
        .hasMessageContaining("'3' is not a rating code");
    assertThatThrownBy(() -> ImpsciJson.read("{\"ratings\":[", RatingMatrix.class, "m.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("m.json");
  }
}

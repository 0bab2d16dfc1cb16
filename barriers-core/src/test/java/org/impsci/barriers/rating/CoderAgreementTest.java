package org.impsci.barriers.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/**
 * Agreement of two coders over the twelve paired ratings of {@code rating/agreement.csv}.
 *
 * <p>Worked by hand. All 12 pairs, every code a category; marginal counts, coder A / coder B:
 *
 * <pre>
 *          +2  +1   0  -1  -2   X   M
 *   A       2   3   2   2   1   1   1
 *   B       1   3   3   2   2   1   0
 * </pre>
 *
 * Agreements on the diagonal: (+2,+2) (+1,+1) x2 (0,0) (-1,-1) (-2,-2) (X,X) = 7, so po = 7/12.
 * pe = (2*1 + 3*3 + 2*3 + 2*2 + 1*2 + 1*1 + 1*0) / 12^2 = 24/144 = 1/6, and kappa = (7/12 - 1/6) /
 * (1 - 1/6) = (5/12) / (5/6) = 0.5.
 *
 * <p>The 10 ordinal pairs (dropping (X,X) and (M,0)); counts on -2..+2: A = 1 2 2 3 2, B = 2 2 2 3
 * 1. Confusion table (rows A, columns B, -2..+2):
 *
 * <pre>
 *          -2  -1   0  +1  +2
 *   -2      1   .   .   .   .
 *   -1      1   1   .   .   .
 *    0      .   1   1   .   .
 *   +1      .   .   1   2   .
 *   +2      .   .   .   1   1
 * </pre>
 *
 * Four pairs are one step apart, none further. Linear weights |i-j|/4: observed disagreement 4 *
 * 1/4 / 10 = 0.1; expected = sum over i, j of nA(i) nB(j) |i-j| / (100 * 4) = (19 + 2*13 + 2*11 +
 * 3*13 + 2*21) / 400 = 148/400 = 0.37; kappa = 1 - 0.1/0.37 = 27/37 = 0.729730. Quadratic
 * weights ((i-j)/4)^2: observed 4 * 1/16 / 10 = 0.025; expected (53 + 2*25 + 2*17 + 3*29 + 2*61) /
 * 1600 = 346/1600 = 0.21625; kappa = 1 - 0.025/0.21625 = 153/173 = 0.884393.
 *
 * <p>The same figures from plain R: {@code rating/agreement.R}, output in {@code
 * rating/agreement.txt}.
 */
class CoderAgreementTest {

  static List<RatingPair> pairs() throws IOException {
    List<RatingPair> pairs = new ArrayList<>();
    try (InputStream in = CoderAgreementTest.class.getResourceAsStream("/rating/agreement.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split(",");
        RatingTarget target = RatingTarget.parse(f[1]);
        pairs.add(RatingPair.of(
            Ratings.rating(f[0], target, f[2], "A"), Ratings.rating(f[0], target, f[3], "B")));
      }
    }
    return pairs;
  }

  @Test
  void figuresMatchTheHandWorkingAndR() throws IOException {
    CoderAgreement a = CoderAgreement.of(pairs());
    // From agreement.txt (R 4.2.2).
    assertThat(a.pairs()).isEqualTo(12);
    assertThat(a.agreements()).isEqualTo(7);
    assertThat(a.percentAgreement().getAsDouble()).isCloseTo(0.5833333333, within(1e-9));
    assertThat(a.kappa().getAsDouble()).isCloseTo(0.5, within(1e-9));
    assertThat(a.ordinalPairs()).isEqualTo(10);
    assertThat(a.linearWeightedKappa().getAsDouble()).isCloseTo(27.0 / 37, within(1e-9));
    assertThat(a.linearWeightedKappa().getAsDouble()).isCloseTo(0.7297297297, within(1e-9));
    assertThat(a.quadraticWeightedKappa().getAsDouble()).isCloseTo(0.8843930636, within(1e-9));
  }

  @Test
  void kappaIsEmptyWhenChanceAgreementIsCertainOrThereAreNoPairs() {
    RatingTarget t = RatingTarget.parse("cfir-2009:inner-setting.culture");
    CoderAgreement same = CoderAgreement.of(List.of(
        RatingPair.of(Ratings.rating("s1", t, "+1", "A"), Ratings.rating("s1", t, "+1", "B"))));
    assertThat(same.percentAgreement()).hasValue(1.0);
    assertThat(same.kappa()).isEmpty();
    CoderAgreement none = CoderAgreement.of(List.of());
    assertThat(none.percentAgreement()).isEmpty();
    assertThat(none.linearWeightedKappa()).isEmpty();
  }

  @Test
  void pairsComeFromTwoMatricesAndRecordTheConsensus() throws IOException {
    List<RatingPair> pairs = pairs();
    RatingMatrix a = RatingMatrix.of(pairs.stream().map(RatingPair::first).toList());
    RatingMatrix b = RatingMatrix.of(pairs.subList(0, 5).stream().map(RatingPair::second).toList());
    List<RatingPair> paired = RatingPair.pair(a, b);
    assertThat(paired).isEqualTo(pairs.subList(0, 5));
    RatingPair agreed =
        paired.get(1).withConsensus(Ratings.rating("s1", paired.get(1).first().target(), "+2", "AB"));
    assertThat(agreed.consensus()).hasValueSatisfying(
        c -> assertThat(c.rating()).isEqualTo(RatingValue.PLUS_2));
    assertThat(ImpsciJson.read(ImpsciJson.write(agreed), RatingPair.class, "pair"))
        .isEqualTo(agreed);
    assertThatThrownBy(() -> paired.get(0).withConsensus(paired.get(1).first()))
        .hasMessageContaining("the consensus rating is of site 's1'");
    CoderAgreement result = CoderAgreement.of(pairs);
    assertThat(ImpsciJson.read(ImpsciJson.write(result), CoderAgreement.class, "agreement"))
        .isEqualTo(result);
  }
}

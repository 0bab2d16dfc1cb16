package org.impsci.barriers.pcat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * How far a team agrees on one pCAT item in one group. No publication defines these figures for
 * pCAT; all but the last follow pcatR 1.0.1's {@code pcat_consensus} (field names are its columns
 * in camel case), and the last is this project's own:
 *
 * <ul>
 *   <li>{@link #agreementShare()}: the largest of the three directional shares (barrier, neutral,
 *       facilitator over answers with a valid direction), on the {@link #dominantSide()}, which is
 *       {@code tie} when two sides share the largest;
 *   <li>{@link #polarized()}: barrier and facilitator shares both at least {@link
 *       PcatAgreementRules#polarizationMin()};
 *   <li>{@link #normalizedEntropy()}: the Shannon entropy of the three directional shares divided
 *       by ln 3 (0 when one side has every answer, 1 when the three are equal);
 *   <li>{@link #consensusLabel()}: {@code insufficient_data} below {@link
 *       PcatAgreementRules#minimumN()} valid directions, else {@code polarized}, else {@code
 *       consensus_barrier}/{@code _neutral}/{@code _facilitator} when the agreement share reaches
 *       {@link PcatAgreementRules#agreementThreshold()} without a tie, else {@code mixed};
 *   <li>{@link #normalizedEntropy5()} (impsci's own, as the pCAT issue asks): the entropy of the
 *       five complete classes' shares divided by ln 5, so that strength disagreement on one side
 *       shows too.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePcatAgreement.class)
@JsonDeserialize(as = ImmutablePcatAgreement.class)
public interface PcatAgreement {

  /** The summary the figures are of. */
  PcatItemSummary summary();

  /** The largest directional share; empty when no answer has a valid direction. */
  OptionalDouble agreementShare();

  /** {@code barrier}, {@code neutral}, {@code facilitator} or {@code tie}. */
  Optional<String> dominantSide();

  /** Whether barriers and facilitators both reach the polarisation share. */
  Optional<Boolean> polarized();

  /** The directional entropy over ln 3. */
  OptionalDouble normalizedEntropy();

  /** The consensus label. */
  String consensusLabel();

  /** The five-class entropy over ln 5 (impsci's own). */
  OptionalDouble normalizedEntropy5();

  /** The figures of one summary under the rules. */
  static PcatAgreement of(PcatItemSummary s, PcatAgreementRules rules) {
    PcatAgreement.Builder b = builder().summary(s);
    String label;
    if (s.nValidDirection() == 0) {
      label = "insufficient_data";
    } else {
      double[] sides = {
        s.pctBarrier().getAsDouble(), s.pctNeutral().getAsDouble(), s.pctFacilitator().getAsDouble()
      };
      double top = Math.max(sides[0], Math.max(sides[1], sides[2]));
      String[] names = {"barrier", "neutral", "facilitator"};
      String dominant = null;
      for (int i = 0; i < sides.length; i++) {
        if (sides[i] == top) {
          dominant = dominant == null ? names[i] : PcatSummaries.TIE;
        }
      }
      boolean polarized = sides[0] >= rules.polarizationMin() && sides[2] >= rules.polarizationMin();
      b.agreementShare(top).dominantSide(dominant).polarized(polarized)
          .normalizedEntropy(entropy(sides, 3));
      label = s.nValidDirection() < rules.minimumN() ? "insufficient_data"
          : polarized ? "polarized"
          : top >= rules.agreementThreshold() && !dominant.equals(PcatSummaries.TIE)
              ? "consensus_" + dominant
              : "mixed";
    }
    if (s.nCompleteClass() > 0) {
      double[] classes = {
        s.pctStrongBarrier().getAsDouble(), s.pctWeakBarrier().getAsDouble(),
        s.pctNeutralComplete().getAsDouble(), s.pctWeakFacilitator().getAsDouble(),
        s.pctStrongFacilitator().getAsDouble()
      };
      b.normalizedEntropy5(entropy(classes, 5));
    }
    return b.consensusLabel(label).build();
  }

  /** Shannon entropy (natural logarithm) of the positive shares, over ln {@code categories}. */
  private static double entropy(double[] shares, int categories) {
    double sum = 0;
    int positive = 0;
    for (double p : shares) {
      if (p > 0) {
        sum -= p * Math.log(p);
        positive++;
      }
    }
    return positive <= 1 ? 0 : sum / Math.log(categories);
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PcatAgreement}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePcatAgreement.Builder {
    Builder() {}
  }
}

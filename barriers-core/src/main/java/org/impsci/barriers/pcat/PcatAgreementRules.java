package org.impsci.barriers.pcat;

/**
 * The thresholds of {@link PcatAgreement}, named options whose defaults are pcatR 1.0.1's
 * ({@code pcat_consensus}: 0.60, 0.20, 2); no publication sets them for pCAT.
 *
 * @param agreementThreshold the smallest agreement share that is a consensus, in [0, 1]
 * @param polarizationMin the share barriers and facilitators must both reach to be polarised, in
 *     [0, 1]
 * @param minimumN the fewest valid directions for any label but {@code insufficient_data}, at
 *     least 1
 *
 * <p>Immutable and thread-safe.
 */
public record PcatAgreementRules(double agreementThreshold, double polarizationMin, int minimumN) {

  /** pcatR's defaults: 0.60, 0.20 and 2. */
  public static final PcatAgreementRules DEFAULTS = new PcatAgreementRules(0.60, 0.20, 2);

  /** Checks the ranges. */
  public PcatAgreementRules {
    if (!(agreementThreshold >= 0 && agreementThreshold <= 1)) {
      throw new IllegalArgumentException(
          "the agreement threshold lies in [0, 1], got " + agreementThreshold);
    }
    if (!(polarizationMin >= 0 && polarizationMin <= 1)) {
      throw new IllegalArgumentException(
          "the polarisation share lies in [0, 1], got " + polarizationMin);
    }
    if (minimumN < 1) {
      throw new IllegalArgumentException("the minimum count is at least 1, got " + minimumN);
    }
  }
}

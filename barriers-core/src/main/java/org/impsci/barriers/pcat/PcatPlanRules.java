package org.impsci.barriers.pcat;

/**
 * Which items an action plan treats as barriers, a named option with pcatR 1.0.1's defaults
 * ({@code pcat_action_plan}: 0.50 and 0.20); no publication sets them for pCAT. An item is a
 * barrier in a group when its barrier share (over valid directions) reaches {@code
 * barrierThreshold} or its strong-barrier share (over complete answers) reaches {@code
 * strongBarrierThreshold}.
 *
 * @param barrierThreshold in [0, 1]
 * @param strongBarrierThreshold in [0, 1]
 *
 * <p>Immutable and thread-safe.
 */
public record PcatPlanRules(double barrierThreshold, double strongBarrierThreshold) {

  /** pcatR's defaults: 0.50 and 0.20. */
  public static final PcatPlanRules DEFAULTS = new PcatPlanRules(0.50, 0.20);

  /** Checks the ranges. */
  public PcatPlanRules {
    for (double t : new double[] {barrierThreshold, strongBarrierThreshold}) {
      if (!(t >= 0 && t <= 1)) {
        throw new IllegalArgumentException("a plan threshold lies in [0, 1], got " + t);
      }
    }
  }
}

package org.impsci.barriers.pcat;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The class of one pCAT answer, from its direction and its effect (0 weak or no effect, 1 strong
 * effect; Robinson and Damschroder 2023, Table 1, final version). The five complete classes carry
 * a display code from -2 (strong barrier) to +2 (strong facilitator) for charts and transitions
 * only: it is not a score, and nothing adds it up.
 *
 * <p>The rules follow pcatR 1.0.1 ({@code pcat_classify}): a neutral answer is complete whatever
 * valid effect it carries; an invalid direction or effect makes the answer {@link #INVALID}, even
 * when the other part is missing; an effect without a direction is {@link #MISSING}.
 *
 * <p>Immutable and thread-safe.
 */
public enum PcatClass {
  /** Direction 1, effect 1. */
  STRONG_BARRIER(-2),
  /** Direction 1, effect 0. */
  WEAK_BARRIER(-1),
  /** Direction 1, no effect given. */
  BARRIER_EFFECT_MISSING(null),
  /** Direction 2. */
  NEUTRAL(0),
  /** Direction 3, effect 0. */
  WEAK_FACILITATOR(1),
  /** Direction 3, effect 1. */
  STRONG_FACILITATOR(2),
  /** Direction 3, no effect given. */
  FACILITATOR_EFFECT_MISSING(null),
  /** No direction given. */
  MISSING(null),
  /** A direction or effect outside its codes. */
  INVALID(null);

  private final Integer displayCode;

  PcatClass(Integer displayCode) {
    this.displayCode = displayCode;
  }

  /** The code pcatR writes, for example {@code strong_barrier}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The display code -2..+2 of a complete class; empty for the others. */
  public OptionalInt displayCode() {
    return displayCode == null ? OptionalInt.empty() : OptionalInt.of(displayCode);
  }

  /** Whether this is one of the five complete classes (direction and, unless neutral, effect). */
  public boolean complete() {
    return displayCode != null;
  }

  /**
   * The class of an answer.
   *
   * @param side the side its direction gives
   * @param effect the effect, 0 or 1, or -1 when none was given
   * @param effectValid false when the effect cell held something other than 0, 1 or nothing
   */
  public static PcatClass of(PcatSide side, int effect, boolean effectValid) {
    if (side == PcatSide.INVALID || !effectValid) {
      return INVALID;
    }
    return switch (side) {
      case MISSING -> MISSING;
      case NEUTRAL -> NEUTRAL;
      case BARRIER -> effect < 0 ? BARRIER_EFFECT_MISSING : effect == 1 ? STRONG_BARRIER : WEAK_BARRIER;
      default -> effect < 0
          ? FACILITATOR_EFFECT_MISSING
          : effect == 1 ? STRONG_FACILITATOR : WEAK_FACILITATOR;
    };
  }
}

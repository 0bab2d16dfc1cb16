package org.impsci.npt.nomad;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import java.util.List;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.ScoringOption;
import org.impsci.assessment.scoring.ScoringRules;

/**
 * How NoMAD is scored. The NoMAD papers publish no scoring algorithm, so each choice here is
 * impsci's, documented with its rationale:
 *
 * <ul>
 *   <li>A construct score is the mean of its answered Option A items (1-5). Option B answers ("not
 *       relevant ...") and blanks are not answers: they never count as low agreement.
 *   <li>{@link #minimumAnswered()}: by default at least half of a construct's items, rounded up
 *       (2 of 4, 4 of 7, 3 of 5), the half rule that the ORCA developers publish for their
 *       subscales; no NoMAD source sets one.
 *   <li>{@link #reverseScoreCa2()}: by default item CA2 (the intervention disrupts working
 *       relationships) is reverse-scored as 6 - x, because agreement with it means weaker
 *       relational integration while every other collective-action item is worded the other way;
 *       unreversed it would pull the construct mean and its alpha the wrong way.
 *   <li>{@link #includeTotal()}: by default no score across constructs; when asked, a scale
 *       {@code total} is the mean of all 20 construct items (Finch et al. 2018 report alpha for the
 *       20 items together).
 *   <li>The general items G1-G3 (0-10) are reported apart and never enter a construct score. No
 *       cut-off labels (such as "low" or "high normalisation") are given, since no source defines
 *       them.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableNomadOptions.class)
@JsonDeserialize(as = ImmutableNomadOptions.class)
public interface NomadOptions {

  /** How many items of a construct must be answered; default at least half, rounded up. */
  @Value.Default
  default MinimumAnswered minimumAnswered() {
    return MinimumAnswered.fraction(0.5);
  }

  /** Whether CA2 is reverse-scored (default true). */
  @Value.Default
  default boolean reverseScoreCa2() {
    return true;
  }

  /** Whether a {@code total} scale over all 20 construct items is added (default false). */
  @Value.Default
  default boolean includeTotal() {
    return false;
  }

  /** The kernel's scoring rules these options stand for. */
  default ScoringRules rules() {
    return ScoringRules.builder()
        .minimumAnswered(minimumAnswered())
        .applyReverseScoring(reverseScoreCa2())
        .build();
  }

  /** Each choice above with its value in these options and its rationale. */
  default List<ScoringOption> describe() {
    return List.of(
        ScoringOption.of(
            "minimumAnswered",
            minimumAnswered().describe() + " of a construct's items",
            "impsci's choice: no NoMAD source sets a minimum; the default, half rounded up, is the"
                + " rule the ORCA developers publish for their subscales"),
        ScoringOption.of(
            "optionB",
            "not an answer",
            "impsci's choice: an Option B answer (not relevant at this stage, to my role, to this"
                + " intervention) or a blank is never read as low agreement; no NoMAD source gives"
                + " a rule"),
        ScoringOption.of(
            "reverseScoreCa2",
            String.valueOf(reverseScoreCa2()),
            "impsci's choice, not the paper's: agreeing with CA2 means weaker relational"
                + " integration, the opposite of the other collective-action items, so it is"
                + " scored 6 - x by default; Finch et al. 2018 (Table 3) list the item and publish"
                + " no reversal rule"),
        ScoringOption.of(
            "includeTotal",
            String.valueOf(includeTotal()),
            "impsci's choice: no score across constructs unless asked; Finch et al. 2018 report"
                + " alpha for the 20 construct items together"),
        ScoringOption.of(
            "generalItems",
            "reported apart, never scored",
            "G1-G3 use a 0-10 scale of their own and belong to no construct"));
  }

  /** The defaults described above. */
  static NomadOptions defaults() {
    return NomadOptions.builder().build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NomadOptions}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableNomadOptions.Builder {
    Builder() {}
  }
}

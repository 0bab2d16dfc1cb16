package org.impsci.barriers.pcat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.impsci.barriers.strategy.ColumnCoverage;
import org.impsci.barriers.strategy.EndorsementFlag;
import org.impsci.barriers.strategy.RankedStrategy;
import org.impsci.barriers.strategy.StrategyRanking;

/**
 * pCAT results as table rows whose column names are pcatR 1.0.1's, so that an R user can compare
 * them line by line: the grouping columns, {@code item_id}, pcatR's figures, then the item's
 * primary CFIR 2009 and CFIR 2.0 constructs in impsci's ids. A value is an {@link Integer}, a
 * {@link Double}, a {@link String}, or null where pcatR writes {@code NA}.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class PcatTables {
  /** pCAT's figure columns of a summary row, in pcatR's names and order. */
  public static final List<String> SUMMARY_FIGURES = List.of(
      "n_rows_eligible", "n_respondents", "n_valid_direction", "n_complete_class", "n_barrier",
      "n_neutral", "n_facilitator", "n_strong_barrier", "n_weak_barrier", "n_neutral_complete",
      "n_barrier_effect_missing", "n_weak_facilitator", "n_strong_facilitator",
      "n_facilitator_effect_missing", "n_invalid_or_missing", "modal_class", "mean_display_code",
      "median_display_code", "pct_barrier", "pct_neutral", "pct_facilitator",
      "pct_complete_class", "pct_strong_barrier", "pct_weak_barrier", "pct_neutral_complete",
      "pct_strong_facilitator", "pct_weak_facilitator", "pct_effect_missing", "modal_class_n",
      "modal_class_share");

  /** The agreement columns after the grouping columns and {@code item_id}. */
  public static final List<String> AGREEMENT_FIGURES = List.of(
      "n_valid_direction", "pct_barrier", "pct_neutral", "pct_facilitator", "agreement_share",
      "dominant_side", "polarized", "normalized_entropy", "consensus_label",
      "normalized_entropy_5");

  /** The change columns after the pairing columns. */
  public static final List<String> CHANGE_FIGURES = List.of(
      "respondent_id", "item_id", "from_pcat_class", "to_pcat_class", "delta_display_code",
      "transition", "transition_detail", "from_timepoint", "to_timepoint");

  /** The action-plan columns after the grouping columns and {@code item_id}. */
  public static final List<String> PLAN_FIGURES = List.of(
      "barrier_priority", "pct_barrier", "pct_strong_barrier", "cfir_2009_construct",
      "cfir_2_0_constructs", "strategy", "basis", "percent", "column_percents", "column_complete",
      "column_flags_only");

  /** The construct columns after the figures. */
  public static final List<String> CONSTRUCTS = List.of("cfir_2009_construct", "cfir_2_0_construct");

  private PcatTables() {}

  /** One summary as a row. */
  public static Map<String, Object> row(PcatItemSummary s) {
    Map<String, Object> row = new LinkedHashMap<>(s.group());
    row.put("item_id", s.item());
    row.put("n_rows_eligible", s.nAnswers());
    row.put("n_respondents", s.nRespondents());
    row.put("n_valid_direction", s.nValidDirection());
    row.put("n_complete_class", s.nCompleteClass());
    row.put("n_barrier", s.nBarrier());
    row.put("n_neutral", s.nNeutral());
    row.put("n_facilitator", s.nFacilitator());
    row.put("n_strong_barrier", s.nStrongBarrier());
    row.put("n_weak_barrier", s.nWeakBarrier());
    row.put("n_neutral_complete", s.nNeutralComplete());
    row.put("n_barrier_effect_missing", s.nBarrierEffectMissing());
    row.put("n_weak_facilitator", s.nWeakFacilitator());
    row.put("n_strong_facilitator", s.nStrongFacilitator());
    row.put("n_facilitator_effect_missing", s.nFacilitatorEffectMissing());
    row.put("n_invalid_or_missing", s.nInvalidOrMissing());
    row.put("modal_class", s.modalClass().orElse(null));
    row.put("mean_display_code", value(s.meanDisplayCode()));
    row.put("median_display_code", value(s.medianDisplayCode()));
    row.put("pct_barrier", value(s.pctBarrier()));
    row.put("pct_neutral", value(s.pctNeutral()));
    row.put("pct_facilitator", value(s.pctFacilitator()));
    row.put("pct_complete_class", value(s.pctCompleteClass()));
    row.put("pct_strong_barrier", value(s.pctStrongBarrier()));
    row.put("pct_weak_barrier", value(s.pctWeakBarrier()));
    row.put("pct_neutral_complete", value(s.pctNeutralComplete()));
    row.put("pct_strong_facilitator", value(s.pctStrongFacilitator()));
    row.put("pct_weak_facilitator", value(s.pctWeakFacilitator()));
    row.put("pct_effect_missing", value(s.pctEffectMissing()));
    OptionalInt modalN = s.modalClassN();
    row.put("modal_class_n", modalN.isPresent() ? modalN.getAsInt() : null);
    row.put("modal_class_share", value(s.modalClassShare()));
    PcatItem item = Pcat.item(s.item());
    row.put("cfir_2009_construct", item.cfir2009().target().toString());
    row.put("cfir_2_0_construct", item.cfir20Primary().target().toString());
    return row;
  }

  /**
   * One item's agreement as a row: the grouping columns, {@code item_id}, {@link
   * #AGREEMENT_FIGURES} (pcatR's names; {@code normalized_entropy_5} is impsci's own figure).
   */
  public static Map<String, Object> row(PcatAgreement a) {
    PcatItemSummary s = a.summary();
    Map<String, Object> row = new LinkedHashMap<>(s.group());
    row.put("item_id", s.item());
    row.put("n_valid_direction", s.nValidDirection());
    row.put("pct_barrier", value(s.pctBarrier()));
    row.put("pct_neutral", value(s.pctNeutral()));
    row.put("pct_facilitator", value(s.pctFacilitator()));
    row.put("agreement_share", value(a.agreementShare()));
    row.put("dominant_side", a.dominantSide().orElse(null));
    row.put("polarized", a.polarized().orElse(null));
    row.put("normalized_entropy", value(a.normalizedEntropy()));
    row.put("consensus_label", a.consensusLabel());
    row.put("normalized_entropy_5", value(a.normalizedEntropy5()));
    return row;
  }

  /**
   * One pair of answers as a row: the pairing columns, then {@link #CHANGE_FIGURES} in pcatR's
   * names.
   */
  public static Map<String, Object> row(PcatChange c, String from, String to) {
    Map<String, Object> row = new LinkedHashMap<>(c.context());
    row.put("respondent_id", c.respondentId());
    row.put("item_id", c.item());
    row.put("from_pcat_class", c.from().map(PcatClass::code).orElse(null));
    row.put("to_pcat_class", c.to().map(PcatClass::code).orElse(null));
    OptionalInt delta = c.delta();
    row.put("delta_display_code", delta.isPresent() ? delta.getAsInt() : null);
    row.put("transition", c.transition().code());
    row.put("transition_detail", c.detail());
    row.put("from_timepoint", from);
    row.put("to_timepoint", to);
    return row;
  }

  /**
   * One barrier item of a plan as rows, one per candidate strategy: first the strategies ranked by
   * their expert-endorsement percent for the item's CFIR 2009 construct ({@code basis} {@code
   * endorsement_percent}), then the pCAT paper's Level 1/2 candidates ({@code level_1}, {@code
   * level_2}; no percent, never summed); one row without a strategy when there is none. The {@code column_}
   * figures say how much of the construct's column the table holds: strategies with a percent,
   * whether that is the whole column, and strategies flagged only.
   */
  public static List<Map<String, Object>> rows(PcatActionPlan plan) {
    PcatItemSummary s = plan.summary();
    Map<String, Object> base = new LinkedHashMap<>(s.group());
    base.put("item_id", s.item());
    base.put("barrier_priority", plan.priority().code());
    base.put("pct_barrier", value(s.pctBarrier()));
    base.put("pct_strong_barrier", value(s.pctStrongBarrier()));
    base.put("cfir_2009_construct", plan.item().cfir2009().target().toString());
    base.put("cfir_2_0_constructs", String.join("; ",
        plan.item().cfir20().stream().map(m -> m.target().toString()).toList()));
    List<Map<String, Object>> rows = new ArrayList<>();
    StrategyRanking ranking = plan.strategies();
    ColumnCoverage column = ranking.chosen().get(0).columns().get(0);
    for (RankedStrategy r : ranking.strategies()) {
      rows.add(planRow(base, r.strategy(), "endorsement_percent", r.cumulativePercent(), column));
    }
    for (EndorsementFlag f : plan.candidates()) {
      String level = f.level().name().toLowerCase(java.util.Locale.ROOT);
      rows.add(planRow(base, f.strategy(), level, null, column));
    }
    if (rows.isEmpty()) {
      rows.add(planRow(base, null, null, null, column));
    }
    return rows;
  }

  private static Map<String, Object> planRow(
      Map<String, Object> base, String strategy, String basis, Double percent, ColumnCoverage column) {
    Map<String, Object> row = new LinkedHashMap<>(base);
    row.put("strategy", strategy);
    row.put("basis", basis);
    row.put("percent", percent);
    row.put("column_percents", column.strategies());
    row.put("column_complete", column.complete());
    row.put("column_flags_only", column.flags());
    return row;
  }

  private static Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}

package org.impsci.outcomes.measures;

import java.util.Arrays;
import java.util.List;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.InstrumentLoader;
import org.impsci.assessment.scoring.ScoredInstrument;

/**
 * The bundled implementation-outcome measures, each a five-point agreement instrument scored by
 * {@link MeasureOptions}, registered with the instrument registry under its {@link #id()}.
 *
 * <ul>
 *   <li>AIM, IAM and FIM (Weiner et al. 2017, Implementation Science 12:108,
 *       doi:10.1186/s13012-017-0635-3): acceptability, appropriateness and feasibility, 4 items each
 *       ({@code AIM1}-{@code AIM4}, {@code IAM1}-{@code IAM4}, {@code FIM1}-{@code FIM4}), one scale
 *       each, named after the Proctor et al. 2011 outcome it measures.
 *   <li>ORIC (Shea et al. 2014, Implementation Science 9:7, doi:10.1186/1748-5908-9-7): 12 items,
 *       change commitment ({@code C1}-{@code C5}) and change efficacy ({@code E1}-{@code E7}).
 *       Items are listed by facet; the numbering of the efficacy items is this project's.
 * </ul>
 *
 * <p>Prompts are this project's paraphrases; the official wording comes only from a file of your
 * own ({@link org.impsci.assessment.instrument.WordingOverlay}). The answer labels (AIM, IAM and
 * FIM: completely disagree ... completely agree; ORIC: disagree ... agree) are this project's
 * words for a five-point agreement scale, not confirmed against the papers. No published alpha is
 * bundled: the papers' per-scale figures could not be read here.
 *
 * <p>Immutable and thread-safe.
 */
public enum OutcomeMeasure {
  /** Acceptability of Intervention Measure. */
  AIM("aim", List.of("acceptability")),
  /** Intervention Appropriateness Measure. */
  IAM("iam", List.of("appropriateness")),
  /** Feasibility of Intervention Measure. */
  FIM("fim", List.of("feasibility")),
  /** Organizational Readiness for Implementing Change. */
  ORIC("oric", List.of("change-commitment", "change-efficacy"));

  private final String id;
  private final List<String> scales;

  OutcomeMeasure(String id, List<String> scales) {
    this.id = id;
    this.scales = scales;
  }

  /** The instrument id, for example {@code aim}. */
  public String id() {
    return id;
  }

  /** The scale ids, in reporting order. */
  public List<String> scales() {
    return scales;
  }

  /** The instrument, loaded once from its JSON resource and validated. */
  public Instrument instrument() {
    return Holder.INSTRUMENTS.get(ordinal());
  }

  /** The instrument with the rules, and the rationale, of {@code options}. */
  public ScoredInstrument scored(MeasureOptions options) {
    return ScoredInstrument.builder()
        .instrument(instrument())
        .rules(options.rules())
        .addAllOptions(options.describe())
        .build();
  }

  private static final class Holder {
    static final List<Instrument> INSTRUMENTS =
        Arrays.stream(values())
            .map(m -> InstrumentLoader.loadResource(OutcomeMeasure.class, m.id + ".json"))
            .toList();
  }
}

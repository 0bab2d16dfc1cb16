package org.impsci.npt.nomad;

import java.util.LinkedHashMap;
import java.util.Map;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.InstrumentLoader;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.survey.CsvLayout;

/**
 * The NoMAD survey (Rapley et al. 2018, doi:10.1186/s12874-018-0590-y; Finch et al. 2018,
 * doi:10.1186/s12874-018-0591-x): 20 construct items on the four NPT constructs, answered on a
 * 5-point agreement scale (Option A) or with one of three "not relevant" answers (Option B), and 3
 * general items on a 0-10 scale. Item prompts are impsci's paraphrases; see {@link
 * org.impsci.assessment.instrument.WordingOverlay} to show the official wording from a file of your
 * own.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class Nomad {
  /** The instrument id. */
  public static final String ID = "nomad";

  /**
   * Cronbach's alpha per construct as published in the validation study (Finch et al. 2018,
   * doi:10.1186/s12874-018-0591-x, n = 831 questionnaires from 6 sites), for comparison with a
   * study's own figures; {@code total} is the 20 construct items together.
   */
  public static final Map<String, Double> PUBLISHED_ALPHA =
      Map.of(
          "coherence", 0.71,
          "cognitive-participation", 0.81,
          "collective-action", 0.78,
          "reflexive-monitoring", 0.65,
          "total", 0.89);

  private Nomad() {}

  /**
   * The NoMAD instrument: items CO1-CO4, CP1-CP4, CA1-CA7, RM1-RM5, G1-G3; one scale per
   * construct, each citing Finch et al. 2018, Table 3, as its items do.
   */
  public static Instrument instrument() {
    return Holder.INSTRUMENT;
  }

  /**
   * The CSV layout of a NoMAD export whose item columns are headed by impsci's item ids, with the
   * default answer codes: 1-5 for Option A; {@code not_relevant_stage}, {@code not_relevant_role},
   * {@code not_relevant_intervention} for Option B; 0-10 for G1-G3; an empty cell is missing.
   */
  public static CsvLayout csvLayout(String respondentIdColumn, String... groupColumns) {
    return CsvLayout.builder()
        .respondentIdColumn(respondentIdColumn)
        .addGroupColumns(groupColumns)
        .build();
  }

  /**
   * Item id to column header for exports that number the questions in questionnaire order: the
   * general items Q1-Q3, then the construct items Q4-Q23 (CO1 = Q4 ... RM5 = Q23), as one published
   * user study does. Use with {@code CsvLayout.builder().putAllItemColumns(...)}.
   */
  public static Map<String, String> questionNumberColumns() {
    Map<String, String> columns = new LinkedHashMap<>();
    int q = 1;
    for (String general : NomadScorer.GENERAL_ITEMS) {
      columns.put(general, "Q" + q++);
    }
    for (Item item : instrument().items()) {
      if (!NomadScorer.GENERAL_ITEMS.contains(item.id())) {
        columns.put(item.id(), "Q" + q++);
      }
    }
    return columns;
  }

  private static final class Holder {
    static final Instrument INSTRUMENT =
        InstrumentLoader.loadResource(Nomad.class, "nomad.json");
  }
}

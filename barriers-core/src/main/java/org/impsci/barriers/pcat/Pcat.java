package org.impsci.barriers.pcat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.ScoringOption;
import org.impsci.assessment.scoring.ScoringRules;

/**
 * The pCAT instrument (Robinson and Damschroder 2023, doi:10.1186/s43058-022-00380-5): 14 items,
 * each answered with a direction (1 disagree, a potential barrier; 2 neutral; 3 agree, a potential
 * facilitator), an effect unless neutral (0 weak or no effect; 1 strong effect) and a comment.
 * The items and both CFIR mappings are read from the bundled {@code pcat-items.json}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Pcat {
  /** The instrument's id in the registry. */
  public static final String ID = "pcat";

  /** The number of items. */
  public static final int ITEMS = 14;

  /** Why pCAT has no total score, the reason given whenever one is asked for. */
  public static final String NO_TOTAL_SCORE =
      "pCAT has no total or scale score: its authors present it as a reflection tool for teams,"
          + " not a psychometric scale (Robinson and Damschroder 2023,"
          + " doi:10.1186/s43058-022-00380-5), and pcatR refuses one too; summarise answers per"
          + " item instead (impsci pcat)";

  /** The publication of the instrument. */
  public static final Source INSTRUMENT_SOURCE =
      Source.of("Robinson and Damschroder 2023", "10.1186/s43058-022-00380-5",
          "Table 1 (final version) and Additional file 2 (the pCAT form)");

  /** The publication of the CFIR 2.0 mapping. */
  public static final Source CFIR20_SOURCE =
      Source.of("Domlyn et al. 2026", "10.1186/s43058-026-00956-5",
          "main text and Supplementary Table S3");

  private Pcat() {}

  /** The 14 items, in order. */
  public static List<PcatItem> items() {
    return Holder.TABLE.items();
  }

  /** Where the items, their order and their CFIR 2009 constructs are published. */
  public static List<Source> sources() {
    return Holder.TABLE.sources();
  }

  /**
   * The item with this number.
   *
   * @throws IllegalArgumentException if no item has it
   */
  public static PcatItem item(int number) {
    if (number < 1 || number > ITEMS) {
      throw new IllegalArgumentException(
          "no pCAT item has number " + number + "; they run 1 to " + ITEMS);
    }
    return items().get(number - 1);
  }

  /**
   * pCAT for the instrument registry: the 14 items on the direction scale, with no scales (so
   * nothing is ever scored) and the options that say why and where the effect is read.
   */
  public static ScoredInstrument scoredInstrument() {
    return Holder.SCORED;
  }

  /**
   * Always refuses: pCAT has no total score.
   *
   * @throws ImpsciException always, with {@link #NO_TOTAL_SCORE}
   */
  public static double totalScore() {
    throw new ImpsciException(NO_TOTAL_SCORE);
  }

  /** The bundled item table. */
  @Value.Immutable
  @ImpsciStyle
  @JsonSerialize(as = ImmutableItemTable.class)
  @JsonDeserialize(as = ImmutableItemTable.class)
  interface ItemTable {
    /** Where the items, their order and their CFIR 2009 constructs are published. */
    List<Source> sources();

    /** The items. */
    List<PcatItem> items();

    /** Checks that the 14 items stand in order. */
    @Value.Check
    default void check() {
      for (int i = 0; i < items().size(); i++) {
        if (items().get(i).number() != i + 1) {
          throw new IllegalArgumentException("pCAT item " + (i + 1) + " is out of order");
        }
      }
      if (items().size() != ITEMS) {
        throw new IllegalArgumentException("pCAT has " + ITEMS + " items, not " + items().size());
      }
    }
  }

  private static final class Holder {
    static final ItemTable TABLE =
        ImpsciJson.readResource(Pcat.class, "pcat-items.json", ItemTable.class);
    static final ScoredInstrument SCORED = scored(TABLE.items());
  }

  private static ScoredInstrument scored(List<PcatItem> items) {
    ResponseScale direction = ResponseScale.ordinal(1, 3, Map.of(
        1, "disagree: a potential barrier", 2, "neutral", 3, "agree: a potential facilitator"));
    List<Map<String, Object>> itemForms = new ArrayList<>();
    for (PcatItem item : items) {
      itemForms.add(Map.of(
          "id", Integer.toString(item.number()),
          "constructId", item.cfir2009().target().toString(),
          "prompt", item.prompt(),
          "scale", direction));
    }
    // The instrument's JSON form, read as a user's instrument file is.
    Instrument instrument = ImpsciJson.mapper().convertValue(Map.of(
        "id", ID,
        "name", "Pragmatic Context Assessment Tool (pCAT)",
        "version", "2023",
        "items", itemForms,
        "groups", List.of(),
        "sources", List.of(INSTRUMENT_SOURCE, CFIR20_SOURCE)), Instrument.class);
    return ScoredInstrument.builder()
        .instrument(instrument)
        .rules(ScoringRules.meanOf(MinimumAnswered.all()))
        .addOptions(ScoringOption.of("totalScore", "none", NO_TOTAL_SCORE))
        .addOptions(ScoringOption.of("effect", "0 weak or no effect, 1 strong effect",
            "Each answer has a second part, its effect, unless it is neutral (Robinson and"
                + " Damschroder 2023, Table 1); the item scale here is the direction only. Read"
                + " both parts with PcatCsvReader (impsci pcat)."))
        .build();
  }
}

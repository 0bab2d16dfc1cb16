package org.impsci.parihs.orca;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.InstrumentLoader;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;

/**
 * The Organizational Readiness to Change Assessment (Helfrich et al. 2009,
 * doi:10.1186/1748-5908-4-38): 77 items answered on a 5-point agreement scale (1 strongly
 * disagree ... 5 strongly agree), in 19 subscales under 3 scales that follow the PARIHS elements:
 * evidence (4 subscales), context (6) and facilitation (9). Each scale is a group of its
 * subscales, and each group names the PARIHS construct it measures ({@code parihs:...}). Each
 * group's {@link org.impsci.assessment.instrument.ItemGroup#sources() sources} say where it comes
 * from: for a scale, the paper's abstract, which names the PARIHS element it follows, and the
 * developers' scoring notes (a scale is the mean of its subscales); for a subscale, the paper's
 * table of subscales where it could be read, and, in the locator, the PARIHS element or
 * sub-element impsci maps it to (this project's mapping, said as such).
 *
 * <p><b>Item ids</b> follow the developers' scheme of question number and letter ({@code Q3d},
 * {@code Q5a}), seen on their scoring page and, for q3a-q9d, in the 2009 paper's table of
 * subscales. The paper's table could only be read up to the measurement subscale, so these are
 * assumptions, consistent with the published counts: the discord subscale is {@code Q2a-Q2b};
 * opinion leaders and general resources are {@code Q10} and {@code Q11}; the nine facilitation
 * subscales are {@code Q12}-{@code Q20} in the order listed. Those items' and subscales' sources
 * say so ("assumed by impsci"). The paper's table labels research "q3a - d" while retaining 3
 * items; this project follows the developers' scoring page, which names both {@code Q3d} and
 * {@code Q3e} as research items, so research has {@code Q3a}-{@code Q3e}.
 *
 * <p><b>Counts</b> (discord 2; research 5; clinical experience 4; patient preferences 4 / context
 * 3, 4, 4, 4, 4, 4 / facilitation 4, 4, 4, 4, 4, 4, 4, 6, 5) add up to the published 77. The
 * commonly listed counts 2, 3, 3, 4 for evidence are those retained after the three items {@code
 * Q3d}, {@code Q3e} and {@code Q4d} were eliminated; the 23 context items match the paper's table.
 *
 * <p><b>Prompts</b> are this project's. For {@code Q3d}, {@code Q3e} and {@code Q4d} they
 * paraphrase the wording quoted by the developers; for every other item they state the topic of
 * the item's subscale in this project's words, because the item wording could not be read. Use
 * {@link org.impsci.assessment.instrument.WordingOverlay} to show the official wording from a
 * file of your own.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class Orca {
  /** The instrument id. */
  public static final String ID = "orca";

  /** The id of the reduced variant. */
  public static final String REDUCED_ID = "orca-reduced";

  /** The scale ids, in reporting order. */
  public static final List<String> SCALES = List.of("evidence", "context", "facilitation");

  /**
   * The reverse-scored items, as the developers' scoring page names them: the change described as
   * experimental, as unlikely to make a difference, and as untried in the setting.
   */
  public static final Set<String> REVERSE_SCORED = Set.of("Q3d", "Q3e", "Q4d");

  /**
   * The items the developers recommend dropping for poor reliability (scoring page, citing the
   * 2009 validation): the three reverse-scored items and the four patient-preference items.
   */
  public static final List<String> DROPPED_IN_REDUCED =
      List.of("Q3d", "Q3e", "Q4d", "Q5a", "Q5b", "Q5c", "Q5d");

  /** Cronbach's alpha per scale as published (Helfrich et al. 2009, n = 80). */
  public static final Map<String, Double> PUBLISHED_ALPHA =
      Map.of("evidence", 0.74, "context", 0.85, "facilitation", 0.95);

  private Orca() {}

  /** The full 77-item ORCA. */
  public static Instrument instrument() {
    return Holder.FULL;
  }

  /**
   * The reduced ORCA (id {@code orca-reduced}): the full instrument without {@link
   * #DROPPED_IN_REDUCED}, so 70 items; the patient-preference subscale, left empty, is dropped too,
   * leaving 18 subscales, and the evidence scale is the mean of discord, research and clinical
   * experience. No item is reverse-scored in it. Groups keep the sources of the full instrument;
   * those it narrows cite the developers' scoring notes, which recommend the drop.
   */
  public static Instrument reduced() {
    return Holder.REDUCED;
  }

  private static Instrument withoutDropped(Instrument full) {
    List<Item> items =
        full.items().stream().filter(i -> !DROPPED_IN_REDUCED.contains(i.id())).toList();
    List<String> emptied = new ArrayList<>();
    List<ItemGroup> groups = new ArrayList<>();
    for (ItemGroup g : full.groups()) {
      if (!g.itemIds().isEmpty()) {
        List<String> kept = g.itemIds().stream().filter(id -> !DROPPED_IN_REDUCED.contains(id)).toList();
        if (kept.isEmpty()) {
          emptied.add(g.id());
        } else {
          groups.add(ItemGroup.builder().from(g).itemIds(kept).build());
        }
      } else {
        groups.add(
            ItemGroup.builder().from(g)
                .groupIds(g.groupIds().stream().filter(id -> !emptied.contains(id)).toList()).build());
      }
    }
    // Groups first: every copy is validated, and the narrower groups fit the full item list.
    return Instrument.builder().from(full)
        .id(REDUCED_ID)
        .name(full.name() + ", reduced (items of poor reliability dropped)")
        .groups(groups)
        .items(items).build();
  }

  private static final class Holder {
    static final Instrument FULL = InstrumentLoader.loadResource(Orca.class, "orca.json");
    static final Instrument REDUCED = withoutDropped(FULL);
  }
}

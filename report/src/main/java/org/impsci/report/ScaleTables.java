package org.impsci.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.scoring.GroupSummary;

/**
 * Site-by-scale tables: group summaries turned into {@link ScaleRow}s under the instrument's
 * labels, groups in sorted order and scales in the order asked for. Thread-safe.
 */
public final class ScaleTables {
  private ScaleTables() {}

  /**
   * The rows of these scales: one per group and scale (groups sorted, the overall summary first),
   * or one per scale for overall summaries; a scale without a summary has no row.
   *
   * @param instrument the instrument, for the labels
   * @param summaries summaries of one grouping column, or the overall ones
   * @param scales the scales (or items) to show, in order
   */
  public static List<ScaleRow> of(
      Instrument instrument, List<GroupSummary> summaries, List<String> scales) {
    Map<String, String> labels = labels(instrument);
    List<GroupSummary> sorted = new ArrayList<>(summaries);
    sorted.sort(Comparator.comparing((GroupSummary g) -> g.group().orElse(""))
        .thenComparing(g -> scales.indexOf(g.scaleId())));
    List<ScaleRow> rows = new ArrayList<>();
    for (GroupSummary g : sorted) {
      if (scales.contains(g.scaleId())) {
        rows.add(ScaleRow.of(g, labels.getOrDefault(g.scaleId(), g.scaleId())));
      }
    }
    return rows;
  }

  /** Each scale's label, by id, in the instrument's order. */
  public static Map<String, String> labels(Instrument instrument) {
    Map<String, String> labels = new LinkedHashMap<>();
    instrument.groups().forEach(g -> labels.put(g.id(), g.label()));
    return labels;
  }

  /** The scales that are no other scale's subscale (NoMAD's constructs, ORCA's three scales). */
  public static List<String> topLevelScales(Instrument instrument) {
    Set<String> subscales = new HashSet<>();
    instrument.groups().forEach(g -> subscales.addAll(g.groupIds()));
    return instrument.groups().stream()
        .map(ItemGroup::id)
        .filter(id -> !subscales.contains(id))
        .toList();
  }
}

package org.impsci.barriers.pcat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/**
 * Change in pCAT answers between two timepoints, per respondent and item as pcatR 1.0.1's {@code
 * pcat_change} pairs them (on project, site, team, respondent and item, those present), and
 * counted per group (this project's own tally: the count of each transition over the group's
 * pairs).
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class PcatChanges {
  /** The columns, besides respondent and item, on which answers are paired, where present. */
  public static final List<String> PAIRING = List.of("project_id", "site_id", "team_id");

  private PcatChanges() {}

  /**
   * The pairs, those answered at the earlier timepoint first, in file order, then those answered
   * at the later one only.
   *
   * @param read what a {@link PcatCsvReader} read
   * @param timepointColumn the context column that holds the timepoint, usually {@code timepoint}
   * @param from the earlier timepoint's value
   * @param to the later timepoint's value
   * @throws InvalidInputException if the column is absent, the values are equal or either has no
   *     answer, or a respondent answers an item twice at one timepoint (on different dates)
   */
  public static List<PcatChange> between(
      PcatReadReport read, String timepointColumn, String from, String to) {
    InputLocation at = InputLocation.in(read.read().source()).withColumn(timepointColumn);
    if (!read.contextColumns().contains(timepointColumn)) {
      throw new InvalidInputException(at, "the file has no timepoint column", timepointColumn,
          "one of the file's context columns " + read.contextColumns());
    }
    if (from.equals(to)) {
      throw new InvalidInputException(at, "the two timepoints are the same", from, "two values");
    }
    List<String> pairing = PAIRING.stream().filter(read.contextColumns()::contains).toList();
    Map<List<String>, PcatAnswer[]> pairs = new LinkedHashMap<>();
    List<List<String>> laterOnly = new ArrayList<>();
    int[] seen = new int[2];
    for (PcatAnswer a : read.answers()) {
      String time = a.contextValue(timepointColumn);
      int side = time.equals(from) ? 0 : time.equals(to) ? 1 : -1;
      if (side < 0) {
        continue;
      }
      seen[side]++;
      List<String> key = new ArrayList<>();
      pairing.forEach(c -> key.add(a.contextValue(c)));
      key.add(a.respondentId());
      key.add(Integer.toString(a.item()));
      PcatAnswer[] pair = pairs.computeIfAbsent(key, k -> new PcatAnswer[2]);
      if (pair[side] != null) {
        throw new InvalidInputException(
            InputLocation.in(read.read().source()).withRow(a.row()).withItemId(Integer.toString(a.item())),
            "respondent '" + a.respondentId() + "' answers item " + a.item() + " at timepoint '"
                + time + "' also in row " + pair[side].row() + ", so the pair is ambiguous");
      }
      pair[side] = a;
      if (side == 1 && pair[0] == null) {
        laterOnly.add(key);
      }
    }
    for (int side = 0; side < 2; side++) {
      if (seen[side] == 0) {
        String value = side == 0 ? from : to;
        throw new InvalidInputException(at, "no answer has this timepoint", value,
            "a timepoint the file holds");
      }
    }
    List<PcatChange> out = new ArrayList<>(pairs.size());
    for (Map.Entry<List<String>, PcatAnswer[]> e : pairs.entrySet()) {
      if (e.getValue()[0] != null) {
        out.add(change(pairing, e.getKey(), e.getValue()));
      }
    }
    laterOnly.forEach(key -> out.add(change(pairing, key, pairs.get(key))));
    return out;
  }

  private static PcatChange change(List<String> pairing, List<String> key, PcatAnswer[] pair) {
    PcatChange.Builder b = PcatChange.builder()
        .respondentId(key.get(key.size() - 2))
        .item(Integer.parseInt(key.get(key.size() - 1)));
    for (int i = 0; i < pairing.size(); i++) {
      b.putContext(pairing.get(i), key.get(i));
    }
    PcatClass from = pair[0] == null ? null : pair[0].pcatClass();
    PcatClass to = pair[1] == null ? null : pair[1].pcatClass();
    if (from != null) {
      b.from(from);
    }
    if (to != null) {
      b.to(to);
    }
    return b.transition(transition(from, to)).build();
  }

  private static PcatChange.Transition transition(PcatClass from, PcatClass to) {
    if (from == null) {
      return PcatChange.Transition.NEWLY_OBSERVED;
    }
    if (to == null) {
      return PcatChange.Transition.FOLLOWUP_MISSING;
    }
    if (!from.complete() || !to.complete()) {
      return PcatChange.Transition.NOT_COMPARABLE;
    }
    int delta = to.displayCode().getAsInt() - from.displayCode().getAsInt();
    return delta > 0 ? PcatChange.Transition.TOWARD_FACILITATION
        : delta < 0 ? PcatChange.Transition.TOWARD_BARRIER
        : PcatChange.Transition.NO_CODE_CHANGE;
  }

  /**
   * The count of each transition per group and item, with its share of the group's pairs for that
   * item (this project's own tally), in the order groups, items and transitions first appear.
   *
   * @param changes pairs from {@link #between}
   * @param groupColumns pairing columns to group by (of {@code project_id}, {@code site_id},
   *     {@code team_id}); none for all pairs
   * @return rows of group values, {@code item_id}, {@code transition}, {@code n} and {@code share}
   * @throws IllegalArgumentException if a grouping column is not a pairing column
   */
  public static List<Map<String, Object>> tally(List<PcatChange> changes, List<String> groupColumns) {
    for (String g : groupColumns) {
      if (!PAIRING.contains(g)) {
        throw new IllegalArgumentException(
            "pairs are grouped by " + PAIRING + " only, not by '" + g + "'");
      }
    }
    Map<List<String>, Map<PcatChange.Transition, Integer>> counts = new LinkedHashMap<>();
    Map<List<String>, Integer> totals = new HashMap<>();
    for (PcatChange c : changes) {
      List<String> key = new ArrayList<>();
      groupColumns.forEach(g -> key.add(c.context().getOrDefault(g, "")));
      key.add(Integer.toString(c.item()));
      counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(c.transition(), 1, Integer::sum);
      totals.merge(key, 1, Integer::sum);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    counts.forEach((key, byTransition) -> byTransition.forEach((transition, n) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < groupColumns.size(); i++) {
        row.put(groupColumns.get(i), key.get(i));
      }
      row.put("item_id", Integer.parseInt(key.get(key.size() - 1)));
      row.put("transition", transition.code());
      row.put("n", n);
      row.put("share", (double) n / totals.get(key));
      rows.add(row);
    }));
    return rows;
  }
}

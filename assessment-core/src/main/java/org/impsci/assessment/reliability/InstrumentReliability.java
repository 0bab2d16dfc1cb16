package org.impsci.assessment.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.internal.GraphWalks;
import org.impsci.assessment.scoring.Scorer;

/**
 * Cronbach's alpha of every scale of an instrument, accumulated respondent by respondent in
 * constant memory. Item values are taken as the scorer scores them (reverse-scored items reversed);
 * non-substantive and missing answers are missing. A scale of subscales is taken over all the items
 * of its subscales. Not thread-safe: give each thread its own and {@link #combine} them.
 */
public final class InstrumentReliability {
  private final Scorer scorer;
  private final Item[] items;
  private final Map<String, ItemCovarianceAccumulator> accumulators = new LinkedHashMap<>();
  private final double[] values;
  /** The same scales as arrays, in reporting order, for the per-respondent loop. */
  private final int[][] members;
  private final ItemCovarianceAccumulator[] scaleAccumulators;
  private final double[][] rows;

  private InstrumentReliability(Scorer scorer) {
    this.scorer = scorer;
    Instrument instrument = scorer.instrument();
    this.items = instrument.items().toArray(new Item[0]);
    this.values = new double[items.length];
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < items.length; i++) {
      index.put(items[i].id(), i);
    }
    List<ItemGroup> groups = instrument.groups();
    List<Set<String>> itemIds = itemsOfEachGroup(groups);
    this.members = new int[groups.size()][];
    for (int g = 0; g < groups.size(); g++) {
      members[g] = itemIds.get(g).stream().mapToInt(index::get).toArray();
      accumulators.put(
          groups.get(g).id(), new ItemCovarianceAccumulator(new ArrayList<>(itemIds.get(g))));
    }
    this.scaleAccumulators = accumulators.values().toArray(new ItemCovarianceAccumulator[0]);
    this.rows = new double[members.length][];
    for (int s = 0; s < members.length; s++) {
      rows[s] = new double[members[s].length];
    }
  }

  /** Reliability of the scales of the scorer's instrument, with item values as it scores them. */
  public static InstrumentReliability of(Scorer scorer) {
    return new InstrumentReliability(scorer);
  }

  /**
   * The items of each group, a group of subgroups having those of its subgroups in their order,
   * each once. Subgroups come first, so that each group's items are found once.
   */
  private static List<Set<String>> itemsOfEachGroup(List<ItemGroup> groups) {
    int[][] subgroups = GraphWalks.subgroups(groups);
    List<Set<String>> itemIds = new ArrayList<>(Collections.nCopies(groups.size(), null));
    for (int g : GraphWalks.successorsFirst(subgroups)) {
      Set<String> ids = new LinkedHashSet<>(groups.get(g).itemIds());
      for (int sub : subgroups[g]) {
        ids.addAll(itemIds.get(sub));
      }
      itemIds.set(g, ids);
    }
    return itemIds;
  }

  /** Adds one respondent's answers, given in the instrument's item order. */
  public void add(List<Answer> answersInItemOrder) {
    if (answersInItemOrder.size() != items.length) {
      throw new IllegalArgumentException(
          "expected " + items.length + " answers in item order, got " + answersInItemOrder.size());
    }
    for (int i = 0; i < items.length; i++) {
      Answer answer = answersInItemOrder.get(i);
      values[i] = scorer.scoredValue(items[i], answer == null ? Answer.missing() : answer);
    }
    addScoredValues(values, 0);
  }

  /**
   * Adds one respondent's item values as the scorer scores them (reverse-scored items already
   * reversed, NaN for no number): {@code scored[from + i]} is item i's, in the instrument's order.
   * For streaming callers that hold numbers rather than {@link Answer}s; the values are not
   * checked against the items' scales.
   */
  public void addScoredValues(double[] scored, int from) {
    if (scored.length - from < items.length) {
      throw new IllegalArgumentException(
          "expected " + items.length + " values from position " + from + ", got "
              + (scored.length - from));
    }
    for (int s = 0; s < members.length; s++) {
      int[] scale = members[s];
      double[] row = rows[s];
      for (int m = 0; m < scale.length; m++) {
        row[m] = scored[from + scale[m]];
      }
      scaleAccumulators[s].add(row);
    }
  }

  /** Adds one respondent's response. */
  public void add(Response response) {
    List<Answer> answers = new ArrayList<>(items.length);
    for (Item item : items) {
      answers.add(response.answer(item.id()));
    }
    add(answers);
  }

  /** Adds what another accumulator of the same instrument has seen to this one. */
  public InstrumentReliability combine(InstrumentReliability other) {
    if (!other.accumulators.keySet().equals(accumulators.keySet())) {
      throw new IllegalArgumentException("cannot combine reliability of different instruments");
    }
    accumulators.forEach((scale, acc) -> acc.combine(other.accumulators.get(scale)));
    return this;
  }

  /** Alpha and item statistics of every scale, by scale id in reporting order. */
  public Map<String, ReliabilityResult> results(CaseHandling handling) {
    Map<String, ReliabilityResult> out = new LinkedHashMap<>();
    accumulators.forEach((scale, acc) -> out.put(scale, acc.result(handling)));
    return out;
  }
}

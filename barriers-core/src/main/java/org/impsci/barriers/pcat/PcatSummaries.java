package org.impsci.barriers.pcat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/**
 * Per-item summaries of pCAT answers, overall or by any context columns (site, role, timepoint,
 * ...), with pcatR 1.0.1's figures ({@code pcat_summarise}). Groups and items come in the order in
 * which they first appear in the answers.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class PcatSummaries {
  /** The modal class when two or more complete classes share the top count. */
  public static final String TIE = "tie";

  private PcatSummaries() {}

  /**
   * Summarises the answers of a read.
   *
   * @param read what a {@link PcatCsvReader} read
   * @param groupColumns context columns to group by, in order; none for one group of all answers
   * @throws InvalidInputException if a grouping column is not one of the file's context columns
   */
  public static List<PcatItemSummary> summarise(PcatReadReport read, List<String> groupColumns) {
    for (String column : groupColumns) {
      if (!read.contextColumns().contains(column)) {
        throw new InvalidInputException(InputLocation.in(read.read().source()).withColumn(column),
            "the file has no such column to group by", column,
            "one of the file's context columns " + read.contextColumns());
      }
    }
    Map<List<String>, Tally> tallies = new LinkedHashMap<>();
    for (PcatAnswer a : read.answers()) {
      List<String> key = new ArrayList<>(groupColumns.size() + 1);
      groupColumns.forEach(c -> key.add(a.contextValue(c)));
      key.add(Integer.toString(a.item()));
      tallies.computeIfAbsent(key, k -> new Tally()).add(a);
    }
    List<PcatItemSummary> out = new ArrayList<>(tallies.size());
    tallies.forEach((key, tally) -> out.add(tally.summary(groupColumns, key)));
    return out;
  }

  /** The counts of one group and item. */
  private static final class Tally {
    final Map<PcatClass, Integer> classes = new EnumMap<>(PcatClass.class);
    final Map<PcatSide, Integer> sides = new EnumMap<>(PcatSide.class);
    final Set<String> respondents = new HashSet<>();
    final int[] codes = new int[5];
    int answers;

    void add(PcatAnswer a) {
      answers++;
      respondents.add(a.respondentId());
      classes.merge(a.pcatClass(), 1, Integer::sum);
      sides.merge(a.side(), 1, Integer::sum);
      a.pcatClass().displayCode().ifPresent(code -> codes[code + 2]++);
    }

    int n(PcatClass c) {
      return classes.getOrDefault(c, 0);
    }

    int n(PcatSide s) {
      return sides.getOrDefault(s, 0);
    }

    PcatItemSummary summary(List<String> groupColumns, List<String> key) {
      Map<String, String> group = new LinkedHashMap<>();
      for (int i = 0; i < groupColumns.size(); i++) {
        group.put(groupColumns.get(i), key.get(i));
      }
      int complete = Arrays.stream(codes).sum();
      PcatItemSummary.Builder b = PcatItemSummary.builder()
          .putAllGroup(group)
          .item(Integer.parseInt(key.get(key.size() - 1)))
          .nAnswers(answers)
          .nRespondents(respondents.size())
          .nValidDirection(n(PcatSide.BARRIER) + n(PcatSide.NEUTRAL) + n(PcatSide.FACILITATOR))
          .nCompleteClass(complete)
          .nBarrier(n(PcatSide.BARRIER))
          .nNeutral(n(PcatSide.NEUTRAL))
          .nFacilitator(n(PcatSide.FACILITATOR))
          .nStrongBarrier(n(PcatClass.STRONG_BARRIER))
          .nWeakBarrier(n(PcatClass.WEAK_BARRIER))
          .nNeutralComplete(n(PcatClass.NEUTRAL))
          .nBarrierEffectMissing(n(PcatClass.BARRIER_EFFECT_MISSING))
          .nWeakFacilitator(n(PcatClass.WEAK_FACILITATOR))
          .nStrongFacilitator(n(PcatClass.STRONG_FACILITATOR))
          .nFacilitatorEffectMissing(n(PcatClass.FACILITATOR_EFFECT_MISSING))
          .nInvalidOrMissing(n(PcatSide.MISSING) + n(PcatSide.INVALID));
      if (complete > 0) {
        b.modalClass(modal());
        long sum = 0;
        for (int i = 0; i < codes.length; i++) {
          sum += (long) (i - 2) * codes[i];
        }
        b.meanDisplayCode((double) sum / complete);
        b.medianDisplayCode((codeAt((complete - 1) / 2) + codeAt(complete / 2)) / 2.0);
      }
      return b.build();
    }

    /** The display code at a 0-based position of the sorted complete answers. */
    private int codeAt(int position) {
      int seen = 0;
      for (int i = 0; i < codes.length; i++) {
        seen += codes[i];
        if (position < seen) {
          return i - 2;
        }
      }
      throw new IllegalStateException("position " + position + " beyond " + seen);
    }

    private String modal() {
      int top = Arrays.stream(codes).max().orElse(0);
      int at = -1;
      for (int i = 0; i < codes.length; i++) {
        if (codes[i] == top) {
          if (at >= 0) {
            return TIE;
          }
          at = i;
        }
      }
      return COMPLETE[at].code();
    }
  }

  private static final PcatClass[] COMPLETE = {
    PcatClass.STRONG_BARRIER, PcatClass.WEAK_BARRIER, PcatClass.NEUTRAL,
    PcatClass.WEAK_FACILITATOR, PcatClass.STRONG_FACILITATOR
  };
}

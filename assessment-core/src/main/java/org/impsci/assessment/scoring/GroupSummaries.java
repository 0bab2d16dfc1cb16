package org.impsci.assessment.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.internal.DoubleCounts;

/**
 * Accumulates respondents' scale scores into {@link GroupSummary}s by one grouping column (site,
 * role, wave) or over everyone. Streaming: memory grows with the number of groups, scales and
 * distinct score values (the exact median keeps one counter per distinct score, which ordinal
 * scales keep small), not with the number of respondents. Not thread-safe: give each thread its
 * own and {@link #combine} them.
 */
public final class GroupSummaries {
  private final String column;
  /** Per group value, one accumulator per scale, in the scales' reporting order. */
  private final Map<String, Accumulator[]> groups = new HashMap<>();
  /** The scale ids, fixed by the first respondent added. */
  private List<String> scaleIds;

  private GroupSummaries(String column) {
    this.column = column;
  }

  /** Summaries by the values of one grouping column. */
  public static GroupSummaries by(String column) {
    return new GroupSummaries(Objects.requireNonNull(column, "column"));
  }

  /** One summary per scale over every respondent. */
  public static GroupSummaries overall() {
    return new GroupSummaries(null);
  }

  /**
   * Adds one respondent's scores.
   *
   * @throws ImpsciException if the respondent has no value for the grouping column
   */
  public void add(RespondentScores scores) {
    String group = "";
    if (column != null) {
      group = scores.groups().get(column);
      if (group == null) {
        throw new ImpsciException(
            "respondent '" + scores.respondentId() + "' has no value for grouping column '"
                + column + "'; it has " + scores.groups().keySet());
      }
    }
    List<ScaleScore> list = scores.scores();
    requireScales(list, scores.respondentId());
    Accumulator[] scales = groups.computeIfAbsent(group, g -> newAccumulators());
    for (int i = 0; i < scales.length; i++) {
      ScaleScore s = list.get(i);
      Accumulator acc = scales[i];
      if (s.score().isPresent()) {
        acc.counts.add(s.score().getAsDouble(), 1);
      } else {
        acc.notScored++;
      }
      if (!s.nonSubstantiveCodes().isEmpty()) {
        s.nonSubstantiveCodes().forEach((code, k) -> acc.codes.merge(code, (long) k, Long::sum));
      }
    }
  }

  /** Fixes the scales on the first respondent; later ones must have the same, in order. */
  private void requireScales(List<ScaleScore> list, String respondentId) {
    if (scaleIds == null) {
      scaleIds = list.stream().map(ScaleScore::scaleId).toList();
      return;
    }
    boolean same = list.size() == scaleIds.size();
    for (int i = 0; same && i < list.size(); i++) {
      String id = list.get(i).scaleId();
      same = id == scaleIds.get(i) || id.equals(scaleIds.get(i));
    }
    if (!same) {
      throw new ImpsciException(
          "respondent '" + respondentId + "' has scales "
              + list.stream().map(ScaleScore::scaleId).toList() + ", but earlier respondents had "
              + scaleIds + "; summaries need the scores of one instrument");
    }
  }

  private Accumulator[] newAccumulators() {
    Accumulator[] accumulators = new Accumulator[scaleIds.size()];
    for (int i = 0; i < accumulators.length; i++) {
      accumulators[i] = new Accumulator();
    }
    return accumulators;
  }

  /** Adds everything another accumulator (with the same column) has seen to this one. */
  public GroupSummaries combine(GroupSummaries other) {
    if (!Objects.equals(column, other.column)) {
      throw new IllegalArgumentException(
          "cannot combine summaries by '" + column + "' with summaries by '" + other.column + "'");
    }
    if (other.scaleIds == null) {
      return this;
    }
    if (scaleIds == null) {
      scaleIds = other.scaleIds;
    } else if (!scaleIds.equals(other.scaleIds)) {
      throw new IllegalArgumentException(
          "cannot combine summaries of scales " + scaleIds + " with " + other.scaleIds);
    }
    other.groups.forEach(
        (group, scales) -> {
          Accumulator[] mine = groups.computeIfAbsent(group, g -> newAccumulators());
          for (int i = 0; i < mine.length; i++) {
            mine[i].merge(scales[i]);
          }
        });
    return this;
  }

  /** The summaries: groups in ascending order of their values, scales in reporting order. */
  public List<GroupSummary> summaries() {
    List<GroupSummary> out = new ArrayList<>();
    new TreeMap<>(groups)
        .forEach(
            (group, scales) -> {
              for (int i = 0; i < scales.length; i++) {
                out.add(scales[i].summary(group, scaleIds.get(i)));
              }
            });
    return out;
  }

  /**
   * The scores of one scale in one group, kept as a count per distinct score: enough for exact
   * mean, SD (two passes over the distinct values), median, min and max.
   */
  private final class Accumulator {
    long notScored;
    final DoubleCounts counts = new DoubleCounts();
    final Map<String, Long> codes = new TreeMap<>();

    void merge(Accumulator other) {
      notScored += other.notScored;
      counts.addAll(other.counts);
      other.codes.forEach((code, k) -> codes.merge(code, k, Long::sum));
    }

    GroupSummary summary(String group, String scale) {
      long n = counts.total();
      ImmutableGroupSummary.Builder b =
          ImmutableGroupSummary.builder()
              .scaleId(scale)
              .n(n)
              .notScored(notScored)
              .putAllNonSubstantiveCodes(codes);
      if (column != null) {
        b.column(column).group(group);
      }
      if (n == 0) {
        return b.build();
      }
      double[] values = counts.sortedValues();
      double sum = 0;
      for (double x : values) {
        sum += x * counts.count(x);
      }
      double mean = sum / n;
      b.mean(mean).median(median(values, n)).min(values[0]).max(values[values.length - 1]);
      if (n > 1) {
        double squares = 0;
        for (double x : values) {
          squares += (x - mean) * (x - mean) * counts.count(x);
        }
        b.sd(Math.sqrt(squares / (n - 1)));
      }
      return b.build();
    }

    private double median(double[] values, long n) {
      long lower = (n - 1) / 2;
      long upper = n / 2;
      double lowValue = Double.NaN;
      long seen = 0;
      for (double x : values) {
        long next = seen + counts.count(x);
        if (Double.isNaN(lowValue) && lower < next) {
          lowValue = x;
        }
        if (upper < next) {
          return (lowValue + x) / 2;
        }
        seen = next;
      }
      throw new IllegalStateException("median of an empty group");
    }
  }
}

package org.impsci.assessment.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.impsci.assessment.ImpsciException;

/**
 * Accumulates respondents' scale scores into {@link GroupSummary}s by one grouping column (site,
 * role, wave) or over everyone. Streaming: memory grows with the number of groups, scales and
 * distinct score values (the exact median keeps one counter per distinct score, which ordinal
 * scales keep small), not with the number of respondents. Not thread-safe: give each thread its
 * own and {@link #combine} them.
 */
public final class GroupSummaries {
  private final String column;
  private final Map<String, Map<String, Accumulator>> groups = new TreeMap<>();

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
    Map<String, Accumulator> scales = groups.computeIfAbsent(group, g -> new LinkedHashMap<>());
    for (ScaleScore s : scores.scores()) {
      Accumulator acc = scales.computeIfAbsent(s.scaleId(), id -> new Accumulator());
      if (s.score().isPresent()) {
        acc.add(s.score().getAsDouble(), 1);
      } else {
        acc.notScored++;
      }
      s.nonSubstantiveCodes().forEach((code, k) -> acc.codes.merge(code, (long) k, Long::sum));
    }
  }

  /** Adds everything another accumulator (with the same column) has seen to this one. */
  public GroupSummaries combine(GroupSummaries other) {
    if (!Objects.equals(column, other.column)) {
      throw new IllegalArgumentException(
          "cannot combine summaries by '" + column + "' with summaries by '" + other.column + "'");
    }
    other.groups.forEach(
        (group, scales) -> {
          Map<String, Accumulator> mine = groups.computeIfAbsent(group, g -> new LinkedHashMap<>());
          scales.forEach((scale, acc) -> mine.computeIfAbsent(scale, s -> new Accumulator()).merge(acc));
        });
    return this;
  }

  /** The summaries: groups in ascending order of their values, scales in reporting order. */
  public List<GroupSummary> summaries() {
    List<GroupSummary> out = new ArrayList<>();
    groups.forEach((group, scales) -> scales.forEach((scale, acc) -> out.add(acc.summary(group, scale))));
    return out;
  }

  /**
   * The scores of one scale in one group, kept as a count per distinct score: enough for exact
   * mean, SD (two passes over the distinct values), median, min and max.
   */
  private final class Accumulator {
    long n;
    long notScored;
    final TreeMap<Double, long[]> counts = new TreeMap<>();
    final Map<String, Long> codes = new TreeMap<>();

    void add(double x, long k) {
      n += k;
      counts.computeIfAbsent(x, v -> new long[1])[0] += k;
    }

    void merge(Accumulator other) {
      notScored += other.notScored;
      other.counts.forEach((x, k) -> add(x, k[0]));
      other.codes.forEach((code, k) -> codes.merge(code, k, Long::sum));
    }

    GroupSummary summary(String group, String scale) {
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
      double sum = 0;
      for (Map.Entry<Double, long[]> e : counts.entrySet()) {
        sum += e.getKey() * e.getValue()[0];
      }
      double mean = sum / n;
      b.mean(mean).median(median()).min(counts.firstKey()).max(counts.lastKey());
      if (n > 1) {
        double squares = 0;
        for (Map.Entry<Double, long[]> e : counts.entrySet()) {
          double d = e.getKey() - mean;
          squares += d * d * e.getValue()[0];
        }
        b.sd(Math.sqrt(squares / (n - 1)));
      }
      return b.build();
    }

    private double median() {
      long lower = (n - 1) / 2;
      long upper = n / 2;
      double lowValue = Double.NaN;
      long seen = 0;
      for (Map.Entry<Double, long[]> e : counts.entrySet()) {
        long next = seen + e.getValue()[0];
        if (Double.isNaN(lowValue) && lower < next) {
          lowValue = e.getKey();
        }
        if (upper < next) {
          return (lowValue + e.getKey()) / 2;
        }
        seen = next;
      }
      throw new IllegalStateException("median of an empty group");
    }
  }
}

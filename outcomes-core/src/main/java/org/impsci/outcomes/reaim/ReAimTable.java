package org.impsci.outcomes.reaim;

import java.util.List;
import java.util.Optional;

/**
 * The RE-AIM summary: one row per site and wave, each with every metric (a value, or none and the
 * reason). Immutable.
 *
 * @param rows the rows, in the order the counts were given
 *
 * <p>Immutable and thread-safe.
 */
public record ReAimTable(List<Row> rows) {

  /** A copy of the rows is kept. */
  public ReAimTable {
    rows = List.copyOf(rows);
  }

  /**
   * One site and wave.
   *
   * @param site the site
   * @param wave the wave
   * @param metrics its metrics, in the order of {@link ReAimMeasure}
   */
  public record Row(String site, String wave, List<ReAimMetric> metrics) {

    /** A copy of the metrics is kept. */
    public Row {
      metrics = List.copyOf(metrics);
    }

    /**
     * The metric of this measure.
     *
     * @throws java.util.NoSuchElementException if the row lacks it
     */
    public ReAimMetric metric(ReAimMeasure measure) {
      return metrics.stream().filter(m -> m.measure() == measure).findFirst().orElseThrow();
    }
  }

  /** The row of a site and wave. */
  public Optional<Row> row(String site, String wave) {
    return rows.stream().filter(r -> r.site().equals(site) && r.wave().equals(wave)).findFirst();
  }

  /**
   * The table as text: a header of the metric ids, then one line per row with each value to three
   * decimals, or {@code -} where a metric has none (its reason is in {@link ReAimMetric#reason()}).
   */
  public String format() {
    StringBuilder out = new StringBuilder("site\twave");
    for (ReAimMeasure m : ReAimMeasure.values()) {
      out.append('\t').append(m.id());
    }
    out.append('\n');
    for (Row row : rows) {
      out.append(row.site()).append('\t').append(row.wave());
      for (ReAimMetric metric : row.metrics()) {
        out.append('\t');
        out.append(metric.value().isPresent()
            ? String.format(java.util.Locale.ROOT, "%.3f", metric.value().getAsDouble())
            : "-");
      }
      out.append('\n');
    }
    return out.toString();
  }
}

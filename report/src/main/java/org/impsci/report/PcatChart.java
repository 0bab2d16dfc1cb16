package org.impsci.report;

import java.util.List;
import java.util.OptionalDouble;
import org.impsci.barriers.pcat.Pcat;
import org.impsci.barriers.pcat.PcatItemSummary;
import org.impsci.report.internal.Canvas;
import org.impsci.report.internal.Canvas.Anchor;

/**
 * pCAT's diverging bar chart, as the field draws such answers: one row per item, barriers to the
 * left of the centre line and facilitators to the right, each split into its weak part (next to
 * the centre) and its strong part (outside), as shares of the item's complete answers (pcatR's
 * {@code pct_weak_barrier}, ...). Neutral answers are not drawn; their share is the rest to 100%.
 * An item without complete answers has no bars. 960 pixels wide. Immutable and thread-safe.
 */
public final class PcatChart extends Chart {
  /** Strong barrier, weak barrier, weak facilitator, strong facilitator (ColorBrewer RdBu). */
  static final List<String> COLOURS = List.of("#B2182B", "#F4A582", "#92C5DE", "#2166AC");
  private static final double LABELS = 330;
  private static final double CENTRE = 640;
  private static final double HALF = 290;
  private static final double TOP = 50;
  private static final double ROW = 26;

  private final List<PcatItemSummary> items;

  private PcatChart(String title, List<PcatItemSummary> items) {
    super(title, 960, (int) (TOP + items.size() * ROW + 70));
    this.items = items;
  }

  /**
   * The chart of one group's items.
   *
   * @param title the chart title
   * @param items the summaries of one group (from {@code PcatSummaries.summarise}), in the order
   *     drawn from top to bottom
   */
  public static PcatChart of(String title, List<PcatItemSummary> items) {
    return new PcatChart(title, List.copyOf(items));
  }

  /** The items drawn, top to bottom. */
  public List<PcatItemSummary> items() {
    return items;
  }

  /**
   * The four segments of an item's row as signed shares, from left to right: minus the strong
   * barrier share, minus the weak barrier share, the weak and the strong facilitator share; all
   * zero when the item has no complete answer.
   */
  public static double[] segments(PcatItemSummary item) {
    return new double[] {
      -share(item.pctStrongBarrier()), -share(item.pctWeakBarrier()),
      share(item.pctWeakFacilitator()), share(item.pctStrongFacilitator())
    };
  }

  private static double share(OptionalDouble share) {
    return share.orElse(0);
  }

  /** The row's label: the item's number and the CFIR 2009 construct it maps to. */
  static String label(int item) {
    return item + ". " + Pcat.item(item).cfir2009().publishedLabel();
  }

  @Override
  void draw(Canvas c) {
    c.text(width() / 2.0, 28, title(), 16, Anchor.MIDDLE);
    double bottom = TOP + items.size() * ROW;
    for (int pct = -100; pct <= 100; pct += 50) {
      double x = CENTRE + pct / 100.0 * HALF;
      c.line(x, TOP, x, bottom, pct == 0 ? "#000000" : "#dddddd");
      c.text(x, bottom + 16, Math.abs(pct) + "%", 12, Anchor.MIDDLE);
    }
    for (int i = 0; i < items.size(); i++) {
      double y = TOP + i * ROW;
      c.text(LABELS, y + 17, label(items.get(i).item()), 12, Anchor.END);
      double[] s = segments(items.get(i));
      // Outward from the centre: weak, then strong, on each side.
      double weakBarrier = CENTRE + s[1] * HALF;
      c.rect(weakBarrier, y + 4, -s[1] * HALF, 18, COLOURS.get(1));
      c.rect(weakBarrier + s[0] * HALF, y + 4, -s[0] * HALF, 18, COLOURS.get(0));
      c.rect(CENTRE, y + 4, s[2] * HALF, 18, COLOURS.get(2));
      c.rect(CENTRE + s[2] * HALF, y + 4, s[3] * HALF, 18, COLOURS.get(3));
    }
    String[] legend = {"strong barrier", "weak barrier", "weak facilitator", "strong facilitator"};
    double x = CENTRE - HALF;
    for (int k = 0; k < legend.length; k++) {
      c.rect(x, bottom + 34, 12, 12, COLOURS.get(k));
      c.text(x + 16, bottom + 44, legend[k], 12, Anchor.START);
      x += 150;
    }
  }
}

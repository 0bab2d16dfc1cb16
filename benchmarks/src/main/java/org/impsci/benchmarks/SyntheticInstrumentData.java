package org.impsci.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;

/**
 * Reproducible synthetic answers to any instrument, for benchmarks of instruments other than
 * NoMAD: columns {@code respondent_id}, {@code site} and one per item in the instrument's order;
 * per respondent one level (a site's level plus noise), each item that level plus noise rounded
 * onto the item's scale (reverse-scored items mirrored), about 3% of answers one of the item's
 * non-substantive codes where it has them, about 2% blank.
 */
final class SyntheticInstrumentData {
  private final Instrument instrument;
  private final long seed;
  private final int sites;

  SyntheticInstrumentData(Instrument instrument, long seed, int sites) {
    this.instrument = instrument;
    this.seed = seed;
    this.sites = sites;
  }

  /** Writes the header and {@code respondents} rows to {@code out}. */
  void write(Appendable out, long respondents) {
    Random random = new Random(seed);
    double[] siteLevel = new double[sites];
    for (int s = 0; s < sites; s++) {
      siteLevel[s] = 0.3 + random.nextDouble() * 0.4;
    }
    List<Item> items = instrument.items();
    String[][] codes = new String[items.size()][];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = items.get(i).scale().codes().stream().sorted().toArray(String[]::new);
    }
    try {
      out.append("respondent_id,site");
      for (Item item : items) {
        out.append(',').append(item.id());
      }
      out.append('\n');
      StringBuilder row = new StringBuilder(8 * items.size());
      for (long r = 1; r <= respondents; r++) {
        int site = (int) ((r - 1) % sites);
        double level = siteLevel[site] + random.nextGaussian() * 0.15;
        row.setLength(0);
        row.append('R').append(r).append(",S").append(site + 1);
        for (int i = 0; i < codes.length; i++) {
          row.append(',');
          appendAnswer(row, items.get(i), codes[i], level, random);
        }
        out.append(row).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void appendAnswer(
      StringBuilder row, Item item, String[] codes, double level, Random random) {
    double p = random.nextDouble();
    if (p < 0.03 && codes.length > 0) {
      row.append(codes[random.nextInt(codes.length)]);
    } else if (p >= 0.05) {
      double min = item.scale().min();
      double max = item.scale().max();
      double x = Math.rint(min + (max - min) * (level + random.nextGaussian() * 0.15));
      long value = (long) Math.max(min, Math.min(max, x));
      row.append(item.reverseScored() ? (long) (min + max) - value : value);
    }
  }
}

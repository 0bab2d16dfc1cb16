package org.impsci.npt.nomad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Writes SYNTHETIC NoMAD survey exports for demonstrations, tests and benchmarks: reproducible from
 * a seed, NoMAD-shaped (respondent id, site, role, the 20 construct items with occasional Option B
 * and blank answers, the 3 general items), and never real data. Each site has its own level per
 * construct, so that site profiles differ; answers scatter around it.
 *
 * <p>The model: respondents R1, R2, ... go to the sites in turn. A site's level per construct is
 * drawn uniformly from 2.6 to 4.5; a respondent's level per construct is the site's plus a normal
 * spread of 0.6; each construct item is then about 3% an Option B code, 2% blank, and else the
 * respondent's level plus a normal spread of 0.7, rounded and kept within 1 to 5, with CA2 written
 * reverse-keyed (6 minus that). General items G1, G2 and G3 are 4, 5 and 6 plus a normal spread of
 * 2, rounded and kept within 0 to 10.
 *
 * <p>The header is {@code respondent_id,site,role,CO1,...,RM5,G1,G2,G3}, read with {@code
 * Nomad.csvLayout("respondent_id", "site", "role")}.
 *
 * <p>Immutable and thread-safe: each call draws from a generator of its own, seeded alike.
 */
public final class NomadSyntheticData {
  private static final String[] ROLES = {"nurse", "doctor", "allied", "manager", "admin"};
  private static final String[] OPTION_B = {
    "not_relevant_stage", "not_relevant_role", "not_relevant_intervention"
  };
  private static final int[] ITEMS_PER_CONSTRUCT = {4, 4, 7, 5};
  private static final String[] PREFIXES = {"CO", "CP", "CA", "RM"};

  private final long seed;
  private final int sites;
  private final boolean withBadRows;

  private NomadSyntheticData(long seed, int sites, boolean withBadRows) {
    if (sites < 1) {
      throw new IllegalArgumentException("sites must be >= 1, got " + sites);
    }
    this.seed = seed;
    this.sites = sites;
    this.withBadRows = withBadRows;
  }

  /** Clean data from a seed over a number of sites (H01, H02, ...). */
  public static NomadSyntheticData of(long seed, int sites) {
    return new NomadSyntheticData(seed, sites, false);
  }

  /**
   * The same data with three bad rows appended, the kind real exports carry: an answer of 6, the
   * text "N/A" in an Option A item, and a repeated respondent id.
   */
  public NomadSyntheticData withBadRows() {
    return new NomadSyntheticData(seed, sites, true);
  }

  /** The header line, without its line break. */
  public static String header() {
    StringBuilder s = new StringBuilder("respondent_id,site,role");
    for (int c = 0; c < PREFIXES.length; c++) {
      for (int i = 1; i <= ITEMS_PER_CONSTRUCT[c]; i++) {
        s.append(',').append(PREFIXES[c]).append(i);
      }
    }
    return s.append(",G1,G2,G3").toString();
  }

  /** Writes the header and {@code respondents} rows (plus the bad rows if asked) to {@code out}. */
  public void write(Appendable out, long respondents) {
    Random random = new Random(seed);
    double[][] siteLevel = new double[sites][PREFIXES.length];
    for (double[] level : siteLevel) {
      for (int c = 0; c < level.length; c++) {
        level[c] = 2.6 + random.nextDouble() * 1.9;
      }
    }
    try {
      out.append(header()).append('\n');
      String[] siteNames = new String[sites];
      for (int site = 0; site < sites; site++) {
        siteNames[site] = siteName(site);
      }
      StringBuilder row = new StringBuilder(128);
      for (long r = 1; r <= respondents; r++) {
        row.setLength(0);
        int site = (int) ((r - 1) % sites);
        row.append('R').append(r).append(',').append(siteNames[site]).append(',')
            .append(ROLES[random.nextInt(ROLES.length)]);
        for (int c = 0; c < PREFIXES.length; c++) {
          double level = siteLevel[site][c] + random.nextGaussian() * 0.6;
          for (int i = 1; i <= ITEMS_PER_CONSTRUCT[c]; i++) {
            row.append(',');
            appendItem(row, random, level, c == 2 && i == 2);
          }
        }
        for (int g = 0; g < 3; g++) {
          row.append(',').append(Math.max(0, Math.min(10, (int) Math.round(4 + random.nextGaussian() * 2 + g))));
        }
        out.append(row).append('\n');
      }
      if (withBadRows) {
        appendBadRows(out, respondents);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void appendItem(StringBuilder row, Random random, double level, boolean reversed) {
    double p = random.nextDouble();
    if (p < 0.03) {
      row.append(OPTION_B[random.nextInt(OPTION_B.length)]);
    } else if (p >= 0.05) {
      long value = Math.max(1, Math.min(5, Math.round(level + random.nextGaussian() * 0.7)));
      row.append(reversed ? 6 - value : value);
    }
  }

  private void appendBadRows(Appendable out, long respondents) throws IOException {
    String good = ",4,4,4,4,4,4,4,4,4,2,4,4,4,4,4,4,4,4,4,4,5,5,5";
    out.append(id(respondents + 1)).append(',').append(siteName(0)).append(",nurse")
        .append(good.replaceFirst(",4", ",6")).append('\n');
    out.append(id(respondents + 2)).append(',').append(siteName(0)).append(",nurse")
        .append(good.replaceFirst(",4", ",N/A")).append('\n');
    out.append(id(1)).append(',').append(siteName(0)).append(",nurse").append(good).append('\n');
  }

  private static String id(long r) {
    return "R" + r;
  }

  private static String siteName(int site) {
    return String.format("H%02d", site + 1);
  }
}

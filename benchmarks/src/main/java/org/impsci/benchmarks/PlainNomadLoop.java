package org.impsci.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The yardstick for {@code impsci score}: the same job on a synthetic NoMAD file done by a plain
 * one-pass loop with no validation, no error reporting and no duplicate-id check, as a quick
 * script would do it. Per row: the four construct means (items answered with 1-5, CA2 reversed,
 * at least half of a construct's items) and G1-G3 to a CSV file; per site the mean of each
 * construct; per construct Cronbach's alpha of the complete rows. {@code java -cp
 * benchmarks/target/benchmarks.jar org.impsci.benchmarks.PlainNomadLoop IN.csv OUT.csv}.
 * Assumes the columns of {@link SyntheticSurveys}: id, site, role, 20 construct items, G1-G3.
 */
public final class PlainNomadLoop {
  private static final int[] SIZES = {4, 4, 7, 5};
  private static final int ITEMS = 20;
  private static final int REVERSED = 9; // CA2

  private PlainNomadLoop() {}

  /** Runs the job. */
  public static void main(String[] args) throws IOException {
    double[][] sums = new double[SIZES.length][];
    double[][][] cross = new double[SIZES.length][][];
    long[] complete = new long[SIZES.length];
    for (int c = 0; c < SIZES.length; c++) {
      sums[c] = new double[SIZES[c]];
      cross[c] = new double[SIZES[c]][SIZES[c]];
    }
    TreeMap<String, double[]> sites = new TreeMap<>();
    int[] values = new int[ITEMS + 3];
    byte[] field = new byte[256];
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16);
        Writer out = new BufferedWriter(Files.newBufferedWriter(Path.of(args[1])), 1 << 16)) {
      skipLine(in);
      out.write("respondent_id,site,coherence,cognitive-participation,collective-action,"
          + "reflexive-monitoring,G1,G2,G3\n");
      StringBuilder row = new StringBuilder(128);
      int b = 0;
      while (b >= 0) {
        // id, site, role, then numbers (-1 for blank or text)
        row.setLength(0);
        int column = 0;
        int length = 0;
        String site = null;
        while (true) {
          b = in.read();
          if (b == ',' || b == '\n' || b < 0) {
            if (column == 0) {
              row.append(new String(field, 0, length, StandardCharsets.UTF_8));
            } else if (column == 1) {
              site = new String(field, 0, length, StandardCharsets.UTF_8);
            } else if (column >= 3) {
              values[column - 3] = number(field, length);
            }
            column++;
            length = 0;
            if (b != ',') {
              break;
            }
          } else {
            field[length++] = (byte) b;
          }
        }
        if (column < 3 + ITEMS + 3) {
          continue;
        }
        row.append(',').append(site);
        double[] siteSums = sites.computeIfAbsent(site, s -> new double[2 * SIZES.length]);
        int first = 0;
        for (int c = 0; c < SIZES.length; c++) {
          int answered = 0;
          int sum = 0;
          for (int i = first; i < first + SIZES[c]; i++) {
            if (values[i] > 0) {
              values[i] = i == REVERSED ? 6 - values[i] : values[i];
              answered++;
              sum += values[i];
            }
          }
          row.append(',');
          if (2 * answered >= SIZES[c]) {
            double mean = (double) sum / answered;
            row.append(mean);
            siteSums[2 * c] += mean;
            siteSums[2 * c + 1]++;
          }
          if (answered == SIZES[c]) {
            complete[c]++;
            for (int i = 0; i < SIZES[c]; i++) {
              sums[c][i] += values[first + i];
              for (int j = i; j < SIZES[c]; j++) {
                cross[c][i][j] += values[first + i] * values[first + j];
              }
            }
          }
          first += SIZES[c];
        }
        for (int g = ITEMS; g < ITEMS + 3; g++) {
          row.append(',');
          if (values[g] >= 0) {
            row.append((double) values[g]);
          }
        }
        out.append(row).append('\n');
      }
    }
    sites.forEach((site, s) -> {
      StringBuilder line = new StringBuilder(site);
      for (int c = 0; c < SIZES.length; c++) {
        line.append(String.format(Locale.ROOT, " %.3f", s[2 * c] / s[2 * c + 1]));
      }
      System.err.println(line);
    });
    for (int c = 0; c < SIZES.length; c++) {
      System.err.printf(Locale.ROOT, "alpha %d %.4f%n", c, alpha(complete[c], sums[c], cross[c]));
    }
  }

  private static double alpha(long n, double[] sum, double[][] cross) {
    int k = sum.length;
    double trace = 0;
    double total = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        double cov = (cross[i][j] - sum[i] * sum[j] / n) / (n - 1);
        total += i == j ? cov : 2 * cov;
        trace += i == j ? cov : 0;
      }
    }
    return k / (k - 1.0) * (1 - trace / total);
  }

  /** A whole number of 0-10, or -1 for a blank or a text. */
  private static int number(byte[] field, int length) {
    if (length == 0 || length > 2) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < length; i++) {
      int d = field[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  private static void skipLine(InputStream in) throws IOException {
    int b;
    do {
      b = in.read();
    } while (b != '\n' && b >= 0);
  }
}

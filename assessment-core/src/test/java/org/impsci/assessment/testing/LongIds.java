package org.impsci.assessment.testing;

import java.util.Random;

/** Long dotted ids, for the depth-and-size tests of every module. */
public final class LongIds {
  private LongIds() {}

  /**
   * {@code first} and then 1 to 100,000 segments of one letter each, joined by '.' or '-'; one
   * time in four broken by a doubled joiner at the end.
   */
  public static String dottedId(Random r, String first) {
    int[] lengths = {1, 2, 2_000, 20_000, 100_000};
    int segments = lengths[r.nextInt(lengths.length)];
    StringBuilder id = new StringBuilder(first);
    for (int k = 1; k < segments; k++) {
      id.append(r.nextBoolean() ? '.' : '-').append((char) ('a' + r.nextInt(26)));
    }
    return r.nextInt(4) == 0 ? id.append("..").toString() : id.toString();
  }
}

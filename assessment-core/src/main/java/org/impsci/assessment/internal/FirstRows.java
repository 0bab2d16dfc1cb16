package org.impsci.assessment.internal;

/**
 * The row where each respondent id was first seen, for the duplicate-id check: an open-addressing
 * table of ids and rows, lighter than a map of boxed rows when a file has millions of respondents.
 * Not thread-safe.
 */
public final class FirstRows {
  private String[] ids = new String[1024];
  private long[] rows = new long[1024];
  private int size;

  /** Records that {@code id} appears in {@code row}; returns the row it first appeared in, or -1. */
  public long firstOrAdd(String id, long row) {
    int mask = ids.length - 1;
    int i = spread(id.hashCode()) & mask;
    for (String seen = ids[i]; seen != null; seen = ids[i]) {
      if (seen.equals(id)) {
        return rows[i];
      }
      i = (i + 1) & mask;
    }
    ids[i] = id;
    rows[i] = row;
    if (++size * 2 > ids.length) {
      grow();
    }
    return -1;
  }

  private void grow() {
    String[] oldIds = ids;
    long[] oldRows = rows;
    ids = new String[oldIds.length * 2];
    rows = new long[oldIds.length * 2];
    int mask = ids.length - 1;
    for (int j = 0; j < oldIds.length; j++) {
      if (oldIds[j] != null) {
        int i = spread(oldIds[j].hashCode()) & mask;
        while (ids[i] != null) {
          i = (i + 1) & mask;
        }
        ids[i] = oldIds[j];
        rows[i] = oldRows[j];
      }
    }
  }

  private static int spread(int h) {
    return h * 0x9E3779B9 ^ (h >>> 16);
  }

}

package org.impsci.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the distinct values of a grouping column (site, role) in the order first seen, so that
 * tables can be kept in arrays rather than looked up by text for every respondent. Not
 * thread-safe.
 */
public final class ValueIndex {
  private final Map<String, Integer> positions = new HashMap<>();
  private final List<String> values = new ArrayList<>();

  /** One empty numbering per column. */
  public static ValueIndex[] forColumns(int columns) {
    ValueIndex[] numberings = new ValueIndex[columns];
    for (int c = 0; c < columns; c++) {
      numberings[c] = new ValueIndex();
    }
    return numberings;
  }

  /** The value's number, numbering it if it is new. */
  public int of(String value) {
    Integer position = positions.get(value);
    if (position == null) {
      position = values.size();
      positions.put(value, position);
      values.add(value);
    }
    return position;
  }

  /** The value numbered {@code position}. */
  public String value(int position) {
    return values.get(position);
  }
}

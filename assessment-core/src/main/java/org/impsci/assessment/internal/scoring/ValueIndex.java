package org.impsci.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers the distinct values of a grouping column (site, role) in the order first seen, so that
 * tables can be kept in arrays rather than looked up by text for every respondent. A value can be
 * looked up from characters, so a reader need not make a string per row. Not thread-safe.
 */
public final class ValueIndex {
  private final List<String> values = new ArrayList<>();
  private int[] hashes = new int[16];
  /** Open addressing: a value's number plus one, or 0 for an empty slot. */
  private int[] slots = new int[32];

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
    return of(value.toCharArray(), 0, value.length());
  }

  /** The number of the value {@code chars[start..end)}, numbering it if it is new. */
  public int of(char[] chars, int start, int end) {
    int hash = 0;
    for (int c = start; c < end; c++) {
      hash = 31 * hash + chars[c];
    }
    int mask = slots.length - 1;
    int i = TextKeys.spread(hash) & mask;
    for (int slot = slots[i]; slot != 0; slot = slots[i]) {
      int n = slot - 1;
      if (hashes[n] == hash && TextKeys.sameText(values.get(n), chars, start, end)) {
        return n;
      }
      i = (i + 1) & mask;
    }
    int number = values.size();
    values.add(new String(chars, start, end - start));
    if (number == hashes.length) {
      hashes = Arrays.copyOf(hashes, number * 2);
    }
    hashes[number] = hash;
    slots[i] = number + 1;
    if (values.size() * 2 > slots.length) {
      renumberSlots(slots.length * 2);
    }
    return number;
  }

  /** The value numbered {@code position}. */
  public String value(int position) {
    return values.get(position);
  }

  private void renumberSlots(int size) {
    slots = new int[size];
    for (int n = 0; n < values.size(); n++) {
      int i = TextKeys.spread(hashes[n]) & (size - 1);
      while (slots[i] != 0) {
        i = (i + 1) & (size - 1);
      }
      slots[i] = n + 1;
    }
  }
}

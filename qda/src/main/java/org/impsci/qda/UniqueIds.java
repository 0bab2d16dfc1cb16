package org.impsci.qda;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Ids made unique by a number: the first {@code x} stays {@code x}, the next become {@code x-2},
 * {@code x-3} and so on, skipping any taken already. Each base name keeps the number it reached,
 * so that n codes of the same name take linear time, not the quadratic time of probing {@code
 * x-2}, {@code x-3}, ... afresh for each.
 */
final class UniqueIds {
  private final Set<String> taken = new HashSet<>();
  private final Map<String, Integer> nextNumber = new HashMap<>();

  /** Takes an id as it is, even if taken already (the framework's checks report a clash). */
  String take(String id) {
    taken.add(id);
    return id;
  }

  /** The id itself if it is free, else the id with the lowest free number this base has not passed. */
  String unique(String id) {
    if (taken.add(id)) {
      return id;
    }
    int n = nextNumber.getOrDefault(id, 2);
    String candidate = id + "-" + n;
    while (!taken.add(candidate)) {
      n++;
      candidate = id + "-" + n;
    }
    nextNumber.put(id, n + 1);
    return candidate;
  }
}

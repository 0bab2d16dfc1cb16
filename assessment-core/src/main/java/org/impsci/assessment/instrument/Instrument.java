package org.impsci.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;

/**
 * A survey instrument: items in their published order and the scales and subscales built from
 * them, with sources. Validated on construction: unique ids, groups that name existing items and
 * groups, and no group that contains itself.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableInstrument.class)
@JsonDeserialize(as = ImmutableInstrument.class)
public interface Instrument {

  /** The stable id, for example {@code nomad}. */
  String id();

  /** The full name. */
  String name();

  /** The version of the instrument. */
  String version();

  /** The items, in the instrument's order. */
  List<Item> items();

  /** The scales and subscales, in reporting order. */
  List<ItemGroup> groups();

  /** The publications that define the instrument. */
  List<Source> sources();

  /** Items by id, in the instrument's order. */
  @JsonIgnore
  @Value.Lazy
  default Map<String, Item> itemsById() {
    Map<String, Item> map = new LinkedHashMap<>();
    items().forEach(item -> map.put(item.id(), item));
    return map;
  }

  /** Groups by id, in reporting order. */
  @JsonIgnore
  @Value.Lazy
  default Map<String, ItemGroup> groupsById() {
    Map<String, ItemGroup> map = new LinkedHashMap<>();
    groups().forEach(group -> map.put(group.id(), group));
    return map;
  }

  /** The item with this id. */
  default Optional<Item> item(String itemId) {
    return Optional.ofNullable(itemsById().get(itemId));
  }

  /** The group with this id. */
  default Optional<ItemGroup> group(String groupId) {
    return Optional.ofNullable(groupsById().get(groupId));
  }

  /** Checks ids, references and cycles. */
  @Value.Check
  default void check() {
    Set<String> itemIds = new HashSet<>();
    for (Item item : items()) {
      if (!itemIds.add(item.id())) {
        throw new IllegalStateException(
            "instrument '" + id() + "' has two items with id '" + item.id() + "'");
      }
    }
    Map<String, ItemGroup> groups = new LinkedHashMap<>();
    for (ItemGroup group : groups()) {
      if (groups.put(group.id(), group) != null) {
        throw new IllegalStateException(
            "instrument '" + id() + "' has two groups with id '" + group.id() + "'");
      }
    }
    for (ItemGroup group : groups()) {
      for (String itemId : group.itemIds()) {
        if (!itemIds.contains(itemId)) {
          throw new IllegalStateException(
              "group '" + group.id() + "' names item '" + itemId + "', which the instrument lacks");
        }
      }
      for (String sub : group.groupIds()) {
        if (!groups.containsKey(sub)) {
          throw new IllegalStateException(
              "group '" + group.id() + "' names group '" + sub + "', which the instrument lacks");
        }
      }
    }
    for (ItemGroup group : groups()) {
      checkNoCycle(group.id(), group, groups, new HashSet<>());
    }
  }

  private static void checkNoCycle(
      String start, ItemGroup at, Map<String, ItemGroup> groups, Set<String> seen) {
    for (String sub : at.groupIds()) {
      if (sub.equals(start)) {
        throw new IllegalStateException("group '" + start + "' contains itself");
      }
      if (seen.add(sub)) {
        checkNoCycle(start, groups.get(sub), groups, seen);
      }
    }
  }
}

package org.impsci.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;
import org.impsci.assessment.internal.GraphWalks;
import org.impsci.assessment.internal.RuleViolation;

/**
 * A survey instrument: items in their published order and the scales and subscales built from
 * them, with sources. Validated on construction: unique ids, groups that name existing items and
 * groups, and no group that contains itself.
 *
 * <p>Immutable and thread-safe.
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

  /**
   * The items that belong to no group, in the instrument's order: they are never scored as part of
   * a scale and are reported one by one (NoMAD's general items G1-G3, for example).
   */
  @JsonIgnore
  @Value.Lazy
  default List<Item> singleItems() {
    Set<String> grouped = new HashSet<>();
    groups().forEach(group -> grouped.addAll(group.itemIds()));
    return items().stream().filter(item -> !grouped.contains(item.id())).toList();
  }

  /** The item with this id. */
  default Optional<Item> item(String itemId) {
    return Optional.ofNullable(itemsById().get(itemId));
  }

  /** The group with this id. */
  default Optional<ItemGroup> group(String groupId) {
    return Optional.ofNullable(groupsById().get(groupId));
  }

  /**
   * Checks ids, references and cycles. A broken rule names the JSON path of the offending node,
   * such as {@code items[3].id} or {@code groups[1].itemIds[2]}.
   */
  @Value.Check
  default void check() {
    Map<String, Integer> itemAt = indexOfIds("items", items().stream().map(Item::id).toList());
    Map<String, Integer> groupAt =
        indexOfIds("groups", groups().stream().map(ItemGroup::id).toList());
    for (int g = 0; g < groups().size(); g++) {
      ItemGroup group = groups().get(g);
      checkMembers(g, group, "itemIds", group.itemIds(), itemAt.keySet(), "item");
      checkMembers(g, group, "groupIds", group.groupIds(), groupAt.keySet(), "group");
    }
    int first = GraphWalks.firstOnCycle(GraphWalks.subgroups(groups()));
    if (first >= 0) {
      throw new RuleViolation(
          "groups[" + first + "].groupIds",
          "group '" + groups().get(first).id() + "' contains itself");
    }
  }

  /** The index of each id in a list of items or groups; an id may stand only once. */
  private Map<String, Integer> indexOfIds(String field, List<String> ids) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Integer first = at.putIfAbsent(ids.get(i), i);
      if (first != null) {
        throw new RuleViolation(
            field + "[" + i + "].id",
            "instrument '" + id() + "' has two " + field + " with id '" + ids.get(i)
                + "', also at " + field + "[" + first + "]");
      }
    }
    return at;
  }

  private static void checkMembers(
      int g, ItemGroup group, String field, List<String> members, Set<String> known, String kind) {
    for (int k = 0; k < members.size(); k++) {
      if (!known.contains(members.get(k))) {
        throw new RuleViolation(
            "groups[" + g + "]." + field + "[" + k + "]",
            "group '" + group.id() + "' names " + kind + " '" + members.get(k)
                + "', which the instrument lacks");
      }
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Instrument}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }
}

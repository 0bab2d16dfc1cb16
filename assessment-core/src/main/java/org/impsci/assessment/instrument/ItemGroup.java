package org.impsci.assessment.instrument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;
import org.impsci.assessment.internal.RuleViolation;

/**
 * A scale or subscale: a named group either of items or of other groups (a scale made of
 * subscales, as in ORCA), with the sources that define it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableItemGroup.class)
@JsonDeserialize(as = ImmutableItemGroup.class)
public interface ItemGroup {

  /** The stable id, for example {@code coherence}. */
  String id();

  /** The display label. */
  String label();

  /** The construct the group measures as {@code framework:construct}, if any. */
  Optional<String> constructId();

  /** The items of the group, for a group of items. */
  List<String> itemIds();

  /** The subgroups of the group, for a group of groups. */
  List<String> groupIds();

  /**
   * Where the group is defined: the publication that names the scale or subscale and its items,
   * and, in the locator, the place in it and what the group maps to. Optional in JSON ({@code
   * sources}); empty means the instrument's sources apply.
   */
  List<Source> sources();

  /** Checks that the group has items or subgroups, not both, and no repeats. */
  @Value.Check
  default void check() {
    if (itemIds().isEmpty() == groupIds().isEmpty()) {
      throw new IllegalArgumentException(
          "group '" + id() + "' must list either itemIds or groupIds, not both or neither");
    }
    String field = itemIds().isEmpty() ? "groupIds" : "itemIds";
    List<String> members = itemIds().isEmpty() ? groupIds() : itemIds();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < members.size(); k++) {
      if (!seen.add(members.get(k))) {
        throw new RuleViolation(
            field + "[" + k + "]", "group '" + id() + "' lists '" + members.get(k) + "' twice");
      }
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ItemGroup}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableItemGroup.Builder {
    Builder() {}
  }
}

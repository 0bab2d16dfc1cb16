package org.impsci.qda;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * A named group of codes: a REFI-QDA {@code Set} with {@code MemberCode}s, which ATLAS.ti calls a
 * code group and NVivo and MAXQDA a set. A code may be in several sets.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCodeSet.class)
@JsonDeserialize(as = ImmutableCodeSet.class)
public interface CodeSet {

  /** The set's name. */
  String name();

  /** What the set is for, if said. */
  Optional<String> description();

  /** The constructs whose codes are in the set, in the file's order. */
  List<ConstructRef> codes();

  /** A set without a description. */
  static CodeSet of(String name, List<ConstructRef> codes) {
    return CodeSet.builder().name(name).addAllCodes(codes).build();
  }

  /** Checks that the name is not blank. */
  @Value.Check
  default void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("a code set has a blank name");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CodeSet}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCodeSet.Builder {
    Builder() {}
  }
}

package org.impsci.barriers.cfir;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One theme of a study's own taxonomy and the CFIR 2.0 constructs it corresponds to.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableThemeMapping.class)
@JsonDeserialize(as = ImmutableThemeMapping.class)
public interface ThemeMapping {

  /** The theme's construct id in the taxonomy. */
  String theme();

  /** The CFIR 2.0 constructs, at least one. */
  List<Cfir20Construct> cfir();

  /** Why, in the mapper's words. */
  Optional<String> note();

  /** Checks that the theme maps to something. */
  @Value.Check
  default void check() {
    if (cfir().isEmpty()) {
      throw new IllegalArgumentException("theme '" + theme() + "' maps to no CFIR 2.0 construct");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ThemeMapping}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableThemeMapping.Builder {
    Builder() {}
  }
}

package org.impsci.qda;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * How {@link QdpxReader} maps a project onto frameworks and people. Both maps can be read from CSV
 * files with {@link QdaMappings}. It can be kept as a JSON file.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableQdpxOptions.class)
@JsonDeserialize(as = ImmutableQdpxOptions.class)
public interface QdpxOptions {

  /** Code name (exactly as in the project) to construct; takes precedence over GUID and name. */
  Map<String, ConstructRef> codeMapping();

  /** Source name to who it comes from; takes precedence over the project's cases. */
  Map<String, SourceAttribution> sources();

  /**
   * Whether codings with codes that map to no construct are left out (listed in {@link
   * QdpxImport#ignoredCodes()}) rather than failing the import; false by default.
   */
  @Value.Default
  default boolean ignoreUnmappedCodes() {
    return false;
  }

  /**
   * What the selections' {@code startPosition} and {@code endPosition} count. Empty by default:
   * the unit the project's {@code origin} is known to count in ({@link PositionUnit#ofOrigin}),
   * else code points, with a warning in {@link QdpxImport#warnings()} for each source whose text
   * holds a character outside the Basic Multilingual Plane, where the two units differ.
   */
  Optional<PositionUnit> positionUnit();

  /** No mappings: codes by GUID or name, people from the project's cases, positions by origin. */
  static QdpxOptions defaults() {
    return builder().build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QdpxOptions}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableQdpxOptions.Builder {
    Builder() {}
  }
}

package org.impsci.qda;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;

/**
 * What a {@code .qdc} codebook does not hold but a {@link org.impsci.assessment.framework.Framework}
 * needs: its id, name, version and sources. Given when importing a codebook.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCodebookHeader.class)
@JsonDeserialize(as = ImmutableCodebookHeader.class)
public interface CodebookHeader {

  /** The framework id to give the imported framework. */
  String id();

  /** Its name. */
  String name();

  /** Its version. */
  String version();

  /** Where it is defined; at least one. */
  List<Source> sources();

  /** A header with one source. */
  static CodebookHeader of(String id, String name, String version, Source source) {
    return CodebookHeader.builder()
        .id(id)
        .name(name)
        .version(version)
        .addSources(source)
        .build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CodebookHeader}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCodebookHeader.Builder {
    Builder() {}
  }
}

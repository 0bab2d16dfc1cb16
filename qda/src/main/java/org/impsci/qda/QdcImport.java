package org.impsci.qda;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.Framework;

/**
 * What {@link QdcCodebook#readWithDisplay} read from a codebook: the tree and how it is shown.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableQdcImport.class)
@JsonDeserialize(as = ImmutableQdcImport.class)
public interface QdcImport {

  /** The codes as a framework. */
  Framework framework();

  /** Their colours, which are folders, and their sets, keyed by the framework's constructs. */
  CodeDisplay display();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QdcImport}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableQdcImport.Builder {
    Builder() {}
  }
}

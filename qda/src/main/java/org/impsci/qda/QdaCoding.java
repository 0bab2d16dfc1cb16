package org.impsci.qda;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * One code applied to one selection of a project, as the QDA program recorded it: whether or not
 * the code maps to a construct and whether or not the project says who the source comes from.
 * Positions are code points, end exclusive, as in {@link
 * org.impsci.assessment.coding.CodedSegment}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableQdaCoding.class)
@JsonDeserialize(as = ImmutableQdaCoding.class)
public interface QdaCoding {

  /** The source's name. */
  String source();

  /** The participant, if a source mapping or case says. */
  Optional<String> participantId();

  /** The participant's role, if said. */
  Optional<String> participantRole();

  /** The site, if said. */
  Optional<String> site();

  /** The wave, if said. */
  Optional<String> wave();

  /** The code's name and those of the codes above it, from the top of the codebook down. */
  List<String> codePath();

  /** The construct the code maps to; empty if it maps to none. */
  Optional<ConstructRef> construct();

  /** The first code point of the selection. */
  int start();

  /** The code point just after the selection. */
  int end();

  /** The selected text. */
  String text();

  /**
   * Who applied the code: the name of the project's user named by the coding's {@code
   * creatingUser} (or, failing that, the selection's), or that user's GUID where the project gives
   * no name; empty if neither says.
   */
  Optional<String> coder();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QdaCoding}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableQdaCoding.Builder {
    Builder() {}
  }
}

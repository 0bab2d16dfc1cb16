package org.impsci.qda;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.coding.CodedSegment;

/**
 * What {@link QdpxReader} read from a project.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableQdpxImport.class)
@JsonDeserialize(as = ImmutableQdpxImport.class)
public interface QdpxImport {

  /** The coded segments: sources in document order, each source's selections in order. */
  List<CodedSegment> segments();

  /**
   * Every code applied to a selection (valence codes aside), in the order of the segments and of
   * the codings in each selection: those that map to a construct and, where {@link
   * QdpxOptions#ignoreUnmappedCodes()} is on, those that map to none; each with its code path and
   * whoever the project or the source mapping says the source comes from.
   */
  List<QdaCoding> codings();

  /**
   * Names of codes used in codings that map to no construct and were left out, when {@link
   * QdpxOptions#ignoreUnmappedCodes()} is on; sorted.
   */
  List<String> ignoredCodes();

  /**
   * The length of each text source in code points, by source name, for agreement measured over
   * characters ({@link CodingAgreement}).
   */
  Map<String, Integer> sourceLengths();

  /** The project's {@code origin} attribute, the program that wrote it; empty if it has none. */
  Optional<String> origin();

  /** The unit the selections' positions were read in. */
  PositionUnit positionUnit();

  /**
   * What the reader could not be sure of, one sentence each, naming the source: a source whose
   * text holds characters outside the Basic Multilingual Plane, read in a unit that neither the
   * options nor the project's origin settled.
   */
  List<String> warnings();

  /**
   * The colours, folders ({@code isCodable="false"}) and sets of the codes that map to
   * constructs; sets of sources are not read.
   */
  CodeDisplay display();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QdpxImport}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableQdpxImport.Builder {
    Builder() {}
  }
}

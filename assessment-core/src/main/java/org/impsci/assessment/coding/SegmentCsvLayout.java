package org.impsci.assessment.coding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * How a coded-segment export (one row per segment) is laid out: the header of each column. The
 * defaults are the field names of {@link CodedSegment} in lower case ({@code source},
 * {@code participant}, {@code role}, {@code site}, {@code wave}, {@code start}, {@code end},
 * {@code text}, {@code codes}, {@code valence}, {@code memo}); rename them to read another
 * program's export. The wave, valence and memo columns may be absent. The codes cell holds one or
 * more {@code framework:construct} references (the construct may be given by an alias, such as
 * {@code npt:CO}), separated by {@link #codeSeparator()}. It can be kept as a JSON file.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableSegmentCsvLayout.class)
@JsonDeserialize(as = ImmutableSegmentCsvLayout.class)
public interface SegmentCsvLayout {

  /** Header of the source document column. */
  @Value.Default
  default String sourceColumn() {
    return "source";
  }

  /** Header of the participant id column. */
  @Value.Default
  default String participantColumn() {
    return "participant";
  }

  /** Header of the participant role column. */
  @Value.Default
  default String roleColumn() {
    return "role";
  }

  /** Header of the site column. */
  @Value.Default
  default String siteColumn() {
    return "site";
  }

  /** Header of the optional wave column. */
  @Value.Default
  default String waveColumn() {
    return "wave";
  }

  /** Header of the start offset column. */
  @Value.Default
  default String startColumn() {
    return "start";
  }

  /** Header of the end offset column. */
  @Value.Default
  default String endColumn() {
    return "end";
  }

  /** Header of the quoted text column. */
  @Value.Default
  default String textColumn() {
    return "text";
  }

  /** Header of the codes column. */
  @Value.Default
  default String codesColumn() {
    return "codes";
  }

  /** Header of the optional valence column ({@code barrier}, {@code facilitator}, {@code neutral}). */
  @Value.Default
  default String valenceColumn() {
    return "valence";
  }

  /** Header of the optional memo column. */
  @Value.Default
  default String memoColumn() {
    return "memo";
  }

  /** What separates codes in the codes cell; ';' by default. */
  @Value.Default
  default char codeSeparator() {
    return ';';
  }

  /** The field delimiter; ',' by default. */
  @Value.Default
  default char delimiter() {
    return ',';
  }

  /** The default layout. */
  static SegmentCsvLayout defaults() {
    return builder().build();
  }


  /** Checks that the delimiter and the code separator differ and are usable. */
  @Value.Check
  default void check() {
    if (delimiter() == '"' || delimiter() == '\n' || delimiter() == '\r') {
      throw new IllegalArgumentException("the delimiter cannot be a quote or a line break");
    }
    if (codeSeparator() == ':' || Character.isLetterOrDigit(codeSeparator())) {
      throw new IllegalArgumentException(
          "the code separator cannot be ':', a letter or a digit, got '" + codeSeparator() + "'");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SegmentCsvLayout}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableSegmentCsvLayout.Builder {
    Builder() {}
  }
}

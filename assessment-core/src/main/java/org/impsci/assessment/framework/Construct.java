package org.impsci.assessment.framework;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;

/**
 * One node of a framework's tree: a domain, construct, sub-construct, element, level or whatever the
 * framework calls it ({@link #kind()}). Ids are short, lower-case and hyphenated, unique within the
 * framework; across frameworks a construct is named {@code framework:construct}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableConstruct.class)
@JsonDeserialize(as = ImmutableConstruct.class)
public interface Construct {

  /** The id, for example {@code communal-specification} or {@code inner-setting.culture}. */
  String id();

  /** The display label, for example {@code Communal specification}. */
  String label();

  /** A short definition in impsci's own words (never the published wording). */
  String definition();

  /**
   * What the framework calls this level, lower-case and hyphenated: for example {@code domain},
   * {@code construct}, {@code sub-construct}, {@code element}, {@code sub-element}, {@code level}.
   */
  String kind();

  /** The id of the parent construct; empty for a top-level construct. */
  Optional<String> parent();

  /** The position among its siblings, starting at 1. */
  int order();

  /** Other names users type for it, such as codebook short codes ({@code CO-DI}) or spellings. */
  List<String> aliases();

  /** Where it is defined; empty means the framework's own sources apply. */
  List<Source> sources();

  /**
   * Checks what a construct can check on its own: id and kind format, non-blank label and
   * definition, order of 1 or more, and distinct, non-blank aliases.
   *
   * @throws IllegalArgumentException naming the construct and the offending field
   */
  @Value.Check
  default void check() {
    FrameworkValidator.checkConstruct(this);
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Construct}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableConstruct.Builder {
    Builder() {}
  }
}

package org.impsci.assessment.coding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.ConstructRef;

/**
 * One code of a {@link CodingFrame}: a construct with its place in the tree, definition and source.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCodingFrameEntry.class)
@JsonDeserialize(as = ImmutableCodingFrameEntry.class)
public interface CodingFrameEntry {

  /** The code as {@code framework:construct}. */
  ConstructRef code();

  /** The construct's label. */
  String label();

  /** What the framework calls this level, for example {@code sub-construct}. */
  String kind();

  /** 0 for a top-level construct, 1 for its children, and so on. */
  int depth();

  /** The parent construct's id; empty at the top. */
  Optional<String> parent();

  /** The definition, in impsci's own words. */
  String definition();

  /** Other names for the code, such as short codes. */
  List<String> aliases();

  /** Where the construct is defined (the framework's sources when it lists none of its own). */
  List<Source> sources();

  /**
   * The sources as one line, for example {@code May et al. 2009, doi:10.1186/1748-5908-4-29,
   * Table 1}; several are joined with {@code "; "}.
   */
  @JsonIgnore
  default String citation() {
    return sources().stream()
        .map(
            s ->
                s.citation()
                    + s.doi().map(d -> ", doi:" + d).orElse("")
                    + s.locator().map(l -> ", " + l).orElse(""))
        .collect(Collectors.joining("; "));
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CodingFrameEntry}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCodingFrameEntry.Builder {
    Builder() {}
  }
}

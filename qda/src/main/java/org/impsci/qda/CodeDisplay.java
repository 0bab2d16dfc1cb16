package org.impsci.qda;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * What a REFI-QDA codebook says about codes besides the framework's tree: each code's colour,
 * which codes are folders that cannot be coded ({@code isCodable="false"}), and the sets of codes.
 * {@link QdcCodebook} and {@link QdpxReader} read it, {@link QdcCodebook} and {@link QdpxWriter}
 * write it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCodeDisplay.class)
@JsonDeserialize(as = ImmutableCodeDisplay.class)
public interface CodeDisplay {
  /** A colour as REFI-QDA writes it: {@code #} and three or six hexadecimal digits. */
  Pattern COLOR = Pattern.compile("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})");

  /** Colours by construct, as written ({@code #46AA00}). */
  Map<ConstructRef, String> colors();

  /** The constructs whose codes cannot be coded, only hold other codes. */
  Set<ConstructRef> notCodable();

  /** The sets of codes, in the file's order. */
  List<CodeSet> sets();

  /** Nothing: every code codable, no colours, no sets. */
  static CodeDisplay none() {
    return builder().build();
  }


  /** Checks the colours. */
  @Value.Check
  default void check() {
    colors().forEach((code, color) -> {
      if (!COLOR.matcher(color).matches()) {
        throw new IllegalArgumentException(
            "the colour of " + code + " is '" + color + "'; allowed: # and 3 or 6 hexadecimal digits");
      }
    });
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CodeDisplay}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCodeDisplay.Builder {
    Builder() {}
  }
}

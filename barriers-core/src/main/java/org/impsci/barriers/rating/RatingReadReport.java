package org.impsci.barriers.rating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.io.ReadReport;

/**
 * What reading a ratings file did: its {@link ReadReport} (every data row read was accepted into
 * {@link #ratings()} or rejected with its reason; a rejected row's record id is its site) and the
 * ratings accepted.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableRatingReadReport.class)
@JsonDeserialize(as = ImmutableRatingReadReport.class)
public interface RatingReadReport {

  /** What the read did with each row. */
  ReadReport read();

  /** The accepted ratings. */
  RatingMatrix ratings();

  /** Checks that the ratings are the rows the read accepted. */
  @Value.Check
  default void check() {
    int accepted = ratings().ratings().size();
    if (read().scored() != accepted) {
      throw new IllegalArgumentException(
          "rows accepted (" + read().scored() + ") must equal the ratings (" + accepted + ")");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RatingReadReport}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableRatingReadReport.Builder {
    Builder() {}
  }
}

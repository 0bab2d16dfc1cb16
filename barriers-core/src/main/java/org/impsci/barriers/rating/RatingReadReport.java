package org.impsci.barriers.rating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.io.RejectedRow;

/**
 * What reading a ratings file did: every data row read was accepted into {@link #ratings()} or
 * rejected with its reason, so {@link #rowsRead()} = accepted + rejected. A rejected row's {@code
 * respondentId} holds its site. Blank rows are only counted.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableRatingReadReport.class)
@JsonDeserialize(as = ImmutableRatingReadReport.class)
public interface RatingReadReport {

  /** The file or other source. */
  String source();

  /** Data rows read, not counting the header or blank rows. */
  long rowsRead();

  /** The accepted ratings. */
  RatingMatrix ratings();

  /** Rows rejected, with the reasons, in file order. */
  List<RejectedRow> rejected();

  /** Blank rows skipped. */
  long blankRows();

  /** Checks that nothing was lost. */
  @Value.Check
  default void check() {
    int accepted = ratings().ratings().size();
    if (rowsRead() != accepted + rejected().size()) {
      throw new IllegalArgumentException(
          "rows read (" + rowsRead() + ") must equal accepted (" + accepted + ") + rejected ("
              + rejected().size() + ")");
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

package org.impsci.barriers.pcat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.io.ReadReport;

/**
 * What reading a pCAT answer file did: its {@link ReadReport}, which counts records (a row in long
 * form, an item's pair of cells in wide form: every record read was classified into {@link
 * #answers()} or rejected with its reason; a rejected record names its respondent and, in wide
 * form, its item), and the answers with the file's layout.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePcatReadReport.class)
@JsonDeserialize(as = ImmutablePcatReadReport.class)
public interface PcatReadReport {

  /** The layout of a pCAT answer file. */
  enum Form {
    /** One row per respondent, assessment and item, with {@code item_id}, {@code direction}, {@code effect}. */
    LONG,
    /** One row per respondent and assessment, with {@code itemNN_direction} and {@code itemNN_effect}. */
    WIDE
  }

  /** What the read did with each record. */
  ReadReport read();

  /** The layout found from the header. */
  Form form();

  /** The context columns the file has, in its order, by which answers can be grouped. */
  List<String> contextColumns();

  /** The classified answers, in file order. */
  List<PcatAnswer> answers();

  /** Checks that the answers are the records the read accepted. */
  @Value.Check
  default void check() {
    if (read().scored() != answers().size()) {
      throw new IllegalArgumentException(
          "records accepted (" + read().scored() + ") must equal the answers ("
              + answers().size() + ")");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PcatReadReport}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePcatReadReport.Builder {
    Builder() {}
  }
}

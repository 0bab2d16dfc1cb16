package org.impsci.assessment.qda;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.coding.CodedSegment;

/** What {@link QdpxReader} read from a project. */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableQdpxImport.class)
@JsonDeserialize(as = ImmutableQdpxImport.class)
public interface QdpxImport {

  /** The coded segments: sources in document order, each source's selections in order. */
  List<CodedSegment> segments();

  /**
   * Names of codes used in codings that map to no construct and were left out, when {@link
   * QdpxOptions#ignoreUnmappedCodes()} is on; sorted.
   */
  List<String> ignoredCodes();
}

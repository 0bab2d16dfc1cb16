package org.impsci.assessment.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.InputStream;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.io.ImpsciJson;

/**
 * What every JSON reader of impsci shares without needing databind: the parser settings (the read
 * constraints of {@link ImpsciJson} and strict duplicate detection; no comments or other
 * non-standard syntax) and access to a module's bundled resources.
 */
public final class SafeJson {
  private SafeJson() {}

  /** A new factory with impsci's parser settings. */
  public static JsonFactory newFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(ImpsciJson.MAX_NESTING_DEPTH)
                .maxStringLength(ImpsciJson.MAX_STRING_LENGTH)
                .maxNumberLength(ImpsciJson.MAX_NUMBER_LENGTH)
                .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * Opens a resource bundled with a module; see {@link ImpsciJson#openResource(Class, String)}.
   *
   * @throws ImpsciException if there is no such resource
   */
  public static InputStream openResource(Class<?> anchor, String resourceName) {
    InputStream in = anchor.getResourceAsStream(resourceName);
    if (in == null) {
      throw new ImpsciException(
          "resource '" + resourceName + "' not found next to " + anchor.getName()
              + " (on the module path its package must be open to org.impsci.assessment)");
    }
    return in;
  }
}

package org.impsci.assessment.spi;

import java.util.List;
import org.impsci.assessment.framework.Framework;

/**
 * Service interface through which a module contributes its bundled frameworks to {@link
 * org.impsci.assessment.framework.Frameworks#bundled()}. A framework module declares {@code provides
 * org.impsci.assessment.spi.FrameworkProvider with ...} in its {@code module-info.java} and lists
 * the class in {@code META-INF/services/org.impsci.assessment.spi.FrameworkProvider} for the class
 * path. Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface FrameworkProvider {

  /** The frameworks this provider bundles, loaded and validated. */
  List<Framework> frameworks();
}

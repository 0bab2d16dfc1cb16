package org.impsci.assessment.framework;

import java.util.List;

/**
 * Service interface through which a module contributes its bundled frameworks to {@link
 * Frameworks}. A framework module declares {@code provides
 * org.impsci.assessment.framework.FrameworkProvider with ...} in its {@code module-info.java} (and a
 * {@code META-INF/services} entry for the class path).
 */
public interface FrameworkProvider {

  /** The frameworks this provider bundles, loaded and validated. */
  List<Framework> frameworks();
}

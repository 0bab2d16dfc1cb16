package org.impsci.assessment.testing;

import java.io.IOException;
import java.util.Collection;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;

/** Checks a module's bundled framework resources against databind, an independent JSON reader. */
public final class FrameworkResourceAssertions {
  private FrameworkResourceAssertions() {}

  /**
   * Asserts that each resource, found from {@code anchor} as {@link Class#getResourceAsStream}
   * finds it, loads through {@link FrameworkLoader} to a value equal to what {@code
   * ImpsciJson.mapper()} binds from the same bytes, and that the resources are exactly the
   * module's bundled frameworks; see {@link LoaderAssertions}.
   */
  public static void assertLoaderAgreesWithDatabind(
      Collection<Framework> bundled, Class<?> anchor, String... resources) throws IOException {
    LoaderAssertions.assertLoaderAgreesWithDatabind(
        Framework.class, FrameworkLoader::load, bundled, anchor, resources);
  }
}

package org.impsci.assessment.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.io.ImpsciJson;

/** Checks a module's bundled framework resources against databind, an independent JSON reader. */
public final class FrameworkResourceAssertions {
  private FrameworkResourceAssertions() {}

  /**
   * Asserts that each resource, found from {@code anchor} as {@link Class#getResourceAsStream}
   * finds it, loads through {@link FrameworkLoader} to a value equal to what {@code
   * ImpsciJson.mapper()} binds from the same bytes, and that the resources are exactly the
   * module's bundled frameworks.
   */
  public static void assertLoaderAgreesWithDatabind(
      Collection<Framework> bundled, Class<?> anchor, String... resources) throws IOException {
    List<Framework> loaded = new ArrayList<>();
    for (String resource : resources) {
      byte[] bytes;
      try (InputStream in = anchor.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        bytes = in.readAllBytes();
      }
      Framework streaming = FrameworkLoader.load(new ByteArrayInputStream(bytes), resource);
      Framework databind = ImpsciJson.mapper().readValue(bytes, Framework.class);
      assertThat(streaming).as(resource).isEqualTo(databind);
      loaded.add(streaming);
    }
    assertThat(loaded).containsExactlyInAnyOrderElementsOf(bundled);
  }
}

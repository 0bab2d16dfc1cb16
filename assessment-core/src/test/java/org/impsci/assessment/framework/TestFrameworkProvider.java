package org.impsci.assessment.framework;

import java.util.List;
import org.impsci.assessment.Source;
import org.impsci.assessment.spi.FrameworkProvider;

/** A provider registered only for tests, in src/test/resources/META-INF/services. */
public class TestFrameworkProvider implements FrameworkProvider {
  static final String ID = "test-bundled";

  /** Used by ServiceLoader. */
  public TestFrameworkProvider() {}

  @Override
  public List<Framework> frameworks() {
    return List.of(framework(ID));
  }

  static Framework framework(String id) {
    return Framework.builder()
        .id(id)
        .name("A framework that tests bundle")
        .version("1")
        .addSources(Source.builder().citation("Test 2024").build())
        .addConstructs(
            Construct.builder()
                .id("only")
                .label("Only")
                .definition("The one construct of a test framework.")
                .kind("domain")
                .order(1)
                .build())
        .build();
  }
}

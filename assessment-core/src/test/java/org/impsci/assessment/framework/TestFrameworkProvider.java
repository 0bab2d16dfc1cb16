package org.impsci.assessment.framework;

import java.util.List;
import org.impsci.assessment.ImmutableSource;
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
    return ImmutableFramework.builder()
        .id(id)
        .name("A framework that tests bundle")
        .version("1")
        .addSources(ImmutableSource.builder().citation("Test 2024").build())
        .addConstructs(
            ImmutableConstruct.builder()
                .id("only")
                .label("Only")
                .definition("The one construct of a test framework.")
                .kind("domain")
                .order(1)
                .build())
        .build();
  }
}

package org.impsci.assessment.testing;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;

/** The toy test data that other modules' tests use too (shipped in assessment-core's test jar). */
public final class ToyData {
  private ToyData() {}

  /**
   * The toy framework of {@code org/impsci/assessment/framework/toy.json}, in tree order: people
   * (people.motivation (people.motivation.reward), people.skills), place (place.resources).
   */
  public static Framework framework() {
    return FrameworkLoader.loadResource(Framework.class, "toy.json");
  }
}

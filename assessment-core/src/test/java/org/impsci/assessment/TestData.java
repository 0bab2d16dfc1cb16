package org.impsci.assessment;

import java.io.InputStream;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.ToyData;

/** Fixtures shared by tests. */
public final class TestData {
  private TestData() {}

  /**
   * The toy instrument of {@code instrument/toy-instrument.json}: items A1-A3 (A3 reverse-scored),
   * B1-B2 (with "not_relevant_role"), N1 (0-10); scales a = A1-A3, b = B1-B2, total = a + b.
   */
  public static Instrument toyInstrument() {
    return ImpsciJson.read(resource("instrument/toy-instrument.json"), Instrument.class, "toy");
  }

  /** The toy framework ({@link ToyData#framework()}). */
  public static Framework toyFramework() {
    return ToyData.framework();
  }

  /** A test resource; fails the test if it is missing. */
  public static InputStream resource(String name) {
    InputStream in = TestData.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new AssertionError("missing test resource " + name);
    }
    return in;
  }
}

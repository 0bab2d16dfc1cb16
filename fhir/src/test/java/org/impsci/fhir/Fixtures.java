package org.impsci.fhir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.ScoredInstrument;

/** A user's instrument, as a file of the form {@code impsci instruments ID --format json} writes. */
final class Fixtures {
  private Fixtures() {}

  /**
   * Q1 (1-3, every point labelled) and Q2 (1-5, unlabelled, reverse-scored, with the
   * non-substantive answer {@code dont_know}) make the scale {@code both}, scored when both are
   * answered; Q3 (0-10, unlabelled) and Q4 (a number from 0.5 to 2.5) are in no scale.
   */
  static final String TOY_JSON =
      "{\"instrument\":{\"id\":\"toy\",\"name\":\"Toy survey\",\"version\":\"1\",\"items\":["
          + "{\"id\":\"Q1\",\"prompt\":\"One.\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":3,"
          + "\"labels\":{\"1\":\"low\",\"2\":\"middle\",\"3\":\"high\"}}},"
          + "{\"id\":\"Q2\",\"prompt\":\"Two.\",\"reverseScored\":true,"
          + "\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5,"
          + "\"nonSubstantiveOptions\":[{\"code\":\"dont_know\",\"label\":\"do not know\"}]}},"
          + "{\"id\":\"Q3\",\"prompt\":\"Three.\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":0,\"max\":10}},"
          + "{\"id\":\"Q4\",\"prompt\":\"Four.\",\"scale\":{\"kind\":\"NUMERIC\",\"min\":0.5,\"max\":2.5}}],"
          + "\"groups\":[{\"id\":\"both\",\"label\":\"Both\",\"itemIds\":[\"Q1\",\"Q2\"]}]},"
          + "\"rules\":{\"minimumAnswered\":{\"kind\":\"COUNT\",\"value\":2}}}";

  /** The toy instrument, read as a user's file is. */
  static ScoredInstrument toy() {
    return load(TOY_JSON);
  }

  /** A user's instrument from its JSON. */
  static ScoredInstrument load(String json) {
    return Instruments.load(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "toy.json");
  }
}

package org.impsci.assessment.scoring;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impsci.assessment.Source;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.InstrumentLoader;
import org.impsci.assessment.spi.InstrumentProvider;

/** A provider registered only for tests, in src/test/resources/META-INF/services. */
public class TestInstrumentProvider implements InstrumentProvider {
  static final String ID = "test-bundled";

  /** Used by ServiceLoader. */
  public TestInstrumentProvider() {}

  @Override
  public List<ScoredInstrument> instruments() {
    return List.of(scored(ID));
  }

  /**
   * A three-item instrument: Q1 and Q2 (1-5, Q2 reverse-scored) form the scale {@code both}; Q3
   * (0-10) belongs to no scale.
   */
  static Instrument instrument(String id) {
    String json =
        "{\"id\":\"" + id + "\",\"name\":\"Toy\",\"version\":\"1\",\"items\":["
            + "{\"id\":\"Q1\",\"prompt\":\"One.\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}},"
            + "{\"id\":\"Q2\",\"prompt\":\"Two.\",\"reverseScored\":true,"
            + "\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}},"
            + "{\"id\":\"Q3\",\"prompt\":\"Three.\",\"scale\":{\"kind\":\"NUMERIC\",\"min\":0,\"max\":10}}],"
            + "\"groups\":[{\"id\":\"both\",\"label\":\"Both\",\"itemIds\":[\"Q1\",\"Q2\"]}]}";
    return InstrumentLoader.load(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        id + ".json");
  }

  static ScoredInstrument scored(String id) {
    return ScoredInstrument.builder()
        .instrument(instrument(id))
        .rules(ScoringRules.meanOf(MinimumAnswered.count(2)))
        .addOptions(ScoringOption.of("minimumAnswered", "a count of 2", "both items, for the test"))
        .addPublishedAlpha(PublishedAlpha.of("both", 0.8, Source.of("Doe 2024", "10.1000/toy", "Table 2")))
        .build();
  }
}

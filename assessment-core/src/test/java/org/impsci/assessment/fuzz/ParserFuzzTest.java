package org.impsci.assessment.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impsci.assessment.testing.FuzzInputs.bytes;
import static org.impsci.assessment.testing.FuzzInputs.mutated;
import static org.impsci.assessment.testing.FuzzInputs.mutatedOrBytes;
import static org.impsci.assessment.testing.ReaderAssertions.parses;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.TestData;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.SegmentCsvLayout;
import org.impsci.assessment.coding.SegmentCsvReader;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.InstrumentLoader;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.instrument.WordingOverlay;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.SurveyCsvReader;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;

/**
 * Arbitrary bytes and mutated valid files ({@link org.impsci.assessment.testing.FuzzInputs}) fed
 * to every reader of assessment-core: each case ends
 * with a result or the library's own exception ({@link ImpsciException}, or {@link
 * UncheckedIOException} for real I/O), within a time bound ({@link
 * org.impsci.assessment.testing.ReaderAssertions#parses}). Inputs are at most a few kilobytes;
 * each test generates its cases from fixed seeds ({@link SeededCases}).
 */
class ParserFuzzTest {
  static final String SURVEY =
      "id,site,A1,A2,A3,B1,B2,N1\nr1,X,4,5,2,3,not_relevant_role,7\nr2,\"Y\",1,,,,,\n";
  static final String SEGMENTS =
      "source,participant,role,site,start,end,text,codes,valence\n"
          + "p1.txt,P1,nurse,A,0,4,\"Time\",toy:people; toy:place.resources,barrier\n"
          + "p2.txt,P2,manager,B,0,2,ok,toy:people,\n";

  static final Instrument TOY = TestData.toyInstrument();
  static final Framework TOY_FRAMEWORK = TestData.toyFramework();
  static final Frameworks REGISTRY = Frameworks.of(List.of(TOY_FRAMEWORK));

  static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  // ---- CSV ----

  @SeededCases(200)
  void surveyCsvReader(SeededCase c) {
    byte[] input = mutatedOrBytes(c.random(), SURVEY);
    Scorer scorer = Scorer.of(TOY, ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    CsvLayout layout = CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site").build();
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> SurveyCsvReader.of(scorer, layout, mode).read(in(input), "f.csv", row -> {}));
    }
  }

  @SeededCases(200)
  void csvRecordReader(SeededCase c) {
    byte[] input = mutatedOrBytes(c.random(), SURVEY);
    parses(
        () -> {
          try (CsvRecordReader reader = CsvRecordReader.open(in(input), "f.csv", ',')) {
            while (reader.next() != null) {
              assertThat(reader.row()).isPositive();
            }
          }
        });
  }

  @SeededCases(200)
  void segmentCsvReader(SeededCase c) {
    byte[] input = mutatedOrBytes(c.random(), SEGMENTS);
    for (ReadMode mode : ReadMode.values()) {
      parses(
          () ->
              SegmentCsvReader.of(REGISTRY, SegmentCsvLayout.defaults(), mode)
                  .read(in(input), "s.csv", s -> {}));
    }
  }

  // ---- JSON ----

  @SeededCases(200)
  void jsonModelTypes(SeededCase c) {
    byte[] input = mutated(c.random(), ImpsciJson.write(TOY));
    for (Class<?> type :
        List.of(Instrument.class, Response.class, RespondentScores.class, GroupSummary.class,
            ReliabilityResult.class, ScoringRules.class, CodedSegment.class, ConstructRef.class)) {
      parses(() -> ImpsciJson.read(in(input), type, "x.json"));
      parses(() -> ImpsciJson.read(new String(input, StandardCharsets.UTF_8), type, "x.json"));
    }
    parses(() -> InstrumentLoader.load(in(input), "x.json"));
  }

  @SeededCases(200)
  void jsonOfArbitraryBytes(SeededCase c) {
    byte[] input = bytes(c.random());
    parses(() -> ImpsciJson.read(in(input), Instrument.class, "x.json"));
    parses(() -> InstrumentLoader.load(in(input), "x.json"));
    parses(() -> ImpsciJson.read(in(input), Response.class, "x.json"));
  }

  @SeededCases(200)
  void frameworkLoader(SeededCase c) {
    byte[] input = mutatedOrBytes(c.random(), ImpsciJson.write(TOY_FRAMEWORK));
    parses(() -> FrameworkLoader.load(in(input), "f.json"));
  }

  @SeededCases(200)
  void wordingOverlay(SeededCase c) {
    byte[] input =
        mutatedOrBytes(c.random(), "{\"A1\":\"Official A1\",\"B2\":\"Official B2\"}");
    parses(() -> WordingOverlay.apply(TOY, WordingOverlay.read(in(input), "w.json"), "w.json"));
  }
}

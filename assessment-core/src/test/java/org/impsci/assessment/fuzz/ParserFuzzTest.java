package org.impsci.assessment.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impsci.assessment.testing.ReaderAssertions.parses;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.impsci.assessment.internal.CsvRecordReader;
import org.impsci.assessment.io.CsvLayout;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.SurveyCsvReader;
import org.impsci.assessment.qda.CodebookHeader;
import org.impsci.assessment.qda.QdcCodebook;
import org.impsci.assessment.qda.QdpxOptions;
import org.impsci.assessment.qda.QdpxReader;
import org.impsci.assessment.qda.QdpxWriter;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.testing.ByteEdits;
import org.impsci.assessment.testing.RandomValues;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;

/**
 * Arbitrary bytes and mutated valid files fed to every reader of assessment-core: each case ends
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

  // ---- inputs ----

  /** Any bytes, up to 2 KiB. */
  static byte[] bytes(Random random) {
    return RandomValues.bytes(random, 2048);
  }

  /** Values that readers often get wrong: huge, signed, special, deep or encoded oddly. */
  static final String[] TOKENS = {
    "1e400", "-1e400", "NaN", "Infinity", "-0", "0x10", "99999999999999999999", "1.5", "-1",
    "2147483648", "\uFEFF", "\uD800", "\u0000", "\"\"", "[[[[[[[[[[", "{\"a\":", "null",
    "true", "not_relevant_role", "toy:", ":", "toy:people:x", "..", "../", "<!DOCTYPE x [<!ENTITY e"
        + " SYSTEM \"file:///etc/passwd\">]>", "&e;", "<![CDATA[", "\r\n\r\n", "\t", ",,,,",
    "\u00e9", "\ud83d\ude00"
  };

  /** Bytes that edits insert or put in place half of the time; any byte the other half. */
  static final byte[] EDIT_BYTES = {
    ',', '"', '\n', '\r', ';', ':', '{', '}', '[', '<', '>', '&', 0, (byte) 0xEF, (byte) 0xFF,
    '-', '9'
  };

  /** A valid file with 1 to 8 random edits: bytes replaced, inserted, deleted or cut off. */
  static byte[] mutated(Random random, String valid) {
    return ByteEdits.edited(random, valid.getBytes(StandardCharsets.UTF_8), EDIT_BYTES, TOKENS, 8);
  }

  /** A mutated {@code valid} file or, as often, any bytes. */
  static byte[] mutatedOrBytes(Random random, String valid) {
    return random.nextBoolean() ? mutated(random, valid) : bytes(random);
  }

  static String codebook() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QdcCodebook.write(TOY_FRAMEWORK, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static final String CODEBOOK = codebook();

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

  // ---- QDA ----

  @SeededCases(200)
  void qdcCodebook(SeededCase c) {
    byte[] input = mutatedOrBytes(c.random(), CODEBOOK);
    CodebookHeader header =
        CodebookHeader.of("fuzz", "Fuzz", "1", TOY_FRAMEWORK.sources().get(0));
    parses(() -> QdcCodebook.read(in(input), "c.qdc", header));
  }

  static final byte[] PROJECT = validProject();

  static byte[] validProject() {
    try {
      Path dir = Files.createTempDirectory("fuzz-qdpx");
      Path file = dir.resolve("p.qdpx");
      String text = "We lack time. The lead helps.";
      CodedSegment segment =
          CodedSegment.builder()
              .source("p1.txt")
              .participantId("P1")
              .participantRole("nurse")
              .site("A")
              .start(3)
              .end(12)
              .text("lack time")
              .addCodes(ConstructRef.of("toy", "people.skills"))
              .build();
      QdpxWriter.write(REGISTRY, List.of(segment), Map.of("p1.txt", text), "Fuzz", file);
      byte[] bytes = Files.readAllBytes(file);
      Files.delete(file);
      Files.delete(dir);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The valid project with random edits, each byte of the zip taken as one character and the
   * edited text's UTF-8 bytes taken back the same way, or, as often, any bytes.
   */
  static byte[] project(Random random) {
    if (!random.nextBoolean()) {
      return bytes(random);
    }
    byte[] edited = mutated(random, new String(PROJECT, StandardCharsets.ISO_8859_1));
    return new String(edited, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
  }

  @SeededCases(100)
  void qdpxReader(SeededCase c) throws IOException {
    Path file = Files.createTempFile("fuzz", ".qdpx");
    try {
      Files.write(file, project(c.random()));
      parses(() -> QdpxReader.of(REGISTRY, QdpxOptions.defaults()).read(file));
    } finally {
      Files.delete(file);
    }
  }
}

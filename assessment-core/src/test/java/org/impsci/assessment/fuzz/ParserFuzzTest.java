package org.impsci.assessment.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

/**
 * Arbitrary bytes and mutated valid files fed to every reader of assessment-core: each case ends
 * with a result or the library's own exception ({@link ImpsciException}, or {@link
 * UncheckedIOException} for real I/O), within a time bound. Inputs are at most a few kilobytes.
 */
class ParserFuzzTest {
  static final Duration BOUND = Duration.ofSeconds(5);

  static final String SURVEY =
      "id,site,A1,A2,A3,B1,B2,N1\nr1,X,4,5,2,3,not_relevant_role,7\nr2,\"Y\",1,,,,,\n";
  static final String SEGMENTS =
      "source,participant,role,site,start,end,text,codes,valence\n"
          + "p1.txt,P1,nurse,A,0,4,\"Time\",toy:people; toy:place.resources,barrier\n"
          + "p2.txt,P2,manager,B,0,2,ok,toy:people,\n";

  static final Instrument TOY = TestData.toyInstrument();
  static final Framework TOY_FRAMEWORK = TestData.toyFramework();
  static final Frameworks REGISTRY = Frameworks.of(List.of(TOY_FRAMEWORK));

  /** Runs a parse; returns normally for a result or the library's exception, fails otherwise. */
  static void parses(Runnable parse) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            parse.run();
          } catch (ImpsciException | UncheckedIOException expected) {
            assertThat(expected.getMessage()).isNotBlank();
          }
        });
  }

  static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  // ---- inputs ----

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
  }

  /** Values that readers often get wrong: huge, signed, special, deep or encoded oddly. */
  static final String[] TOKENS = {
    "1e400", "-1e400", "NaN", "Infinity", "-0", "0x10", "99999999999999999999", "1.5", "-1",
    "2147483648", "\uFEFF", "\uD800", "\u0000", "\"\"", "[[[[[[[[[[", "{\"a\":", "null",
    "true", "not_relevant_role", "toy:", ":", "toy:people:x", "..", "../", "<!DOCTYPE x [<!ENTITY e"
        + " SYSTEM \"file:///etc/passwd\">]>", "&e;", "<![CDATA[", "\r\n\r\n", "\t", ",,,,",
    "\u00e9", "\ud83d\ude00"
  };

  /** A valid file with a few random edits: bytes replaced, inserted, deleted or cut off. */
  static Arbitrary<byte[]> mutated(String valid) {
    byte[] base = valid.getBytes(StandardCharsets.UTF_8);
    Arbitrary<Tuple.Tuple3<Integer, Integer, Byte>> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, base.length),
                Arbitraries.oneOf(
                    Arbitraries.of((byte) ',', (byte) '"', (byte) '\n', (byte) '\r', (byte) ';',
                        (byte) ':', (byte) '{', (byte) '}', (byte) '[', (byte) '<', (byte) '>',
                        (byte) '&', (byte) 0, (byte) 0xEF, (byte) 0xFF, (byte) '-', (byte) '9'),
                    Arbitraries.bytes()))
            .as(Tuple::of);
    return edit.list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(
            edits -> {
              List<Byte> out = new ArrayList<>();
              for (byte b : base) {
                out.add(b);
              }
              for (Tuple.Tuple3<Integer, Integer, Byte> e : edits) {
                int at = Math.min(e.get2(), out.size());
                switch (e.get1()) {
                  case 0 -> out.add(at, e.get3());
                  case 1 -> {
                    if (at < out.size()) {
                      out.set(at, e.get3());
                    }
                  }
                  case 2 -> {
                    if (at < out.size()) {
                      out.remove(at);
                    }
                  }
                  case 3 -> out.subList(at, out.size()).clear();
                  default -> {
                    byte[] token =
                        TOKENS[Math.floorMod(e.get3(), TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                    for (int k = token.length - 1; k >= 0; k--) {
                      out.add(at, token[k]);
                    }
                  }
                }
              }
              byte[] b = new byte[out.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = out.get(i);
              }
              return b;
            });
  }

  @Provide
  Arbitrary<byte[]> survey() {
    return Arbitraries.oneOf(mutated(SURVEY), bytes());
  }

  @Provide
  Arbitrary<byte[]> segments() {
    return Arbitraries.oneOf(mutated(SEGMENTS), bytes());
  }

  @Provide
  Arbitrary<byte[]> instrumentJson() {
    return mutated(ImpsciJson.write(TOY));
  }

  @Provide
  Arbitrary<byte[]> frameworkJson() {
    return Arbitraries.oneOf(mutated(ImpsciJson.write(TOY_FRAMEWORK)), bytes());
  }

  @Provide
  Arbitrary<byte[]> overlayJson() {
    return Arbitraries.oneOf(mutated("{\"A1\":\"Official A1\",\"B2\":\"Official B2\"}"), bytes());
  }

  @Provide
  Arbitrary<byte[]> codebook() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    QdcCodebook.write(TOY_FRAMEWORK, out);
    return Arbitraries.oneOf(mutated(out.toString(StandardCharsets.UTF_8)), bytes());
  }

  // ---- CSV ----

  @Property(tries = 200)
  void surveyCsvReader(@ForAll("survey") byte[] input) {
    Scorer scorer = Scorer.of(TOY, ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    CsvLayout layout = CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site").build();
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> SurveyCsvReader.of(scorer, layout, mode).read(in(input), "f.csv", row -> {}));
    }
  }

  @Property(tries = 200)
  void csvRecordReader(@ForAll("survey") byte[] input) {
    parses(
        () -> {
          try (CsvRecordReader reader = CsvRecordReader.open(in(input), "f.csv", ',')) {
            while (reader.next() != null) {
              assertThat(reader.row()).isPositive();
            }
          }
        });
  }

  @Property(tries = 200)
  void segmentCsvReader(@ForAll("segments") byte[] input) {
    for (ReadMode mode : ReadMode.values()) {
      parses(
          () ->
              SegmentCsvReader.of(REGISTRY, SegmentCsvLayout.defaults(), mode)
                  .read(in(input), "s.csv", s -> {}));
    }
  }

  // ---- JSON ----

  @Property(tries = 200)
  void jsonModelTypes(@ForAll("instrumentJson") byte[] input) {
    for (Class<?> type :
        List.of(Instrument.class, Response.class, RespondentScores.class, GroupSummary.class,
            ReliabilityResult.class, ScoringRules.class, CodedSegment.class, ConstructRef.class)) {
      parses(() -> ImpsciJson.read(in(input), type, "x.json"));
      parses(() -> ImpsciJson.read(new String(input, StandardCharsets.UTF_8), type, "x.json"));
    }
    parses(() -> InstrumentLoader.load(in(input), "x.json"));
  }

  @Property(tries = 200)
  void jsonOfArbitraryBytes(@ForAll("bytes") byte[] input) {
    parses(() -> ImpsciJson.read(in(input), Instrument.class, "x.json"));
    parses(() -> InstrumentLoader.load(in(input), "x.json"));
    parses(() -> ImpsciJson.read(in(input), Response.class, "x.json"));
  }

  @Property(tries = 200)
  void frameworkLoader(@ForAll("frameworkJson") byte[] input) {
    parses(() -> FrameworkLoader.load(in(input), "f.json"));
  }

  @Property(tries = 200)
  void wordingOverlay(@ForAll("overlayJson") byte[] input) {
    parses(() -> WordingOverlay.apply(TOY, WordingOverlay.read(in(input), "w.json"), "w.json"));
  }

  // ---- QDA ----

  @Property(tries = 200)
  void qdcCodebook(@ForAll("codebook") byte[] input) {
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
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<byte[]> project() {
    return Arbitraries.oneOf(
        mutated(new String(PROJECT, StandardCharsets.ISO_8859_1))
            .map(b -> new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1)),
        bytes());
  }

  @Property(tries = 100)
  void qdpxReader(@ForAll("project") byte[] input) throws Exception {
    Path file = Files.createTempFile("fuzz", ".qdpx");
    try {
      Files.write(file, input);
      parses(() -> QdpxReader.of(REGISTRY, QdpxOptions.defaults()).read(file));
    } finally {
      Files.delete(file);
    }
  }
}

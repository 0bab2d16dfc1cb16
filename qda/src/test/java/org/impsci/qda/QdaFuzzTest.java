package org.impsci.qda;

import static org.impsci.assessment.testing.FuzzInputs.bytes;
import static org.impsci.assessment.testing.FuzzInputs.mutated;
import static org.impsci.assessment.testing.FuzzInputs.mutatedOrBytes;
import static org.impsci.assessment.testing.ReaderAssertions.parses;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;
import org.impsci.assessment.testing.ToyData;

/**
 * Arbitrary bytes and mutated valid codebooks and projects fed to the REFI-QDA readers: each case
 * ends with a result or the library's own exception ({@link ImpsciException}, or {@link
 * UncheckedIOException} for real I/O), within a time bound ({@link
 * org.impsci.assessment.testing.ReaderAssertions#parses}); cases come from fixed seeds.
 */
class QdaFuzzTest {
  static final Framework TOY_FRAMEWORK = ToyData.framework();
  static final Frameworks REGISTRY = Frameworks.of(List.of(TOY_FRAMEWORK));

  static String codebook() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QdcCodebook.write(TOY_FRAMEWORK, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static final String CODEBOOK = codebook();

  @SeededCases(200)
  void qdcCodebook(SeededCase c) {
    byte[] input = mutatedOrBytes(c.random(), CODEBOOK);
    CodebookHeader header =
        CodebookHeader.of("fuzz", "Fuzz", "1", TOY_FRAMEWORK.sources().get(0));
    parses(() -> QdcCodebook.read(new ByteArrayInputStream(input), "c.qdc", header));
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

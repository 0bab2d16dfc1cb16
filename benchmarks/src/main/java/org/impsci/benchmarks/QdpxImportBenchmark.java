package org.impsci.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.qda.QdpxOptions;
import org.impsci.qda.QdpxReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (e) Importing a REFI-QDA project of 10,000 coded selections in process (issue 16: "well under a
 * second"): 100 interview sources of about 20,000 characters, each holding an emoji every 500
 * characters, with 100 selections each, written as NVivo for Windows writes projects (UTF-16
 * positions, so every position is converted to code points), unzipped, parsed and turned into
 * codings.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class QdpxImportBenchmark {
  /** Selections in the project. */
  static final int SELECTIONS = 10_000;
  private static final int SOURCES = 100;
  private static final String CODE = "4d62f0cc-182f-44b8-a043-339c90779e9e";

  private Path project;
  private QdpxReader reader;

  /** Writes the project to a temporary file. */
  @Setup(Level.Trial)
  public void write() throws IOException {
    String text = ("x".repeat(498) + "\uD83D\uDE00").repeat(40);
    StringBuilder qde = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project name=\"Bench\""
        + " origin=\"NVivo for Windows 12.6\" xmlns=\"urn:QDA-XML:project:1.0\">\n<CodeBook><Codes>\n"
        + "<Code guid=\"" + CODE + "\" name=\"Coherence\" isCodable=\"true\" />\n</Codes></CodeBook>\n<Sources>\n");
    for (int s = 0; s < SOURCES; s++) {
      String source = guid(1, s);
      qde.append("<TextSource guid=\"").append(source).append("\" name=\"Interview ").append(s)
          .append("\" plainTextPath=\"internal://").append(source).append(".txt\">\n");
      for (int k = 0; k < SELECTIONS / SOURCES; k++) {
        int start = k * 200;
        qde.append("<PlainTextSelection guid=\"").append(guid(2, s * 1000 + k)).append("\" startPosition=\"")
            .append(start).append("\" endPosition=\"").append(start + 150).append("\"><Coding guid=\"")
            .append(guid(3, s * 1000 + k)).append("\"><CodeRef targetGUID=\"").append(CODE)
            .append("\" /></Coding></PlainTextSelection>\n");
      }
      qde.append("</TextSource>\n");
    }
    qde.append("</Sources>\n</Project>\n");
    project = Files.createTempFile("impsci-bench", ".qdpx");
    try (OutputStream out = Files.newOutputStream(project); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(qde.toString().getBytes(StandardCharsets.UTF_8));
      for (int s = 0; s < SOURCES; s++) {
        zip.putNextEntry(new ZipEntry("Sources/" + guid(1, s) + ".txt"));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
      }
    }
    reader = QdpxReader.of(Frameworks.of(List.of()), QdpxOptions.builder().ignoreUnmappedCodes(true).build());
  }

  private static String guid(int kind, int n) {
    return String.format("%08d-0000-4000-8000-%012d", kind, n);
  }

  /** Removes the project. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(project);
  }

  /**
   * Reads the whole project.
   *
   * @throws IllegalStateException if fewer codings come back, so that a broken read cannot pass as fast
   */
  @Benchmark
  public int importTenThousandSelections() {
    int codings = reader.read(project).codings().size();
    if (codings != SELECTIONS) {
      throw new IllegalStateException("read " + codings + " codings, expected " + SELECTIONS);
    }
    return codings;
  }
}

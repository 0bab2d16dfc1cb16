package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code impsci segments} on a project shaped as NVivo for Windows 12.6 writes one (attributes,
 * lower-case GUIDs, {@code internal://} paths, {@code Sources/}, no cases, UTF-16 positions; where
 * each comes from is in assessment-core's {@code QdpxRealProgramsTest}).
 */
class SegmentsCommandTest {
  /** "good" is UTF-16 6-10 and code points 5-9; "end 𠀋" UTF-16 14-20 and code points 12-17. */
  private static final String TEXT = "Ok \uD83D\uDE00 good \uD834\uDD1E end \uD840\uDC0B ok";
  private static final String SOURCE = "56a79789-d535-4fb8-bedd-a915504c54ba";
  private static final String SENSE = "4d62f0cc-182f-44b8-a043-339c90779e9e";
  private static final String INTERESTING = "5e73a1dd-293a-45c9-b154-44ad01880faf";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path project;
  private Path codes;
  private Path sources;

  private static String selection(int n, int start, int end, String... codes) {
    StringBuilder s = new StringBuilder("      <PlainTextSelection guid=\"fd960901-8191-4db1-a3dd-a91626d56c4" + n
        + "\" name=\"\" startPosition=\"" + start + "\" endPosition=\"" + end + "\">\n");
    for (int i = 0; i < codes.length; i++) {
      s.append("        <Coding guid=\"aa960901-8191-4db1-a3dd-a91626d56c").append(n).append(i)
          .append("\">\n          <CodeRef targetGUID=\"").append(codes[i]).append("\" />\n        </Coding>\n");
    }
    return s.append("      </PlainTextSelection>\n").toString();
  }

  @BeforeEach
  void nvivoProject() throws IOException {
    String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<Project xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" name=\"Untitled\" origin=\"NVivo for Windows 12.6\""
        + " basePath=\"\" xmlns=\"urn:QDA-XML:project:1.0\">\n"
        + "  <CodeBook>\n    <Codes>\n"
        + "      <Code guid=\"3c51efbb-071f-43a7-9f32-228b89668e8d\" name=\"NPT\" isCodable=\"false\">\n"
        + "        <Code guid=\"" + SENSE + "\" name=\"Making sense\" isCodable=\"true\" />\n"
        + "      </Code>\n"
        + "      <Code guid=\"" + INTERESTING + "\" name=\"Interesting\" isCodable=\"true\" />\n"
        + "    </Codes>\n  </CodeBook>\n  <Sources>\n"
        + "    <TextSource guid=\"" + SOURCE + "\" name=\"Interview 1\" richTextPath=\"internal://" + SOURCE
        + ".docx\" plainTextPath=\"internal://" + SOURCE + ".txt\">\n"
        + selection(0, 6, 10, SENSE, INTERESTING)
        + selection(1, 14, 20, SENSE)
        + "    </TextSource>\n  </Sources>\n</Project>\n";
    project = dir.resolve("nvivo.qdpx");
    try (OutputStream o = Files.newOutputStream(project); ZipOutputStream zip = new ZipOutputStream(o)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(qde.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("Sources/" + SOURCE + ".txt"));
      zip.write(TEXT.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    codes = Files.writeString(dir.resolve("codes.csv"), "code,construct\nMaking sense,npt:coherence\n");
    sources = Files.writeString(dir.resolve("sources.csv"), "source,participant,role,site\nInterview 1,P1,nurse,H01\n");
  }

  private int run(String... args) {
    CommandLine cli = Impsci.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void csvKeepsUnmappedCodingsAndReports() {
    int code = run("segments", project.toString(), "--code-map", codes.toString(), "--source-map", sources.toString());
    assertThat(code).isZero();
    // Worked by hand: the NVivo UTF-16 positions as code points, each coding a row.
    assertThat(out.toString()).isEqualTo(
        "source,participant,site,role,wave,code_path,construct,start,end,text\n"
            + "Interview 1,P1,H01,nurse,,NPT > Making sense,npt:coherence,5,9,good\n"
            + "Interview 1,P1,H01,nurse,,Interesting,,5,9,good\n"
            + "Interview 1,P1,H01,nurse,,NPT > Making sense,npt:coherence,12,17,end \uD840\uDC0B\n");
    assertThat(err.toString())
        .isEqualTo("report: 3 segments read, 2 mapped, 1 unmapped (kept), 0 warnings\n");
  }

  @Test
  void ignoreLeavesUnmappedCodingsOut() {
    int code = run("segments", project.toString(), "--code-map", codes.toString(), "--source-map",
        sources.toString(), "--unmapped", "ignore");
    assertThat(code).isZero();
    assertThat(out.toString()).doesNotContain("Interesting").contains("npt:coherence,12,17");
    assertThat(err.toString()).contains("3 segments read, 2 mapped, 1 unmapped (left out)");
  }

  @Test
  void jsonCarriesTheReport() throws IOException {
    int code = run("segments", project.toString(), "--code-map", codes.toString(), "--source-map",
        sources.toString(), "--format", "json");
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/report/read").asInt()).isEqualTo(3);
    assertThat(json.at("/report/mapped").asInt()).isEqualTo(2);
    assertThat(json.at("/report/unmapped").asInt()).isEqualTo(1);
    assertThat(json.at("/report/origin").asText()).isEqualTo("NVivo for Windows 12.6");
    assertThat(json.at("/report/positionUnit").asText()).isEqualTo("UTF16_CODE_UNITS");
    assertThat(json.at("/segments/1/codePath/0").asText()).isEqualTo("Interesting");
    assertThat(json.at("/segments/1/construct").isNull()).isTrue();
    assertThat(json.at("/segments/2/text").asText()).isEqualTo("end \uD840\uDC0B");
    assertThat(json.at("/segments/2/participant").asText()).isEqualTo("P1");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void errorModeAndMissingPeopleFailWithNothingPrinted() {
    assertThat(run("segments", project.toString(), "--code-map", codes.toString(), "--source-map",
        sources.toString(), "--unmapped", "error")).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("impsci: nvivo.qdpx!project.qde")
        .contains("code 'Interesting' maps to no construct");
    assertThat(out.toString()).isEmpty();

    err.getBuffer().setLength(0);
    assertThat(run("segments", project.toString(), "--code-map", codes.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no participant, role and site for source 'Interview 1'");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void thePositionUnitCanBeSet() {
    // Read as code points, UTF-16 6-10 is "ood " (see assessment-core's QdpxRealProgramsTest).
    assertThat(run("segments", project.toString(), "--code-map", codes.toString(), "--source-map",
        sources.toString(), "--unmapped", "ignore", "--position-unit", "code-points")).isZero();
    assertThat(out.toString()).contains("npt:coherence,6,10,ood \n");
    assertThat(run("segments", project.toString(), "--position-unit", "bytes")).isEqualTo(2);
    assertThat(err.toString()).contains("--position-unit must be code-points or utf-16, got 'bytes'");
  }
}

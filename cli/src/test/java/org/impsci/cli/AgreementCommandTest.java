package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impsci agreement} on two coders' projects of one 1,000-character interview, one written
 * as NVivo for Windows 12.6 writes projects (UTF-16 positions, {@code Sources/}, lower-case GUIDs)
 * and one as MAXQDA 24 does (upper-case GUIDs, {@code sources/}); where each convention comes
 * from is in assessment-core's {@code QdpxRealProgramsTest}. The figures are those worked by hand
 * in assessment-core's {@code CodingAgreementTest}: coherence 0-150 against 100-200 (agreement
 * 0.85, kappa 70/220, segments 25% apart), reflexive monitoring 300-400 against 305-400
 * (agreement 0.995, kappa 171/176, segments 95% alike).
 */
class AgreementCommandTest {
  private static final String COHERENCE = "4d62f0cc-182f-44b8-a043-339c90779e9e";
  private static final String REFLEXIVE = "5e73a1dd-293a-45c9-b154-44ad91880f0f";
  private static final String SOURCE = "56a79789-d535-4fb8-bedd-a915504c54ba";

  @TempDir Path dir;
  private final CommandRun impsci = new CommandRun();
  private Path nvivo;
  private Path maxqda;

  private static String selection(int n, String code, int start, int end) {
    return "      <PlainTextSelection guid=\"fd960901-8191-4db1-a3dd-a91626d56c4" + n + "\" name=\"\" startPosition=\""
        + start + "\" endPosition=\"" + end + "\">\n        <Coding guid=\"aa960901-8191-4db1-a3dd-a91626d56c4" + n
        + "\"><CodeRef targetGUID=\"" + code + "\" /></Coding>\n      </PlainTextSelection>\n";
  }

  private static String project(String origin, String selections) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<Project name=\"Study\" origin=\"" + origin + "\" xmlns=\"urn:QDA-XML:project:1.0\">\n"
        + "  <CodeBook>\n    <Codes>\n"
        + "      <Code guid=\"3c51efbb-071f-43a7-9f32-228b89668e8d\" name=\"NPT\" isCodable=\"false\">\n"
        + "        <Code guid=\"" + COHERENCE + "\" name=\"Coherence\" isCodable=\"true\" />\n"
        + "        <Code guid=\"" + REFLEXIVE + "\" name=\"Reflexive monitoring\" isCodable=\"true\" />\n"
        + "      </Code>\n    </Codes>\n  </CodeBook>\n  <Sources>\n"
        + "    <TextSource guid=\"" + SOURCE + "\" name=\"Interview 1\" plainTextPath=\"internal://" + SOURCE
        + ".txt\">\n" + selections + "    </TextSource>\n  </Sources>\n</Project>\n";
  }

  private Path zip(String name, String qde, String folder) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(o)) {
      for (Map.Entry<String, String> e : Map.of("project.qde", qde, folder + SOURCE + ".txt", "x".repeat(1000)).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  @BeforeEach
  void twoCoders() throws IOException {
    nvivo = zip("first.qdpx", project("NVivo for Windows 12.6",
        selection(0, COHERENCE, 0, 150) + selection(1, REFLEXIVE, 300, 400)), "Sources/");
    String second = project("MAXQDA 24 (Release 24.7.0)",
        selection(2, COHERENCE, 100, 200) + selection(3, REFLEXIVE, 305, 400))
        .replace(COHERENCE, COHERENCE.toUpperCase()).replace(REFLEXIVE, REFLEXIVE.toUpperCase())
        .replace(SOURCE, SOURCE.toUpperCase());
    maxqda = zip("second.qdpx", second, "sources/");
  }

  @Test
  void csvPerCodeAndOverall() {
    assertThat(impsci.run("agreement", nvivo.toString(), maxqda.toString())).isZero();
    assertThat(impsci.out.toString().lines()).containsExactly(
        "sources,code,characters,both,first_only,second_only,neither,agreement,kappa,segments_first,"
            + "segments_second,matched_first,matched_second,segment_agreement",
        "1,NPT > Coherence,1000,50,100,50,800,0.85," + (70.0 / 220) + ",1,1,0,0,0.0",
        "1,NPT > Reflexive monitoring,1000,95,5,0,900,0.995," + (171.0 / 176) + ",1,1,1,1,1.0",
        // Both codes pooled: 2,000 characters (worked in CodingAgreementTest).
        "1,(all codes),2000,145,105,50,1700,0.9225," + (241.25 / 396.25) + ",2,2,1,1,0.5");
    assertThat(impsci.err.toString()).isEqualTo("report: 1 sources compared, 2 codes, 0 left out\n");
  }

  @Test
  void bySourceAndJson() throws IOException {
    assertThat(impsci.run("agreement", nvivo.toString(), maxqda.toString(), "--by-source", "--minimum-overlap", "25"))
        .isZero();
    // At 25% the coherence segments (50 of 200 characters shared) agree.
    assertThat(impsci.out.toString().lines()).element(1)
        .isEqualTo("Interview 1,NPT > Coherence,1000,50,100,50,800,0.85," + (70.0 / 220) + ",1,1,1,1,1.0");
    impsci.clear();
    assertThat(impsci.run("agreement", nvivo.toString(), maxqda.toString(), "--format", "json")).isZero();
    JsonNode json = ImpsciJson.mapper().readTree(impsci.out.toString());
    assertThat(json.path("minimumOverlap").asDouble()).isEqualTo(0.9);
    assertThat(json.path("sources").get(0).asText()).isEqualTo("Interview 1");
    assertThat(json.path("byCode").get(1).path("characters").path("kappa").asDouble()).isEqualTo(171.0 / 176);
    assertThat(json.path("overall").path("characters").path("agreement").asDouble()).isEqualTo(0.9225);
    assertThat(json.path("overall").path("segments").path("agreement").asDouble()).isEqualTo(0.5);
    assertThat(impsci.err.toString()).isEmpty();
  }

  @Test
  void aSourceOfOneCoderIsNamedOnStandardError() throws IOException {
    Path other = zip("other.qdpx", project("NVivo 14", selection(0, COHERENCE, 0, 10))
        .replace("Interview 1", "Interview 2"), "Sources/");
    assertThat(impsci.run("agreement", nvivo.toString(), other.toString())).isZero();
    assertThat(impsci.out.toString().lines()).containsExactly(
        "sources,code,characters,both,first_only,second_only,neither,agreement,kappa,segments_first,"
            + "segments_second,matched_first,matched_second,segment_agreement",
        "0,(all codes),0,0,0,0,0,,,0,0,0,0,1.0");
    assertThat(impsci.err.toString()).isEqualTo("report: 0 sources compared, 0 codes, 2 left out\n"
        + "warning: source 'Interview 1' is only in the first project; left out\n"
        + "warning: source 'Interview 2' is only in the second project; left out\n");
  }

  @Test
  void twoUsersOfOneProject() throws IOException {
    // One NVivo project coded by Ana and Ben (NVivo's <Users> and creatingUser on each coding):
    // the same selections as the two projects above, so the same figures.
    String users = "  <Users>\n    <User guid=\"aaaaaaaa-0000-4000-8000-000000000001\" name=\"Ana\" />\n"
        + "    <User guid=\"bbbbbbbb-0000-4000-8000-000000000002\" name=\"Ben\" />\n  </Users>\n";
    String qde = project("NVivo for Windows 12.6",
        selection(0, COHERENCE, 0, 150) + selection(1, REFLEXIVE, 300, 400)
            + selection(2, COHERENCE, 100, 200) + selection(3, REFLEXIVE, 305, 400))
        .replace("  <CodeBook>", users + "  <CodeBook>");
    for (int n = 0; n < 4; n++) {
      qde = qde.replace("<Coding guid=\"aa960901-8191-4db1-a3dd-a91626d56c4" + n + "\"",
          "<Coding guid=\"aa960901-8191-4db1-a3dd-a91626d56c4" + n + "\" creatingUser=\""
              + (n < 2 ? "aaaaaaaa-0000-4000-8000-000000000001" : "bbbbbbbb-0000-4000-8000-000000000002") + "\"");
    }
    Path one = zip("team.qdpx", qde, "Sources/");
    assertThat(impsci.run("agreement", one.toString(), "--coders", "Ana,Ben")).isZero();
    assertThat(impsci.out.toString().lines()).element(3)
        .isEqualTo("1,(all codes),2000,145,105,50,1700,0.9225," + (241.25 / 396.25) + ",2,2,1,1,0.5");
    impsci.clear();
    assertThat(impsci.run("agreement", one.toString(), "--coders", "Ana,Bob")).isEqualTo(2);
    assertThat(impsci.err.toString()).startsWith("impsci: no coding by 'Bob' in the project; its coders: Ana, Ben");
    impsci.clear();
    assertThat(impsci.run("agreement", one.toString())).isEqualTo(2);
    assertThat(impsci.err.toString()).startsWith(
        "impsci: give a second project, or --coders FIRST_USER,SECOND_USER to compare two users of one project");
    assertThat(impsci.out.toString()).isEmpty();
  }

  @Test
  void aMinimumOverlapOutsideZeroToAHundredIsAUsageError() {
    assertThat(impsci.run("agreement", nvivo.toString(), maxqda.toString(), "--minimum-overlap", "0")).isEqualTo(2);
    assertThat(impsci.err.toString()).startsWith(
        "impsci: --minimum-overlap must be above 0 and at most 100 (percent), got 0.0");
    assertThat(impsci.out.toString()).isEmpty();
  }
}

package org.impsci.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.testing.ToyData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects shaped as the real programs write them. Where each convention comes from:
 *
 * <ul>
 *   <li>NVivo for Windows 12.6: the {@code Project} attributes ({@code xmlns:xsd}, {@code origin=
 *       "NVivo for Windows 12.6"}, {@code basePath=""}), lower-case GUIDs, {@code richTextPath} and
 *       {@code plainTextPath} both {@code internal://GUID}, {@code name=""} on a selection and the
 *       folder {@code Sources/}: the structure of a real NVivo 12.6 export as reproduced in the
 *       QDPX archive tests of a public importer (found with the search tool, "Structure copied
 *       from a real NVivo for Windows 12.6 .qdpx export"), and QualCoder's importer
 *       ({@code refi.py}: "MAXQDA uses sources, NVIVO uses Sources"). Positions in UTF-16 code
 *       units: impsci issue 16 (a real NVivo 12.6 project with emoji).
 *   <li>NVivo for Mac: the origin {@code NVivo 12 For Mac} (a codebook header written by a public
 *       tool that imitates it) and the lower-case {@code sources/} folder (impsci issue 16).
 *   <li>MAXQDA 24: the origin {@code MAXQDA 24 (Release 24.7.0)} with {@code xmlns:xsi} and
 *       {@code xsi:schemaLocation} (public generators of MAXQDA-shaped projects), upper-case GUIDs
 *       and {@code sources/} (QualCoder's importer, above). Its position unit is not known.
 *   <li>QualCoder: the origin {@code QualCoder 4.0 Beta} ({@code app.py}: the version string, which
 *       its exporter writes as origin), {@code sources/} ({@code refi.py}: "REFI-QDA standard
 *       (section 8.1) requires the sources folder to be named sources"), {@code color} on every
 *       code, and positions as Python string indexes, that is code points ({@code refi.py} reads
 *       the coded text as {@code fulltext[pos0:pos1]}).
 *   <li>ATLAS.ti: the project file named after the project ({@code <name>.qde}) instead of
 *       {@code project.qde} (QualCoder issue 1369, from a real ATLAS.ti export); its origin string
 *       as {@code PositionUnit}'s test has it. Its position unit is not known.
 * </ul>
 *
 * <p>The text holds three characters outside the Basic Multilingual Plane: an emoji (U+1F600),
 * a musical symbol (U+1D11E) and a CJK ideograph of Extension B (U+2000B). Counted by hand, each
 * character's code point index / UTF-16 index:
 *
 * <pre>
 * O 0/0  k 1/1  _ 2/2  😀 3/3-4  _ 4/5  g 5/6  o 6/7  o 7/8  d 8/9  _ 9/10  𝄞 10/11-12  _ 11/13
 * e 12/14  n 13/15  d 14/16  _ 15/17  𠀋 16/18-19  _ 17/20  o 18/21  k 19/22    length 20 / 23
 * </pre>
 *
 * so "good" is code points 5-9 or UTF-16 6-10, "end 𠀋" 12-17 or 14-20, "😀" 3-4 or 3-5 and the
 * final "ok" 18-20 or 21-23.
 */
class QdpxRealProgramsTest {
  static final String TEXT = "Ok \uD83D\uDE00 good \uD834\uDD1E end \uD840\uDC0B ok";
  private static final String SOURCE_GUID = "56a79789-d535-4fb8-bedd-a915504c54ba";
  private static final String SKILLS = "4d62f0cc-182f-44b8-a043-339c90779e9e";

  @TempDir Path dir;

  private final Frameworks registry = Frameworks.of(List.of(ToyData.framework()));
  private final QdpxOptions byMapping =
      QdpxOptions.builder().putSources("Interview 1", SourceAttribution.of("P1", "nurse", "A")).build();

  private static String selection(int n, int start, int end) {
    return "      <PlainTextSelection guid=\"fd960901-8191-4db1-a3dd-a91626d56c4" + n + "\" name=\"\""
        + " startPosition=\"" + start + "\" endPosition=\"" + end + "\">\n"
        + "        <Coding guid=\"aa960901-8191-4db1-a3dd-a91626d56c4" + n + "\">\n"
        + "          <CodeRef targetGUID=\"" + SKILLS + "\" />\n"
        + "        </Coding>\n"
        + "      </PlainTextSelection>\n";
  }

  /** An NVivo-shaped project.qde with selections given as (start, end) pairs. */
  static String nvivo(String origin, int... positions) {
    StringBuilder selections = new StringBuilder();
    for (int i = 0; i < positions.length; i += 2) {
      selections.append(selection(i / 2, positions[i], positions[i + 1]));
    }
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<Project xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" name=\"Untitled\" origin=\"" + origin
        + "\" creatingUserGUID=\"f93ad076-5ca1-4f46-abf4-b4b67130a6e2\" creationDateTime=\"2025-02-21T15:09:07Z\""
        + " basePath=\"\" xmlns=\"urn:QDA-XML:project:1.0\">\n"
        + "  <Users>\n    <User guid=\"8ca3a2c1-8b7a-41c3-a9dd-a8fb46caa645\" name=\"Coder\" />\n  </Users>\n"
        + "  <CodeBook>\n    <Codes>\n"
        + "      <Code guid=\"3c51efbb-071f-43a7-9f32-228b89668e8d\" name=\"People\" isCodable=\"true\">\n"
        + "        <Code guid=\"" + SKILLS + "\" name=\"Skills\" isCodable=\"true\" />\n"
        + "      </Code>\n    </Codes>\n  </CodeBook>\n"
        + "  <Sources>\n"
        + "    <TextSource guid=\"" + SOURCE_GUID + "\" name=\"Interview 1\" richTextPath=\"internal://"
        + SOURCE_GUID + ".docx\" plainTextPath=\"internal://" + SOURCE_GUID + ".txt\""
        + " creationDateTime=\"2025-06-11T16:24:07Z\">\n"
        + selections
        + "    </TextSource>\n  </Sources>\n</Project>\n";
  }

  private Path archive(String name, String qde, String folder) {
    return QdpxArchives.zip(dir.resolve(name), Map.of("project.qde", qde, folder + SOURCE_GUID + ".txt", TEXT));
  }

  private static List<String> texts(QdpxImport read) {
    return read.segments().stream().map(CodedSegment::text).toList();
  }

  @Test
  void nvivoForWindowsPositionsAreUtf16CodeUnits() {
    Path file = archive("nvivo.qdpx", nvivo("NVivo for Windows 12.6", 6, 10, 14, 20, 3, 5, 21, 23), "Sources/");
    QdpxImport read = QdpxReader.of(registry, byMapping).read(file);
    assertThat(read.origin()).contains("NVivo for Windows 12.6");
    assertThat(read.positionUnit()).isEqualTo(PositionUnit.UTF16_CODE_UNITS);
    assertThat(read.warnings()).isEmpty();
    // The segments count code points (hand-worked in the class comment).
    assertThat(read.segments())
        .extracting(CodedSegment::start, CodedSegment::end, CodedSegment::text)
        .containsExactly(
            tuple(5, 9, "good"),
            tuple(12, 17, "end \uD840\uDC0B"),
            tuple(3, 4, "\uD83D\uDE00"),
            tuple(18, 20, "ok"));

    // The same positions read as code points, as impsci read every project before: shifted.
    QdpxOptions asCodePoints =
        QdpxOptions.builder().from(byMapping).positionUnit(PositionUnit.CODE_POINTS).build();
    Path three = archive("nvivo3.qdpx", nvivo("NVivo for Windows 12.6", 6, 10, 14, 20, 3, 5), "Sources/");
    assertThat(texts(QdpxReader.of(registry, asCodePoints).read(three)))
        .containsExactly("ood ", "d \uD840\uDC0B ok", "\uD83D\uDE00 ");
  }

  @Test
  void everyCodingIsListedWithItsCodePathMappedOrNot() {
    // One selection coded with Skills (under People) and with a code no construct is named
    // after; no source mapping, so nobody is known and only the unmapped coding is kept.
    String qde = nvivo("NVivo 14", 6, 10).replace("<Code guid=\"" + SKILLS + "\" name=\"Skills\" isCodable=\"true\" />",
        "<Code guid=\"" + SKILLS + "\" name=\"Skills\" isCodable=\"true\" />\n"
            + "<Code guid=\"7e0c2f44-1b6a-4c1e-9a3d-5f2b8c9d0e1f\" name=\"Hunch\" isCodable=\"true\" />")
        .replace("<CodeRef targetGUID=\"" + SKILLS + "\" />", "<CodeRef targetGUID=\"7e0c2f44-1b6a-4c1e-9a3d-5f2b8c9d0e1f\" />");
    QdpxOptions ignore = QdpxOptions.builder().ignoreUnmappedCodes(true).build();
    QdpxImport read = QdpxReader.of(registry, ignore).read(archive("hunch.qdpx", qde, "Sources/"));
    assertThat(read.segments()).isEmpty();
    assertThat(read.codings()).containsExactly(QdaCoding.builder()
        .source("Interview 1").addCodePath("People", "Hunch").start(5).end(9).text("good").build());

    QdpxImport mapped = QdpxReader.of(registry, byMapping)
        .read(archive("skills.qdpx", nvivo("NVivo 14", 6, 10), "Sources/"));
    assertThat(mapped.codings()).containsExactly(QdaCoding.builder()
        .source("Interview 1").participantId("P1").participantRole("nurse").site("A")
        .addCodePath("People", "Skills").construct(org.impsci.assessment.framework.ConstructRef.of("toy", "people.skills"))
        .start(5).end(9).text("good").build());
  }

  @Test
  void nvivoForMacWithLowerCaseSourcesFolder() {
    Path file = archive("mac.qdpx", nvivo("NVivo 12 For Mac", 6, 10), "sources/");
    assertThat(texts(QdpxReader.of(registry, byMapping).read(file))).containsExactly("good");
  }

  @Test
  void aPositionInsideASurrogatePairOrPastTheEndIsAnErrorNamingSourceAndSelection() {
    // UTF-16 position 4 is between the two halves of the emoji; 12 between those of U+1D11E.
    assertThatThrownBy(() -> QdpxReader.of(registry, byMapping)
            .read(archive("split.qdpx", nvivo("NVivo 14", 6, 10, 4, 10), "Sources/")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("split.qdpx!project.qde")
        .hasMessageContaining("Project/Sources/TextSource[1][@name='Interview 1']/PlainTextSelection[2]")
        .hasMessageContaining("splits a character outside the Basic Multilingual Plane (a surrogate pair)"
            + " in source 'Interview 1' (value '4-10')");
    assertThatThrownBy(() -> QdpxReader.of(registry, byMapping)
            .read(archive("split-end.qdpx", nvivo("NVivo 14", 6, 12), "Sources/")))
        .hasMessageContaining("PlainTextSelection[1]")
        .hasMessageContaining("(value '6-12')");
    // 23 UTF-16 code units: 24 is past the end; as code points, 21 is past the end of 20.
    assertThatThrownBy(() -> QdpxReader.of(registry, byMapping)
            .read(archive("end.qdpx", nvivo("NVivo 14", 21, 24), "Sources/")))
        .hasMessageContaining("PlainTextSelection[1]")
        .hasMessageContaining("the selection is outside the text of source 'Interview 1' (value '21-24')")
        .hasMessageContaining("0 <= start <= end <= 23 (UTF-16 code units)");
    assertThatThrownBy(() -> QdpxReader.of(registry, byMapping)
            .read(archive("qc.qdpx", nvivo("QualCoder 4.0 Beta", 18, 21), "sources/")))
        .hasMessageContaining("0 <= start <= end <= 20 (code points)");
  }

  @Test
  void qualCoderPositionsAreCodePoints() {
    Path file = archive("qualcoder.qdpx", nvivo("QualCoder 4.0 Beta", 5, 9, 12, 17, 3, 4, 18, 20), "sources/");
    QdpxImport read = QdpxReader.of(registry, byMapping).read(file);
    assertThat(read.positionUnit()).isEqualTo(PositionUnit.CODE_POINTS);
    assertThat(read.warnings()).isEmpty();
    assertThat(texts(read)).containsExactly("good", "end \uD840\uDC0B", "\uD83D\uDE00", "ok");
  }

  @Test
  void anUnknownOriginIsReadAsCodePointsWithAWarningWhereTheUnitsDiffer() {
    String maxqda = nvivo("MAXQDA 24 (Release 24.7.0)", 5, 9)
        .replace("<Project xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"",
            "<Project xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation="
                + "\"urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd\"")
        .replace(SKILLS, SKILLS.toUpperCase())
        .replace(SOURCE_GUID, SOURCE_GUID.toUpperCase());
    Path file = QdpxArchives.zip(dir.resolve("maxqda.qdpx"),
        Map.of("project.qde", maxqda, "sources/" + SOURCE_GUID.toUpperCase() + ".txt", TEXT));
    QdpxImport read = QdpxReader.of(registry, byMapping).read(file);
    assertThat(read.positionUnit()).isEqualTo(PositionUnit.CODE_POINTS);
    assertThat(texts(read)).containsExactly("good");
    assertThat(read.warnings()).containsExactly(
        "source 'Interview 1': its text holds characters outside the Basic Multilingual Plane (such"
            + " as emoji), where code points and UTF-16 code units differ, and the project's origin"
            + " ('MAXQDA 24 (Release 24.7.0)') does not say which its positions count; they were read"
            + " as code points. If the quoted text is shifted, set the position unit to UTF-16 code"
            + " units.");

    // Told the unit, the reader needs no warning; the same positions then count UTF-16 units.
    QdpxOptions utf16 = QdpxOptions.builder().from(byMapping).positionUnit(PositionUnit.UTF16_CODE_UNITS).build();
    QdpxImport told = QdpxReader.of(registry, utf16).read(file);
    assertThat(told.warnings()).isEmpty();
    assertThat(texts(told)).containsExactly(" goo");

    // Text inside the Basic Multilingual Plane counts the same either way: no warning.
    Path plain = QdpxArchives.zip(dir.resolve("plain.qdpx"),
        Map.of("project.qde", maxqda.replace(" origin=\"MAXQDA 24 (Release 24.7.0)\"", ""),
            "sources/" + SOURCE_GUID.toUpperCase() + ".txt", "Ok a good end"));
    QdpxImport bmp = QdpxReader.of(registry, byMapping).read(plain);
    assertThat(bmp.origin()).isEmpty();
    assertThat(bmp.warnings()).isEmpty();
    assertThat(texts(bmp)).containsExactly("good");
  }

  @Test
  void positionUnitsByOrigin() {
    // The origin strings as the programs write them (see the class comment).
    assertThat(PositionUnit.ofOrigin("NVivo for Windows 12.6")).contains(PositionUnit.UTF16_CODE_UNITS);
    assertThat(PositionUnit.ofOrigin(" nvivo 15")).contains(PositionUnit.UTF16_CODE_UNITS);
    assertThat(PositionUnit.ofOrigin("QualCoder 4.0 Beta")).contains(PositionUnit.CODE_POINTS);
    assertThat(PositionUnit.ofOrigin("impsci 0.1.0-SNAPSHOT")).contains(PositionUnit.CODE_POINTS);
    assertThat(PositionUnit.ofOrigin("ATLAS.ti Win 23.4.0")).isEmpty();
    assertThat(PositionUnit.ofOrigin("MAXQDA 24 (Release 24.7.0)")).isEmpty();
  }

  @Test
  void plainTextPathWithOrWithoutInternalAndEntryCaseAmbiguity() {
    String bare = nvivo("NVivo 14", 6, 10).replace("plainTextPath=\"internal://", "plainTextPath=\"");
    assertThat(texts(QdpxReader.of(registry, byMapping).read(archive("bare.qdpx", bare, "SOURCES/"))))
        .containsExactly("good");
    Path twice = QdpxArchives.zip(dir.resolve("twice.qdpx"), Map.of(
        "project.qde", nvivo("NVivo 14", 6, 10),
        "Sources/" + SOURCE_GUID + ".txt", TEXT,
        "sources/" + SOURCE_GUID + ".txt", "other"));
    assertThat(texts(QdpxReader.of(registry, byMapping).read(twice))).as("the exact name first")
        .containsExactly("good");
    Path ambiguous = QdpxArchives.zip(dir.resolve("ambiguous.qdpx"), Map.of(
        "project.qde", nvivo("NVivo 14", 6, 10),
        "sources/" + SOURCE_GUID + ".txt", TEXT,
        "SOURCES/" + SOURCE_GUID + ".txt", TEXT));
    assertThatThrownBy(() -> QdpxReader.of(registry, byMapping).read(ambiguous))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ambiguous.qdpx: several entries differ from 'Sources/" + SOURCE_GUID
            + ".txt' only in case");
  }

  @Test
  void atlasTiNamesTheProjectFileAfterTheProject() {
    // ATLAS.ti writes "<project name>.qde" instead of project.qde (QualCoder issue 1369: "The
    // QDPX import expects tempfolder/project.qde but Atlas.ti exports tempfolder/project_name.qde").
    String qde = nvivo("ATLAS.ti Win 23.4.0", 5, 9);
    Path atlas = QdpxArchives.zip(dir.resolve("atlas.qdpx"), Map.of(
        "Environmental Attitudes Interviews.qde", qde, "sources/" + SOURCE_GUID + ".txt", TEXT));
    QdpxImport read = QdpxReader.of(registry, byMapping).read(atlas);
    assertThat(read.origin()).contains("ATLAS.ti Win 23.4.0");
    assertThat(texts(read)).containsExactly("good");
    // Two project files and no project.qde: which one is meant cannot be known.
    Path two = QdpxArchives.zip(dir.resolve("two.qdpx"), Map.of(
        "A.qde", qde, "b.QDE", qde, "sources/" + SOURCE_GUID + ".txt", TEXT));
    assertThatThrownBy(() -> QdpxReader.of(registry, byMapping).read(two))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("two.qdpx: the archive has several .qde files and no project.qde")
        .hasMessageContaining("A.qde, b.QDE");
    // A .qde inside a folder is not the project file.
    Path nested = QdpxArchives.zip(dir.resolve("nested.qdpx"), Map.of(
        "old/project.qde", qde, "sources/" + SOURCE_GUID + ".txt", TEXT));
    assertThatThrownBy(() -> QdpxReader.of(registry, byMapping).read(nested))
        .hasMessageContaining("nested.qdpx: the archive has no project.qde");
  }
}

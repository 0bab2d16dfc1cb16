package org.impsci.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.impsci.assessment.ImpsciVersion;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.testing.ToyData;
import org.impsci.qda.testing.CodebookAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colours, folders ({@code isCodable="false"}) and sets of codes, read and written. */
class QdaDisplayTest {
  @TempDir Path dir;

  private static QdcImport read(String xml) {
    return QdpxArchives.codebook(xml, "in.qdc");
  }

  private static ConstructRef mine(String id) {
    return ConstructRef.of("mine", id);
  }

  @Test
  void atlasTiCodeGroupsAndColours() {
    // As ATLAS.ti 23 writes a codebook (requal's test codebook, a public REFI-QDA reader): colours
    // on codes, code groups as Sets whose MemberCode names the code by a guid attribute.
    String atlas = """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:0:4 Codebook.xsd" origin="ATLAS.ti Win 23.4.0" xmlns="urn:QDA-XML:codebook:1.0">
          <Codes>
            <Code guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="code1" color="#46AA00" isCodable="true">
              <Description>description</Description>
            </Code>
            <Code guid="B52FB733-B6AF-4B31-BB78-3E733135171A" name="code2" color="#FF7800" isCodable="true" />
          </Codes>
          <Sets>
            <Set name="code group 1" guid="ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0">
              <Description>kategorie 1</Description>
              <MemberCode guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" />
              <MemberCode guid="B52FB733-B6AF-4B31-BB78-3E733135171A" />
            </Set>
          </Sets>
        </CodeBook>
        """;
    CodeDisplay display = read(atlas).display();
    assertThat(display.colors()).containsExactly(
        Map.entry(mine("code1"), "#46AA00"), Map.entry(mine("code2"), "#FF7800"));
    assertThat(display.notCodable()).isEmpty();
    assertThat(display.sets()).containsExactly(CodeSet.builder()
        .name("code group 1").description("kategorie 1")
        .addCodes(mine("code1"), mine("code2")).build());
  }

  @Test
  void taguettesEmptySetsAndQualCodersFolders() {
    // Taguette writes upper-case GUIDs, origin "Taguette" and its version, and an empty Sets
    // element (taguette/export.py, codebook_xml); QualCoder writes a category as a code with
    // isCodable="false" and a colour on every code (src/qualcoder/refi.py).
    String taguette = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""
        + " origin=\"Taguette 1.4.1\"><Codes><Code guid=\"0F3C2B4E-5A6D-5E7F-8091-A2B3C4D5E6F7\" name=\"interesting\""
        + " isCodable=\"true\"></Code></Codes><Sets></Sets></CodeBook>";
    QdcImport t = read(taguette);
    assertThat(t.display()).isEqualTo(CodeDisplay.none());
    assertThat(t.framework().constructs()).hasSize(1);

    String qualcoder = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""
        + " origin=\"QualCoder\">\n<Codes>\n<Code guid=\"6c1f4b52-3d2e-4f80-9a71-0b5e2d3c4a11\" name=\"Barriers\" isCodable=\"false\">\n"
        + "<Code guid=\"6c1f4b52-3d2e-4f80-9a71-0b5e2d3c4a12\" name=\"Time\" isCodable=\"true\" color=\"#F5F5DC\">\n</Code>\n</Code>\n</Codes>\n</CodeBook>";
    CodeDisplay q = read(qualcoder).display();
    assertThat(q.notCodable()).containsExactly(mine("barriers"));
    assertThat(q.colors()).containsExactly(Map.entry(mine("barriers.time"), "#F5F5DC"));
  }

  @Test
  void badColoursAndSetMembersAreNamed() {
    assertThatThrownBy(() -> read("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
            + "<Code guid=\"a1\" name=\"x\" isCodable=\"true\" color=\"red\"/></Codes></CodeBook>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("in.qdc, at CodeBook/Codes/Code[1]/@color: not a colour (value 'red')");
    assertThatThrownBy(() -> read("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
            + "<Code guid=\"a1\" name=\"x\" isCodable=\"true\"/></Codes><Sets><Set guid=\"s1\" name=\"S\">"
            + "<MemberCode targetGUID=\"a9\"/></Set></Sets></CodeBook>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("in.qdc, at CodeBook/Sets/Set[1]/MemberCode[1]: set 'S' names a code that"
            + " the codebook does not have (value 'a9')");
  }

  @Test
  void aCodebookWrittenWithItsDisplayValidatesAndReadsBack() {
    Framework toy = ToyData.framework();
    CodeDisplay display = CodeDisplay.builder()
        .putColors(ConstructRef.of("toy", "people.skills"), "#46AA00")
        .addNotCodable(ConstructRef.of("toy", "people"))
        .addSets(CodeSet.builder().name("Barriers").description("What stands in the way")
            .addCodes(ConstructRef.of("toy", "place.resources"), ConstructRef.of("toy", "people.skills"))
            .build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QdcCodebook.write(toy, display, out);
    CodebookAssertions.validateCodebook(out.toByteArray());
    String xml = out.toString(StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"impsci " + ImpsciVersion.get() + "\">")
        .contains("name=\"People\" isCodable=\"false\">")
        .contains("name=\"Skills\" isCodable=\"true\" color=\"#46AA00\">");
    CodebookHeader header = CodebookHeader.of("toy", toy.name(), toy.version(), toy.sources().get(0));
    QdcImport back = QdcCodebook.readWithDisplay(
        new ByteArrayInputStream(out.toByteArray()), "toy.qdc", header);
    assertThat(back.display()).isEqualTo(display);

    CodeDisplay foreign = CodeDisplay.builder().addNotCodable(ConstructRef.of("npt", "coherence")).build();
    assertThatThrownBy(() -> QdcCodebook.write(toy, foreign, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("npt:coherence, which is not a construct id of toy");
  }

  @Test
  void aProjectWrittenWithItsDisplayValidatesAndReadsBackEqual() throws IOException {
    Frameworks registry = Frameworks.of(List.of(ToyData.framework()));
    CodeDisplay display = CodeDisplay.builder()
        .putColors(ConstructRef.of("toy", "place.resources"), "#F00")
        .addNotCodable(ConstructRef.of("toy", "place"))
        .addSets(CodeSet.of("Capacity", List.of(ConstructRef.of("toy", "people.skills"),
            ConstructRef.of("toy", "people.motivation"))))
        .build();
    Path file = dir.resolve("display.qdpx");
    try (var out = Files.newOutputStream(file)) {
      QdpxWriter.write(registry, QdpxRoundTripTest.segments(),
          Map.of("p1.txt", QdpxRoundTripTest.T1, "m2.txt", QdpxRoundTripTest.T2), display, "Toy", out);
    }
    try (ZipFile zip = new ZipFile(file.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
      byte[] qde = in.readAllBytes();
      CodebookAssertions.validateProject(qde);
      assertThat(new String(qde, StandardCharsets.UTF_8))
          .contains("origin=\"impsci " + ImpsciVersion.get() + "\"")
          .contains("<Sets><Set guid=\"" + QdaGuids.of("set", "Capacity") + "\" name=\"Capacity\"><MemberCode"
              + " targetGUID=\"" + QdaGuids.code(ConstructRef.of("toy", "people.skills")) + "\"></MemberCode>");
    }
    QdpxImport back = QdpxReader.of(registry, QdpxOptions.defaults()).read(file);
    assertThat(back.display()).isEqualTo(display);
    assertThat(back.segments()).containsExactlyElementsOf(QdpxRoundTripTest.segments());
    assertThat(back.positionUnit()).as("impsci's own origin").isEqualTo(PositionUnit.CODE_POINTS);
  }

  @Test
  void theVersionComesFromTheBuild() {
    // Filled in from the pom's version by resource filtering, never the placeholder.
    assertThat(ImpsciVersion.get()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}

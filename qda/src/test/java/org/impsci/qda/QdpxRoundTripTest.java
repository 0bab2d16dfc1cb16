package org.impsci.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.Valence;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.testing.ToyData;
import org.impsci.qda.testing.CodebookAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdpxRoundTripTest {
  static final String T1 = "I: How is it going?\nP: The nurses 😀 lack time, but the lead helps.";
  static final String T2 = "We have no budget for the tablets.";

  final Frameworks registry = Frameworks.of(List.of(ToyData.framework()));

  @TempDir Path dir;

  static CodedSegment segment(String source, String text, String quote, String... codes) {
    int start = text.codePointCount(0, text.indexOf(quote));
    return CodedSegment.builder()
        .source(source)
        .participantId("P1")
        .participantRole("nurse")
        .site("A")
        .start(start)
        .end(start + quote.codePointCount(0, quote.length()))
        .text(quote)
        .addAllCodes(List.of(codes).stream().map(c -> ConstructRef.of("toy", c)).toList())
        .build();
  }

  static List<CodedSegment> segments() {
    return List.of(
        CodedSegment.builder().from(segment("p1.txt", T1, "😀 lack time", "people.skills", "place.resources"))
            .valence(Valence.BARRIER)
            .memo("time pressure, with an emoji before it").build(),
        CodedSegment.builder().from(segment("p1.txt", T1, "the lead helps", "people.motivation"))
            .valence(Valence.FACILITATOR)
            .wave("baseline").build(),
        CodedSegment.builder().from(segment("m2.txt", T2, "no budget", "place"))
            .participantId("M2")
            .participantRole("manager")
            .site("B").build());
  }

  Path write(List<CodedSegment> segments) {
    Path file = dir.resolve("project.qdpx");
    QdpxWriter.write(registry, segments, Map.of("p1.txt", T1, "m2.txt", T2), "Toy study", file);
    return file;
  }

  @Test
  void writtenProjectValidatesAndReadsBackToEqualSegments() throws IOException {
    Path file = write(segments());
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThat(zip.stream().map(ZipEntry::getName))
          .containsExactly(
              "project.qde",
              "Sources/" + QdpxWriter.sourceGuid("p1.txt") + ".txt",
              "Sources/" + QdpxWriter.sourceGuid("m2.txt") + ".txt");
      try (InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
        byte[] qde = in.readAllBytes();
        CodebookAssertions.validateProject(qde);
        // The project's codebook describes each code as a .qdc does: own sources and aliases too.
        assertThat(new String(qde, StandardCharsets.UTF_8))
            .contains(
                "Source: Roe 2023, p. 4\nimpsci sources [{\"citation\":\"Roe 2023\",\"locator\":\"p. 4\"}]"
                    + "\nimpsci code toy:place, kind domain<")
            .contains("impsci aliases [\"PS\",\"abilities\"]\nimpsci code toy:people.skills,");
      }
    }
    QdpxImport back = QdpxReader.of(registry, QdpxOptions.defaults()).read(file);
    assertThat(back.segments()).containsExactlyElementsOf(segments());
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(QdpxReader.of(registry, QdpxOptions.defaults()).read(in, "upload.qdpx"))
          .isEqualTo(back);
    }
    assertThat(back.ignoredCodes()).isEmpty();
    byte[] first = Files.readAllBytes(file);
    assertThat(Files.readAllBytes(write(segments()))).as("reproducible").isEqualTo(first);
  }

  @Test
  void writerChecksTextsAndCodes() {
    CodedSegment wrongQuote = CodedSegment.builder().from(segments().get(2)).text("no budgie").build();
    assertThatThrownBy(() -> write(List.of(wrongQuote)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("segment 1 (source 'm2.txt')")
        .hasMessageContaining("quoted text differs");
    CodedSegment noText = CodedSegment.builder().from(segments().get(2)).source("other.txt").build();
    assertThatThrownBy(() -> write(List.of(noText))).hasMessageContaining("no text was given");
  }

  @Test
  void readsAForeignProjectWithInlineTextMappingsAndCases() throws IOException {
    String qde =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="From another program">
          <CodeBook><Codes>
            <Code guid="aaaaaaaa-0000-0000-0000-000000000001" name="Skills" isCodable="true"/>
            <Code guid="aaaaaaaa-0000-0000-0000-000000000002" name="Cash" isCodable="true"/>
            <Code guid="aaaaaaaa-0000-0000-0000-000000000003" name="Interesting" isCodable="true"/>
          </Codes></CodeBook>
          <Variables>
            <Variable guid="bbbbbbbb-0000-0000-0000-000000000001" name="Site" typeOfVariable="Text"/>
            <Variable guid="bbbbbbbb-0000-0000-0000-000000000002" name="Role" typeOfVariable="Text"/>
          </Variables>
          <Cases>
            <Case guid="cccccccc-0000-0000-0000-000000000001" name="P7">
              <VariableValue><VariableRef targetGUID="bbbbbbbb-0000-0000-0000-000000000001"/><TextValue>C</TextValue></VariableValue>
              <VariableValue><VariableRef targetGUID="bbbbbbbb-0000-0000-0000-000000000002"/><TextValue>doctor</TextValue></VariableValue>
              <SourceRef targetGUID="dddddddd-0000-0000-0000-000000000001"/>
            </Case>
          </Cases>
          <Sources>
            <TextSource guid="dddddddd-0000-0000-0000-000000000001" name="Interview 7">
              <PlainTextContent>Skilled staff, little cash.</PlainTextContent>
              <PlainTextSelection guid="eeeeeeee-0000-0000-0000-000000000001" startPosition="0" endPosition="13">
                <Coding guid="ffffffff-0000-0000-0000-000000000001"><CodeRef targetGUID="aaaaaaaa-0000-0000-0000-000000000001"/></Coding>
                <Coding guid="ffffffff-0000-0000-0000-000000000002"><CodeRef targetGUID="aaaaaaaa-0000-0000-0000-000000000003"/></Coding>
              </PlainTextSelection>
              <PlainTextSelection guid="eeeeeeee-0000-0000-0000-000000000002" startPosition="15" endPosition="26">
                <Coding guid="ffffffff-0000-0000-0000-000000000003"><CodeRef targetGUID="AAAAAAAA-0000-0000-0000-000000000002"/></Coding>
              </PlainTextSelection>
            </TextSource>
          </Sources>
        </Project>
        """;
    CodebookAssertions.validateProject(qde.getBytes(StandardCharsets.UTF_8));
    Path file = QdpxArchives.zip(dir.resolve("foreign.qdpx"), Map.of("project.qde", qde));
    String mapping = "code,construct\nCash,toy:place.resources\n";
    QdpxOptions options =
        QdpxOptions.builder()
            .putAllCodeMapping(QdaMappings.readCodeMapping(
                new ByteArrayInputStream(mapping.getBytes(StandardCharsets.UTF_8)), "codes.csv", registry))
            .ignoreUnmappedCodes(true)
            .build();
    QdpxImport read = QdpxReader.of(registry, options).read(file);
    // "Skills" matches the toy construct's label; "Cash" is mapped; "Interesting" is left out.
    assertThat(read.segments())
        .extracting(s -> s.codes().toString(), CodedSegment::text, CodedSegment::participantId,
            CodedSegment::participantRole, CodedSegment::site)
        .containsExactly(
            tuple("[toy:people.skills]", "Skilled staff", "P7", "doctor", "C"),
            tuple("[toy:place.resources]", "little cash", "P7", "doctor", "C"));
    assertThat(read.ignoredCodes()).containsExactly("Interesting");

    assertThatThrownBy(() -> QdpxReader.of(registry, QdpxOptions.defaults()).read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("foreign.qdpx!project.qde")
        .hasMessageContaining("Coding[2]/CodeRef")
        .hasMessageContaining("code 'Interesting' maps to no construct");

    String sources = "source,participant,role,site,wave\nInterview 7,P8,nurse,D,2\n";
    QdpxOptions bySourceFile =
        QdpxOptions.builder().from(options)
            .sources(QdaMappings.readSourceMapping(
                new ByteArrayInputStream(sources.getBytes(StandardCharsets.UTF_8)), "sources.csv")).build();
    assertThat(QdpxReader.of(registry, bySourceFile).read(file).segments())
        .allSatisfy(s -> {
          assertThat(s.participantId()).isEqualTo("P8");
          assertThat(s.wave()).contains("2");
        });
  }
}

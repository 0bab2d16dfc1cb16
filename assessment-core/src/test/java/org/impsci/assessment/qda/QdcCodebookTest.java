package org.impsci.assessment.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.TestData;
import org.impsci.assessment.testing.CodebookAssertions;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.junit.jupiter.api.Test;

class QdcCodebookTest {
  private static final CodebookHeader HEADER =
      CodebookHeader.of("mine", "My codes", "1", Source.of("Me 2025", "10.1000/me", "p. 1"));

  @Test
  void toyCodebookValidatesAndRoundTrips() {
    Framework toy = TestData.toyFramework();
    String xml = new String(CodebookAssertions.assertCodebookRoundTrips(toy), StandardCharsets.UTF_8);
    // Nested as in the tree, with the citation of the construct or else of the framework.
    assertThat(xml)
        .contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"impsci\"><Codes><Code guid=")
        .contains("name=\"Place\"")
        .contains("Source: Roe 2023, p. 4\nimpsci code toy:place, kind domain")
        .contains("Source: Doe and Roe 2024, doi:10.1000/toy.2024, Table 1\nimpsci code toy:people.skills");
  }

  @Test
  void guidsAreNameBasedAndStable() {
    String expected =
        UUID.nameUUIDFromBytes("impsci:code:toy:people".getBytes(StandardCharsets.UTF_8)).toString();
    assertThat(QdaGuids.code(ConstructRef.of("toy", "people"))).isEqualTo(expected);
    assertThat(UUID.fromString(expected).version()).isEqualTo(3);
  }

  @Test
  void importsAForeignCodebookMakingIdsFromNames() {
    String qdc =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
          <Codes>
            <Code guid="{9F8E7D6C-5B4A-3210-FEDC-BA9876543210}" name="Leadership &amp; Culture" isCodable="true">
              <Description>How leaders shape the ward.</Description>
              <Code guid="11111111-2222-3333-4444-555555555555" name="Support" isCodable="true"/>
              <Code guid="11111111-2222-3333-4444-666666666666" name="Support" isCodable="true"/>
            </Code>
            <Code guid="11111111-2222-3333-4444-777777777777" name="Money" isCodable="true"/>
          </Codes>
        </CodeBook>
        """;
    CodebookAssertions.validateCodebook(qdc.getBytes(StandardCharsets.UTF_8));
    Framework f = read(qdc);
    assertThat(f.id()).isEqualTo("mine");
    assertThat(f.constructs())
        .extracting(c -> c.id(), c -> c.parent().orElse(""), c -> c.order(), c -> c.definition())
        .containsExactly(
            tuple("leadership-culture", "", 1, "How leaders shape the ward."),
            tuple("leadership-culture.support", "leadership-culture", 1, "Support"),
            tuple("leadership-culture.support-2", "leadership-culture", 2, "Support"),
            tuple("money", "", 2, "Money"));
    assertThat(f.children("leadership-culture")).hasSize(2);
  }

  @Test
  void externalEntityIsRefused() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
          <Code guid="11111111-2222-3333-4444-555555555555" name="&xxe;" isCodable="true"/>
        </Codes></CodeBook>
        """;
    assertThatThrownBy(() -> read(xxe))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mine.qdc, line 2")
        .hasMessageContaining("DOCTYPE")
        .hasMessageContaining("external entities are refused");
  }

  @Test
  void brokenXmlAndBadCodesAreNamed() {
    assertThatThrownBy(() -> read("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes></CodeBook>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mine.qdc, line 1")
        .hasMessageContaining("malformed XML");
    assertThatThrownBy(() -> read("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>"))
        .hasMessageContaining("the root element is not a CodeBook");
    assertThatThrownBy(
            () -> read("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"a\" isCodable=\"true\"/></Codes></CodeBook>"))
        .hasMessageContaining("at CodeBook/Codes/Code[1]: a Code has no guid");
  }

  private static Framework read(String xml) {
    return QdcCodebook.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "mine.qdc", HEADER);
  }
}

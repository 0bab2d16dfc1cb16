package org.impsci.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.coding.CodingFrame;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.testing.ToyData;
import org.impsci.qda.testing.CodebookAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QdcCodebookTest {
  private static final CodebookHeader HEADER =
      CodebookHeader.of("mine", "My codes", "1", Source.of("Me 2025", "10.1000/me", "p. 1"));

  @Test
  void toyCodebookValidatesAndRoundTrips() {
    Framework toy = ToyData.framework();
    String xml = new String(CodebookAssertions.assertCodebookRoundTrips(toy), StandardCharsets.UTF_8);
    // Nested as in the tree, with the citation of the construct or else of the framework.
    assertThat(xml)
        // The origin names impsci and its version, as every real program's export does.
        .contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"impsci "
            + org.impsci.assessment.ImpsciVersion.get() + "\"><Codes><Code guid=")
        .contains("name=\"Place\"")
        .contains("Source: Roe 2023, p. 4\n")
        .contains("Source: Doe and Roe 2024, doi:10.1000/toy.2024, Table 1\nimpsci code toy:people,");
  }

  @Test
  void toyConstructsKeepTheirOwnSourcesAndAliasesNotTheFrameworks() {
    Framework toy = ToyData.framework();
    String xml = new String(CodebookAssertions.assertCodebookRoundTrips(toy), StandardCharsets.UTF_8);
    // Place cites Roe 2023 itself; People has no sources of its own, so its Source line shows the
    // framework's and no impsci sources line follows; Skills has aliases and no sources.
    assertThat(xml)
        .contains(
            "Source: Roe 2023, p. 4\nimpsci sources [{\"citation\":\"Roe 2023\",\"locator\":\"p. 4\"}]"
                + "\nimpsci code toy:place, kind domain<")
        .contains(
            "Those who carry out the change and those it affects.\n\n"
                + "Source: Doe and Roe 2024, doi:10.1000/toy.2024, Table 1\n"
                + "impsci code toy:people, kind domain<")
        .contains(
            "Source: Doe and Roe 2024, doi:10.1000/toy.2024, Table 1\n"
                + "impsci aliases [\"PS\",\"abilities\"]\nimpsci code toy:people.skills, kind construct<");
    Framework back = read(xml);
    assertThat(back.require("people").sources()).isEmpty();
    assertThat(back.require("place").sources())
        .containsExactly(Source.builder().citation("Roe 2023").locator("p. 4").build());
    assertThat(back.require("people.skills").aliases()).containsExactly("PS", "abilities");
    assertThat(back.require("PM").id()).isEqualTo("people.motivation");
  }

  /** A one-construct framework whose construct's texts hold what a line format could trip on. */
  static Framework tricky() {
    Construct c =
        Construct.builder()
            .id("barriers.time")
            .label("Time & \"space\" <für> all")
            .definition("Lack of time; see \"Source: \" below.\n\nSource: not this one, a quote")
            .kind("theme")
            .order(1)
            .addSources(
                Source.of(
                    "O'Brien, Ä. & \"Núñez\"; Smith, J.\nsecond line \\ back-slash, 名前 [1]",
                    "10.1000/a;b,c\"d", "Table 2, row \"3\"; p. 4\r\nimpsci code fake:x, kind y"),
                Source.builder().citation("impsci sources [] – Zürich 2021\t(tab)").build())
            .addAliases("\"quoted\", with comma", "naïve; 名前", "impsci aliases [\"x\"]")
            .build();
    return Framework.builder()
        .id("mine")
        .name("My codes")
        .version("1")
        .addSources(Source.of("Me 2025", "10.1000/me", "p. 1"))
        .addConstructs(c)
        .build();
  }

  @Test
  void trickyCitationsAndAliasesRoundTripExactly() {
    Framework f = tricky();
    CodebookAssertions.assertCodebookRoundTrips(f);
    Construct c = f.constructs().get(0);
    String description = CodesXml.description(CodingFrame.of(f).codes().get(0), c);
    // The definition as it is, the citation on one line (its line breaks as spaces), one JSON
    // line each for the construct's sources and aliases, and the code line last.
    assertThat(description.split("\n", -1))
        .containsExactly(
            "Lack of time; see \"Source: \" below.",
            "",
            "Source: not this one, a quote",
            "",
            "Source: O'Brien, Ä. & \"Núñez\"; Smith, J. second line \\ back-slash, 名前 [1],"
                + " doi:10.1000/a;b,c\"d, Table 2, row \"3\"; p. 4 impsci code fake:x, kind y;"
                + " impsci sources [] – Zürich 2021\t(tab)",
            "impsci sources [{\"citation\":\"O'Brien, Ä. & \\\"Núñez\\\"; Smith, J.\\nsecond line"
                + " \\\\ back-slash, 名前 [1]\",\"doi\":\"10.1000/a;b,c\\\"d\",\"locator\":\"Table 2,"
                + " row \\\"3\\\"; p. 4\\r\\nimpsci code fake:x, kind y\"},{\"citation\":\"impsci"
                + " sources [] – Zürich 2021\\t(tab)\"}]",
            "impsci aliases [\"\\\"quoted\\\", with comma\",\"naïve; 名前\",\"impsci aliases"
                + " [\\\"x\\\"]\"]",
            "impsci code mine:barriers.time, kind theme");
    Construct back = read(export(f)).constructs().get(0);
    assertThat(back).isEqualTo(c);
  }

  @Test
  void anOldExportWithoutSourcesAndAliasesLinesReadsAsBefore() {
    Framework toy = ToyData.framework();
    String old = export(toy).replaceAll("\nimpsci (sources|aliases) [^\n<]*", "");
    assertThat(old).doesNotContain("impsci sources").doesNotContain("impsci aliases");
    Framework back = read(old);
    assertThat(CodingFrame.treeOrder(back))
        .containsExactlyElementsOf(
            CodingFrame.treeOrder(toy).stream()
                .map(c -> (Construct) Construct.builder().from(c).sources(List.of()).aliases(List.of()).build())
                .toList());
  }

  @Test
  void theImpsciLinesMayComeInAnyOrderAndEndWithCarriageReturns() {
    String qdc =
        codebook(
            "The setting.&#13;\n\nSource: Roe 2023, p. 4&#13;\nimpsci code toy:place, kind domain&#13;\n"
                + "impsci aliases [\"PL\"]&#13;\nimpsci sources []  \n\n");
    Construct place = read(qdc).constructs().get(0);
    assertThat(place.id()).isEqualTo("place");
    assertThat(place.kind()).isEqualTo("domain");
    assertThat(place.definition()).isEqualTo("The setting.");
    assertThat(place.aliases()).containsExactly("PL");
    assertThat(place.sources()).isEmpty();
  }

  static Stream<Arguments> malformedImpsciLines() {
    String code = "impsci code toy:place, kind domain";
    return Stream.of(
        Arguments.of(
            "impsci sources [{\"citation\":\"Roe 2023\",\"doi\":\"https://doi.org/10.1/x\"}]\n" + code,
            "the impsci sources line is not a valid JSON array at [0]: DOI must start with '10.'"),
        Arguments.of(
            "impsci sources [{\"citation\":\"Roe 2023\",\"page\":4}]\n" + code,
            "the impsci sources line is not a valid JSON array at [0].page: unknown property 'page'"),
        Arguments.of(
            "impsci sources [{\"locator\":\"p. 4\"}]\n" + code,
            "the impsci sources line is not a valid JSON array at [0]: "),
        Arguments.of(
            "impsci sources {\"citation\":\"Roe 2023\"}\n" + code,
            "the impsci sources line is not a valid JSON array: expected an array, found an object"),
        Arguments.of(
            "impsci sources [{\"citation\":\"Roe 2023\"}\n" + code,
            "the impsci sources line is not a valid JSON array"),
        Arguments.of(
            "impsci sources Roe 2023, p. 4\n" + code,
            "the impsci sources line is not a valid JSON array"),
        Arguments.of(
            "impsci sources\n" + code,
            "the impsci sources line is not a valid JSON array: the input is empty"),
        Arguments.of(
            "impsci aliases null\n" + code,
            "the impsci aliases line is not a valid JSON array: expected an array, found null"),
        Arguments.of(
            "impsci aliases [[\"PL\"]]\n" + code,
            "the impsci aliases line is not a valid JSON array at [0]: expected text, found an array"),
        Arguments.of(
            "impsci aliases [\"PL\"]\nimpsci aliases [\"PX\"]\n" + code,
            "an impsci line is given twice (value 'impsci aliases [\"PX\"]')"),
        Arguments.of(
            code + "\nimpsci sources []\n" + code,
            "an impsci line is given twice (value '" + code + "')"),
        Arguments.of(
            "impsci aliases [\"PL\"]",
            "the description has impsci sources or aliases but no impsci code line"),
        Arguments.of(
            "impsci aliases [\"PL\"]\nimpsci code Toy:Place, kind domain",
            "the impsci code line is not valid (value 'impsci code Toy:Place, kind domain')"),
        Arguments.of(
            "impsci aliases [\"PL\", \"pl\"]\n" + code,
            "the code does not make a valid construct: at aliases[1]: construct 'place' lists"
                + " alias 'pl' twice"),
        Arguments.of(
            "impsci aliases [\" \"]\n" + code,
            "the code does not make a valid construct: at aliases[0]: construct 'place' has a"
                + " blank alias"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("malformedImpsciLines")
  void aMalformedImpsciLineIsNamedWithFileAndCodePath(String lines, String problem) {
    String qdc = codebook("The setting.\n\nSource: Roe 2023, p. 4\n" + lines);
    assertThatThrownBy(() -> read(qdc))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("mine.qdc, at CodeBook/Codes/Code[1][@name='Place']")
        .hasMessageContaining(problem);
  }

  @Test
  void aSourcesLineAnywhereElseIsAnErrorNotPartOfTheDefinition() {
    String qdc =
        codebook(
            "The setting.\nimpsci sources [{\"citation\":\"Roe 2023\"}]\n\nSource: Roe 2023\n"
                + "impsci code toy:place, kind domain");
    assertThatThrownBy(() -> read(qdc))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("mine.qdc, at CodeBook/Codes/Code[1][@name='Place']/Description: an"
            + " impsci sources line is not among the impsci lines at the end of the description");
  }

  @Test
  void aFrameworkRuleTheImpsciLinesBreakNamesTheCode() {
    String qdc =
        """
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
          <Code guid="11111111-2222-3333-4444-555555555555" name="Place" isCodable="true">
            <Description>The setting.\nimpsci code toy:place, kind domain</Description></Code>
          <Code guid="11111111-2222-3333-4444-666666666666" name="People" isCodable="true">
            <Description>Who.\nimpsci aliases ["Place"]\nimpsci code toy:people, kind domain</Description></Code>
        </Codes></CodeBook>
        """;
    assertThatThrownBy(() -> read(qdc))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "mine.qdc, at CodeBook/Codes/Code[2][@name='People']: the codes do not make a valid"
                + " framework: at constructs[1].aliases[0]: alias 'Place' of construct 'people'"
                + " clashes with the id of construct 'place'");
    CodebookHeader noSources =
        CodebookHeader.builder().id("mine").name("My codes").version("1").build();
    assertThatThrownBy(
            () -> QdcCodebook.read(
                new ByteArrayInputStream(qdc.getBytes(StandardCharsets.UTF_8)), "mine.qdc",
                noSources))
        .hasMessageStartingWith("mine.qdc: the codes do not make a valid framework: at sources:");
  }

  /** A codebook of one code, Place, with this description (XML markup allowed). */
  private static String codebook(String description) {
    return "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
        + "<Code guid=\"11111111-2222-3333-4444-555555555555\" name=\"Place\" isCodable=\"true\">"
        + "<Description>" + description + "</Description></Code>"
        + "</Codes></CodeBook>";
  }

  private static String export(Framework f) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QdcCodebook.write(f, out);
    return out.toString(StandardCharsets.UTF_8);
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

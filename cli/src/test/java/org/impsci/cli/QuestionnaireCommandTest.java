package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;
import org.impsci.fhir.FhirFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impsci questionnaire}: a registered or a user's instrument as a FHIR Questionnaire in
 * JSON or XML, or its answers' CodeSystem; usage errors are one line and exit code 2. Counts are
 * those of npt-core's nomad.json (4 scales, 23 items, CO1 with 5 points and 3 Option B answers).
 */
class QuestionnaireCommandTest {
  @TempDir Path dir;
  private final CommandRun impsci = new CommandRun();

  private Questionnaire questionnaire(FhirFormat format) {
    return format.read(Questionnaire.class, stdout(), "stdout");
  }

  private InputStream stdout() {
    return new ByteArrayInputStream(impsci.out.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesNomadAsAQuestionnaireInJsonAndXml() {
    assertThat(impsci.run("questionnaire", "nomad")).as(impsci.err.toString()).isZero();
    Questionnaire json = questionnaire(FhirFormat.JSON);
    assertThat(json.getUrl()).isEqualTo("http://impsci.org/fhir/Questionnaire/nomad");
    assertThat(json.getItem()).hasSize(7);
    assertThat(json.getItem().get(0).getItem().get(0).getAnswerOption()).hasSize(8);
    assertThat(impsci.err.toString()).isEmpty();

    impsci.clear();
    assertThat(impsci.run("questionnaire", "nomad", "--format", "xml", "--canonical-base", "https://example.org/fhir")).isZero();
    assertThat(impsci.out.toString()).startsWith("<Questionnaire xmlns=\"http://hl7.org/fhir\">");
    assertThat(questionnaire(FhirFormat.XML).getUrl()).isEqualTo("https://example.org/fhir/Questionnaire/nomad");
  }

  @Test
  void writesPcatAsAGroupPerItemWithDirectionEffectAndComment() {
    // The form is the fhir module's (QuestionnaireExportTest checks every part); here the command
    // picks it: 14 groups, item 1's three questions.
    assertThat(impsci.run("questionnaire", "pcat")).as(impsci.err.toString()).isZero();
    Questionnaire pcat = questionnaire(FhirFormat.JSON);
    assertThat(pcat.getItem()).hasSize(14);
    assertThat(pcat.getItemFirstRep().getItem()).extracting(i -> i.getLinkId())
        .containsExactly("1.direction", "1.effect", "1.comment");
  }

  @Test
  void writesTheCodeSystemsOfAnswersAndScales() {
    assertThat(impsci.run("questionnaire", "nomad", "--resource", "answers")).isZero();
    CodeSystem answers = FhirFormat.JSON.read(CodeSystem.class, stdout(), "stdout");
    assertThat(answers.getConcept()).hasSize(8);
    impsci.clear();
    assertThat(impsci.run("questionnaire", "orca", "--resource", "scales")).isZero();
    CodeSystem scales = FhirFormat.JSON.read(CodeSystem.class, stdout(), "stdout");
    assertThat(scales.getConcept()).hasSize(22);
  }

  @Test
  void aUsersInstrumentFileAndWordingOverlayAreUsed() throws IOException {
    Path toy = dir.resolve("toy.json");
    Files.writeString(
        toy,
        "{\"instrument\":{\"id\":\"toy\",\"name\":\"Toy\",\"version\":\"1\",\"items\":["
            + "{\"id\":\"Q1\",\"prompt\":\"One.\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":0,\"max\":10}}],"
            + "\"groups\":[{\"id\":\"all\",\"label\":\"All\",\"itemIds\":[\"Q1\"]}]},"
            + "\"rules\":{\"minimumAnswered\":{\"kind\":\"COUNT\",\"value\":1}}}");
    Path wording = dir.resolve("wording.json");
    Files.writeString(wording, "{\"Q1\": \"The official question one.\"}");
    assertThat(impsci.run("questionnaire", toy.toString(), "--wording", wording.toString()))
        .as(impsci.err.toString())
        .isZero();
    Questionnaire q = questionnaire(FhirFormat.JSON);
    assertThat(q.getItem().get(0).getItem().get(0).getText()).isEqualTo("The official question one.");
    assertThat(q.getItem().get(0).getItem().get(0).getType().toCode()).isEqualTo("integer");
  }

  @Test
  void unknownInstrumentsAndBadBasesAreUsageErrors() {
    assertThat(impsci.run("questionnaire", "nomadd")).isEqualTo(Impsci.USAGE);
    assertThat(impsci.err.toString().lines())
        .containsExactly(
            "impsci: unknown instrument 'nomadd'; known: aim, fim, iam, nomad, orca, orca-reduced,"
                + " oric, pcat (see 'impsci"
                + " questionnaire --help')");
    assertThat(impsci.out.toString()).isEmpty();
    impsci.clear();
    assertThat(impsci.run("questionnaire", "nomad", "--canonical-base", "impsci.org/")).isEqualTo(Impsci.USAGE);
    assertThat(impsci.err.toString().lines())
        .containsExactly(
            "impsci: --canonical-base: a canonical base is an absolute http or https URL with a"
                + " host and no query, fragment, '|' or trailing slash, such as"
                + " http://impsci.org/fhir; got 'impsci.org/' (see 'impsci questionnaire --help')");
    impsci.clear();
    assertThat(impsci.run("questionnaire", dir.resolve("none.json").toString())).isEqualTo(Impsci.USAGE);
    assertThat(impsci.err.toString()).startsWith("impsci: no such instrument file: ");
  }
}

package org.impsci.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.junit.jupiter.api.Test;

/**
 * Every registered instrument and a user's instrument as Questionnaires (that HAPI's validator
 * accepts each against base R4 is R4ValidationTest's): the items, groups and answer options are those of the bundled
 * instrument files (npt-core's nomad.json: 20 items on a labelled 1-5 scale with three Option B
 * answers, G1-G3 on 0-10 labelled at the ends; parihs-core's orca.json: 77 items on a labelled
 * 1-5 scale in 19 subscales under 3 scales; orca-reduced drops 7 items and one subscale;
 * outcomes-core's AIM, IAM, FIM and ORIC).
 */
class QuestionnaireExportTest {
  private static final QuestionnaireExport EXPORT = QuestionnaireExport.withDefaults();
  private static final String NOMAD_ANSWERS = "http://impsci.org/fhir/CodeSystem/nomad-answers";
  /** A canonical base other than the default, that R4Validator knows nomad's CodeSystems under. */
  static final String OTHER_BASE = "https://example.org/fhir";

  @Test
  void nomadHasAGroupPerScaleThenTheGeneralItemsAsIntegersFrom0To10() {
    Questionnaire q = EXPORT.questionnaire(Impsci.instrument("nomad").instrument());
    assertThat(q.getUrl()).isEqualTo("http://impsci.org/fhir/Questionnaire/nomad");
    assertThat(q.getIdElement().getIdPart()).isEqualTo("nomad");
    assertThat(q.getName()).isEqualTo("Nomad");
    assertThat(q.getVersion()).isEqualTo("2018");
    assertThat(q.getItem())
        .extracting(QuestionnaireItemComponent::getLinkId)
        .containsExactly(
            "coherence", "cognitive-participation", "collective-action", "reflexive-monitoring",
            "G1", "G2", "G3");
    assertThat(q.getItem().subList(0, 4))
        .allSatisfy(g -> assertThat(g.getType()).isEqualTo(QuestionnaireItemType.GROUP))
        .extracting(g -> g.getItem().size())
        .containsExactly(4, 4, 7, 5);
    assertThat(q.getItem().get(0).getItem())
        .extracting(QuestionnaireItemComponent::getLinkId)
        .containsExactly("CO1", "CO2", "CO3", "CO4");
    assertThat(questions(q.getItem())).hasSize(23);

    QuestionnaireItemComponent co1 = q.getItem().get(0).getItem().get(0);
    assertThat(co1.getType()).isEqualTo(QuestionnaireItemType.CHOICE);
    assertThat(co1.getText()).isEqualTo(Impsci.instrument("nomad").instrument().item("CO1").orElseThrow().prompt());
    List<Coding> options = co1.getAnswerOption().stream().map(o -> o.getValueCoding()).toList();
    assertThat(options)
        .extracting(Coding::getCode)
        .containsExactly(
            "1", "2", "3", "4", "5", "not_relevant_stage", "not_relevant_role",
            "not_relevant_intervention");
    assertThat(options).extracting(Coding::getSystem).containsOnly(NOMAD_ANSWERS);
    assertThat(options.get(0).getDisplay()).isEqualTo("strongly disagree");
    assertThat(options.get(4).getDisplay()).isEqualTo("strongly agree");
    assertThat(options.get(6).getDisplay()).isEqualTo("not relevant to my role");
    assertThat(options.subList(0, 5))
        .extracting(c -> ((DecimalType) c.getExtensionByUrl(Canonicals.ORDINAL_VALUE).getValue()).getValueAsNumber().intValue())
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(options.subList(5, 8)).allSatisfy(c -> assertThat(c.getExtension()).isEmpty());

    QuestionnaireItemComponent g1 = q.getItem().get(4);
    assertThat(g1.getType()).isEqualTo(QuestionnaireItemType.INTEGER);
    assertThat(g1.getAnswerOption()).isEmpty();
    assertThat(((IntegerType) g1.getExtensionByUrl(Canonicals.MIN_VALUE).getValue()).getValue()).isZero();
    assertThat(((IntegerType) g1.getExtensionByUrl(Canonicals.MAX_VALUE).getValue()).getValue()).isEqualTo(10);
    assertThat(q.getDerivedFrom()).extracting(d -> d.getValue())
        .contains("https://doi.org/10.1186/s12874-018-0590-y");
    assertThat(q.getCopyright()).contains("paraphrases");
  }

  @Test
  void nomadsDescriptionNarrativeAndCodeSystemsNameItsSources() {
    // Hand-written from npt-core's nomad.json: its name, version 2018, and three sources (two
    // with a DOI, the last without one), each a line "- citation, doi:DOI, locator".
    Questionnaire q = EXPORT.questionnaire(Impsci.instrument("nomad").instrument());
    String name = "NoMAD: Normalization MeAsure Development questionnaire";
    List<String> lines = q.getDescription().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .isEqualTo(name + ", exported by impsci with prompts paraphrased in impsci's own words. Sources:");
    assertThat(lines.get(1)).isEqualTo("- Rapley et al. 2018, doi:10.1186/s12874-018-0590-y");
    assertThat(lines.get(2)).isEqualTo("- Finch et al. 2018, doi:10.1186/s12874-018-0591-x, Table 3");
    assertThat(lines.get(3)).startsWith("- impsci, NomadOptions.reverseScoreCa2: ")
        .endsWith(", npt-core, NomadOptions Javadoc and describe()");
    assertThat(q.getText().getDivAsString()).contains("<p>" + name + " (nomad, version 2018)</p>");

    CodeSystem answers = EXPORT.answerCodes(Impsci.instrument("nomad").instrument());
    assertThat(answers.getIdElement().getIdPart()).isEqualTo("nomad-answers");
    assertThat(answers.getName()).isEqualTo("NomadAnswers");
    assertThat(answers.getTitle()).isEqualTo(name + ": answers");
    assertThat(answers.getVersion()).isEqualTo("2018");
    assertThat(answers.getText().getDivAsString()).contains("<p>" + name + ": answers</p>");
  }

  @Test
  void theScoreCountCodeSystemHasTheThreeCountsOfAScore() {
    // ScoreCount's documented codes and displays, under the default base.
    CodeSystem counts = EXPORT.scoreCountCodes();
    assertThat(counts.getUrl()).isEqualTo("http://impsci.org/fhir/CodeSystem/score-counts");
    assertThat(counts.getConcept())
        .extracting(c -> c.getCode() + "=" + c.getDisplay())
        .containsExactly(
            "answered=members answered", "non-substantive=items with a non-substantive answer",
            "missing=members missing");
    // The media types of FHIR's JSON and XML formats (FHIR R4, http.html#mime-type).
    assertThat(FhirFormat.JSON.mediaType()).isEqualTo("application/fhir+json");
    assertThat(FhirFormat.XML.mediaType()).isEqualTo("application/fhir+xml");
  }

  @Test
  void nomadsAnswerCodeSystemHasTheFivePointsAndThreeOptionBAnswers() {
    CodeSystem cs = EXPORT.answerCodes(Impsci.instrument("nomad").instrument());
    assertThat(cs.getUrl()).isEqualTo(NOMAD_ANSWERS);
    assertThat(cs.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.COMPLETE);
    assertThat(cs.getConcept())
        .extracting(CodeSystem.ConceptDefinitionComponent::getCode)
        .containsExactly(
            "1", "2", "3", "4", "5", "not_relevant_stage", "not_relevant_role",
            "not_relevant_intervention");
    assertThat(EXPORT.scaleCodes(Impsci.instrument("nomad").instrument()).getConcept())
        .extracting(CodeSystem.ConceptDefinitionComponent::getCode)
        .containsExactly("coherence", "cognitive-participation", "collective-action", "reflexive-monitoring");
  }

  @Test
  void orcaNestsNineteenSubscalesInThreeScalesWithFiveOptionsPerItem() {
    Questionnaire q = EXPORT.questionnaire(Impsci.instrument("orca").instrument());
    assertThat(q.getItem())
        .extracting(QuestionnaireItemComponent::getLinkId)
        .containsExactly("evidence", "context", "facilitation");
    assertThat(q.getItem()).extracting(g -> g.getItem().size()).containsExactly(4, 6, 9);
    assertThat(q.getItem().get(0).getItem())
        .extracting(QuestionnaireItemComponent::getLinkId)
        .containsExactly(
            "evidence.discord", "evidence.research", "evidence.clinical-experience",
            "evidence.patient-preferences");
    List<QuestionnaireItemComponent> questions = questions(q.getItem());
    assertThat(questions).hasSize(77);
    assertThat(questions.get(0).getLinkId()).isEqualTo("Q2a");
    assertThat(questions.get(76).getLinkId()).isEqualTo("Q20e");
    assertThat(questions).allSatisfy(i -> assertThat(i.getAnswerOption()).hasSize(5));
    assertThat(q.getName()).isEqualTo("Orca");

    Questionnaire reduced = EXPORT.questionnaire(Impsci.instrument("orca-reduced").instrument());
    assertThat(questions(reduced.getItem())).hasSize(70);
    assertThat(reduced.getItem().get(0).getItem()).hasSize(3);
    assertThat(reduced.getName()).isEqualTo("OrcaReduced");
  }

  @Test
  void outcomesCoresMeasuresAreAGroupPerScaleOfFiveOptionItems() {
    // outcomes-core's aim.json: 4 items in one scale; oric.json: 12 items, 5 + 7 in two scales;
    // every item on a labelled 1-5 scale.
    Questionnaire aim = EXPORT.questionnaire(Impsci.instrument("aim").instrument());
    assertThat(aim.getItem()).extracting(QuestionnaireItemComponent::getLinkId).containsExactly("acceptability");
    assertThat(questions(aim.getItem())).hasSize(4).allSatisfy(i -> assertThat(i.getAnswerOption()).hasSize(5));
    Questionnaire oric = EXPORT.questionnaire(Impsci.instrument("oric").instrument());
    assertThat(oric.getItem()).extracting(g -> g.getLinkId() + ":" + g.getItem().size())
        .containsExactly("change-commitment:5", "change-efficacy:7");
  }

  @Test
  void pcatIsAGroupPerItemOfDirectionEffectEnabledUnlessNeutralAndComment() {
    // Hand-worked from Robinson and Damschroder 2023 (doi:10.1186/s43058-022-00380-5), Table 1:
    // 14 items, direction 1 barrier, 2 neutral, 3 facilitator, effect 0 or 1 unless neutral,
    // a comment; the labels are barriers-core's (Pcat's direction scale). The validation of the
    // whole Questionnaire against base R4 is in the first test (pcat is registered).
    Instrument pcat = Impsci.instrument("pcat").instrument();
    Questionnaire q = EXPORT.questionnaire(pcat);
    assertThat(q.getUrl()).isEqualTo("http://impsci.org/fhir/Questionnaire/pcat");
    assertThat(q.getItem()).hasSize(14)
        .allSatisfy(g -> assertThat(g.getType()).isEqualTo(QuestionnaireItemType.GROUP));
    assertThat(q.getItem()).extracting(QuestionnaireItemComponent::getLinkId)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
    QuestionnaireItemComponent third = q.getItem().get(2);
    assertThat(third.getText()).isEqualTo(pcat.item("3").orElseThrow().prompt());
    assertThat(third.getPrefix()).isEqualTo("3");
    assertThat(third.getItem()).extracting(i -> i.getLinkId() + ":" + i.getType().toCode())
        .containsExactly("3.direction:choice", "3.effect:choice", "3.comment:text");
    String system = "http://impsci.org/fhir/CodeSystem/pcat-answers";
    assertThat(third.getItem().get(0).getAnswerOption()).extracting(o -> o.getValueCoding())
        .extracting(c -> c.getSystem() + "|" + c.getCode() + "=" + c.getDisplay())
        .containsExactly(
            system + "|direction-1=disagree: a potential barrier",
            system + "|direction-2=neutral",
            system + "|direction-3=agree: a potential facilitator");
    assertThat(third.getItem().get(0).getAnswerOption()).allSatisfy(o -> assertThat(o.getValueCoding().getExtension()).isEmpty());
    QuestionnaireItemComponent effect = third.getItem().get(1);
    assertThat(effect.getAnswerOption()).extracting(o -> o.getValueCoding().getCode() + "=" + o.getValueCoding().getDisplay())
        .containsExactly("effect-0=weak or no effect", "effect-1=strong effect");
    assertThat(effect.getEnableBehavior()).isEqualTo(Questionnaire.EnableWhenBehavior.ANY);
    assertThat(effect.getEnableWhen())
        .extracting(w -> w.getQuestion() + " " + w.getOperator().toCode() + " " + w.getAnswerCoding().getCode())
        .containsExactly("3.direction = direction-1", "3.direction = direction-3");
    assertThat(third.getItem().get(2).getAnswerOption()).isEmpty();

    assertThat(EXPORT.answerCodes(pcat).getConcept()).extracting(CodeSystem.ConceptDefinitionComponent::getCode)
        .containsExactly("direction-1", "direction-2", "direction-3", "effect-0", "effect-1");
    assertThat(EXPORT.answerCodes(pcat).getDescription()).contains("1 a potential barrier, 2 neutral");
    assertThat(EXPORT.scaleCodes(pcat).getConcept()).isEmpty();
  }

  @Test
  void aUsersInstrumentExportsAndValidates() {
    ScoredInstrument toy = Fixtures.toy();
    Questionnaire q = EXPORT.questionnaire(toy.instrument());
    assertThat(q.getItem()).extracting(QuestionnaireItemComponent::getLinkId).containsExactly("both", "Q3", "Q4");
    // Q1: labels on every point of 1-3, so a choice; Q2: 1-5 with no labels and an option
    // "dont_know", so a choice with numbers as displays; Q3: 0-10 with no labels, an integer;
    // Q4: numeric 0.5-2.5, a decimal.
    QuestionnaireItemComponent q1 = q.getItem().get(0).getItem().get(0);
    assertThat(q1.getAnswerOption()).extracting(o -> o.getValueCoding().getDisplay())
        .containsExactly("low", "middle", "high");
    QuestionnaireItemComponent q2 = q.getItem().get(0).getItem().get(1);
    assertThat(q2.getAnswerOption()).extracting(o -> o.getValueCoding().getDisplay())
        .containsExactly("1", "2", "3", "4", "5", "do not know");
    assertThat(q.getItem().get(1).getType()).isEqualTo(QuestionnaireItemType.INTEGER);
    QuestionnaireItemComponent q4 = q.getItem().get(2);
    assertThat(q4.getType()).isEqualTo(QuestionnaireItemType.DECIMAL);
    assertThat(((DecimalType) q4.getExtensionByUrl(Canonicals.MAX_VALUE).getValue()).getValueAsNumber().doubleValue()).isEqualTo(2.5);
    assertThat(EXPORT.answerCodes(toy.instrument()).getConcept())
        .extracting(c -> c.getCode() + "=" + c.getDisplay())
        .containsExactly("1=low", "2=middle", "3=high", "4=4", "5=5", "dont_know=do not know");
  }

  @Test
  void jsonAndXmlReadBackToTheSameQuestionnaire() {
    Questionnaire q = EXPORT.questionnaire(Impsci.instrument("nomad").instrument());
    for (FhirFormat format : FhirFormat.values()) {
      String text = format.write(q);
      Questionnaire back =
          format.read(Questionnaire.class, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "q");
      // Compared as JSON without the narrative, whose indentation the XML parser keeps.
      assertThat(FhirFormat.JSON.write(back.setText(null)))
          .as(format.name())
          .isEqualTo(FhirFormat.JSON.write(q.copy().setText(null)));
      assertThat(QuestionnaireExportTest.questions(back.getItem())).hasSize(23);
    }
    assertThat(FhirFormat.JSON.write(q)).startsWith("{\n  \"resourceType\": \"Questionnaire\"");
    assertThat(FhirFormat.XML.write(q)).startsWith("<Questionnaire xmlns=\"http://hl7.org/fhir\">");
  }

  @Test
  void aScaleWithTheIdOfAnItemCannotBeALinkId() {
    ScoredInstrument clash =
        Fixtures.load(
            "{\"instrument\":{\"id\":\"clash\",\"name\":\"Clash\",\"version\":\"1\",\"items\":["
                + "{\"id\":\"A\",\"prompt\":\"A.\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}}],"
                + "\"groups\":[{\"id\":\"A\",\"label\":\"A\",\"itemIds\":[\"A\"]}]},"
                + "\"rules\":{\"minimumAnswered\":{\"kind\":\"COUNT\",\"value\":1}}}");
    assertThatThrownBy(() -> EXPORT.questionnaire(clash.instrument()))
        .isInstanceOf(ImpsciException.class)
        .hasMessage(
            "instrument 'clash': scale 'A' has the id of an item, and a Questionnaire needs a"
                + " linkId of each");
  }

  @Test
  void canonicalsLieUnderTheirBase() {
    Canonicals c = Canonicals.under("https://example.org/fhir");
    assertThat(c.questionnaire("nomad")).isEqualTo("https://example.org/fhir/Questionnaire/nomad");
    assertThat(c.answers("nomad")).isEqualTo("https://example.org/fhir/CodeSystem/nomad-answers");
    assertThat(c.scales("nomad")).isEqualTo("https://example.org/fhir/CodeSystem/nomad-scales");
    assertThat(c.scoreCounts()).isEqualTo("https://example.org/fhir/CodeSystem/score-counts");
    assertThat(QuestionnaireExport.under(c).canonicals()).isSameAs(c);
    assertThat(Canonicals.defaults().base()).isEqualTo("http://impsci.org/fhir");
    for (String good : new String[] {"http://localhost:8080/fhir", "https://example.org"}) {
      assertThat(Canonicals.under(good).base()).isEqualTo(good);
    }
  }

  @Test
  void aBaseThatIsNoAbsoluteHttpUrlIsRefusedSayingWhatIsAllowed() {
    for (String bad : new String[] {
        "https://example.org/fhir/", "example.org", "ftp://x.org/a", "https://x.org/a|1", "http:///fhir",
        "https://x.org/fhir?v=1", "https://x.org/fhir#a", "https://x.org/f hir", "urn:uuid:1", ""}) {
      assertThatThrownBy(() -> Canonicals.under(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a canonical base is an absolute http or https URL with a host and no query, fragment,"
                  + " '|' or trailing slash, such as http://impsci.org/fhir; got '" + bad + "'");
    }
  }

  @Test
  void aQuestionnaireUnderAnotherBaseHasItsUrlsUnderIt() {
    QuestionnaireExport other = QuestionnaireExport.under(Canonicals.under(OTHER_BASE));
    Questionnaire q = other.questionnaire(Impsci.instrument("nomad").instrument());
    assertThat(q.getUrl()).isEqualTo("https://example.org/fhir/Questionnaire/nomad");
    assertThat(q.getItemFirstRep().getItemFirstRep().getAnswerOptionFirstRep().getValueCoding().getSystem())
        .isEqualTo("https://example.org/fhir/CodeSystem/nomad-answers");
  }

  /** The questions (items that are not groups), depth first. */
  static List<QuestionnaireItemComponent> questions(List<QuestionnaireItemComponent> items) {
    List<QuestionnaireItemComponent> found = new ArrayList<>();
    for (QuestionnaireItemComponent i : items) {
      if (i.getType() == QuestionnaireItemType.GROUP) {
        found.addAll(questions(i.getItem()));
      } else {
        found.add(i);
      }
    }
    return found;
  }
}

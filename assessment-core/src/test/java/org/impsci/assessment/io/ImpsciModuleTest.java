package org.impsci.assessment.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.impsci.assessment.TestData;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.SurveyReport;
import org.junit.jupiter.api.Test;

/**
 * A host's own mapper with {@link ImpsciModule} writes the public types as impsci's mapper does
 * (the independent reference here) and reads them back equal.
 */
class ImpsciModuleTest {
  private final ObjectMapper host = JsonMapper.builder().addModule(new ImpsciModule()).build();

  private <T> void sameAsImpsci(T value, Class<T> type) throws Exception {
    String written = host.writeValueAsString(value);
    assertThat(written).isEqualTo(ImpsciJson.write(value));
    assertThat(host.readValue(written, type)).isEqualTo(value);
  }

  @Test
  void writesAndReadsThePublicTypesAsImpsciDoes() throws Exception {
    Instrument toy = TestData.toyInstrument();
    ScoredInstrument scored =
        ScoredInstrument.of(toy, ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    Response response =
        Response.builder().respondentId("p1").putGroups("site", "X")
            .putAnswers("A1", Answer.of(4)).putAnswers("B1", Answer.nonSubstantive("not_relevant_role"))
            .build();
    // b gets no score (only a not-relevant answer): its score is an empty OptionalDouble and its
    // reason is present, so both kinds of optional are exercised.
    RespondentScores scores = scored.scorer().score(response);
    assertThat(scores.score("b").orElseThrow().score()).isEmpty();
    String csv = "id,A1,A2,A3,B1,B2,N1\n1,4,5,2,4,4,\n2,2,2,4,not_relevant_role,2,\n";
    SurveyReport report =
        SurveyAnalysis.of(
                scored.scorer(), CsvLayout.builder().respondentIdColumn("id").build(),
                ReadMode.STRICT, CaseHandling.PAIRWISE)
            .analyse(new ByteArrayInputStream(csv.getBytes(UTF_8)), "s.csv");
    sameAsImpsci(toy, Instrument.class);
    sameAsImpsci(scored, ScoredInstrument.class);
    sameAsImpsci(response, Response.class);
    sameAsImpsci(scores, RespondentScores.class);
    sameAsImpsci(report, SurveyReport.class);
    sameAsImpsci(TestData.toyFramework(), Framework.class);
    assertThat(host.writeValueAsString(scores)).doesNotContain("null");
  }

  @Test
  void withoutTheModuleAHostMapperCannotReadThem() {
    ObjectMapper bare = new ObjectMapper();
    String json = ImpsciJson.write(TestData.toyInstrument());
    assertThatThrownBy(() -> bare.readValue(json, Instrument.class))
        .isInstanceOf(Exception.class);
    assertThat(List.of(new ImpsciModule().getDependencies().iterator().next().getModuleName()))
        .containsExactly("Jdk8Module");
  }
}

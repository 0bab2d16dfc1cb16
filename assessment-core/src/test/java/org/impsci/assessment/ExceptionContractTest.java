package org.impsci.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impsci.assessment.coding.SegmentCsvLayout;
import org.impsci.assessment.coding.SegmentCsvReader;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.junit.jupiter.api.Test;

/**
 * The exception contract of docs/ARCHITECTURE.md, one rule per test: programming errors at a
 * builder are {@link IllegalArgumentException} or {@link NullPointerException}; the same rule
 * broken in a file is an {@link InvalidInputException} that says where; no message starts with
 * "unknown location" or carries Jackson's own location text; a response read from a named JSON
 * source keeps that name and the answer's path into its scoring errors. The expected messages are
 * the value types' own check texts and the location format of {@link InputLocation#toString()}.
 */
class ExceptionContractTest {
  private static final String BOTH =
      "{\"scaleId\":\"s\",\"members\":1,\"answered\":1,\"nonSubstantive\":0,\"missing\":0,"
          + "\"score\":2.0,\"reason\":\"r\"}";

  private static ScaleScore.Builder scoreAndReason() {
    return ScaleScore.builder()
        .scaleId("s").members(1).answered(1).nonSubstantive(0).missing(0).score(2.0).reason("r");
  }

  @Test
  void aMissingAttributeAtABuilderIsAnIllegalArgument() {
    assertThatThrownBy(() -> ScaleScore.builder().scaleId("s").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot build ScaleScore, some of required attributes are not set"
                + " [members, answered, nonSubstantive, missing]");
  }

  @Test
  void aNullAtABuilderIsANullPointerNamingTheAttribute() {
    assertThatThrownBy(() -> Source.builder().citation(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("citation");
  }

  @Test
  void aBrokenValueCheckAtABuilderIsAnIllegalArgument() {
    assertThatThrownBy(() -> scoreAndReason().build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale 's' needs either a score or a reason, not both or neither");
  }

  @Test
  void theSameRuleInAJsonFileIsInvalidInputNamingTheFile() {
    assertThatThrownBy(() -> ImpsciJson.read(BOTH, ScaleScore.class, "s.json"))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessage("s.json, line 1: scale 's' needs either a score or a reason, not both or neither")
        .satisfies(e -> assertThat(((InvalidInputException) e).location().source()).contains("s.json"));
  }

  @Test
  void aBrokenValueCheckInACsvRowIsInvalidInputNamingFileAndRow() {
    // CodedSegment's check: the end offset may not come before the start.
    String csv = "source,participant,role,site,start,end,text,codes\nf.txt,p1,nurse,s1,10,5,abc,toy:people\n";
    SegmentCsvReader reader =
        SegmentCsvReader.of(
            Frameworks.of(List.of(TestData.toyFramework())), SegmentCsvLayout.defaults(), ReadMode.STRICT);
    assertThatThrownBy(
            () -> reader.readAll(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "seg.csv"))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessage("seg.csv, row 2: segment of 'f.txt' at 10-5: end (5) must not be before start (10)");
  }

  @Test
  void aMessageWithoutALocationIsTheProblemAlone() {
    assertThatThrownBy(() -> ConstructRef.parse("npt"))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessage(
            "a construct reference needs exactly one ':' (value 'npt');"
                + " allowed: framework:construct, for example npt:coherence");
    assertThat(new InvalidInputException(InputLocation.unknown(), "p", "v", null))
        .hasMessage("p (value 'v')");
  }

  @Test
  void jacksonsLocationTextAndClassNamesStayOut() {
    // Jackson 2.16+ writes "[Source: REDACTED (...); line: 1, column: 1]" for the start marker.
    assertThatThrownBy(
            () -> ImpsciJson.read("{\"respondentId\": \"r1\", \"answers\": {\"A1\": 4}", Response.class, "x.json"))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessage(
            "x.json, line 1: Unexpected end-of-input: expected close marker for Object"
                + " (start marker at line 1, column 1)");
    // Jackson names the generated ImmutableResponse$Json class for an unknown field.
    assertThatThrownBy(() -> ImpsciJson.read("{\"respondentId\": \"r1\", \"x\": 1}", Response.class, "x.json"))
        .hasMessage("x.json, line 1, at x: unknown field 'x'");
    assertThatThrownBy(() -> ImpsciJson.read("[1]", Response.class, "x.json"))
        .hasMessage(
            "x.json, line 1: Cannot deserialize value of type `Response` from Array value"
                + " (token `JsonToken.START_ARRAY`)");
  }

  @Test
  void aResponseReadFromJsonKeepsItsSourceAndPathIntoScoring() {
    Scorer scorer =
        Scorer.of(
            TestData.toyInstrument(),
            ScoringRules.builder().minimumAnswered(MinimumAnswered.all()).build());
    Response outOfRange =
        ImpsciJson.read("{\"respondentId\":\"r1\",\"answers\":{\"A1\":9}}", Response.class, "x.json");
    assertThat(outOfRange.location()).isEqualTo(InputLocation.in("x.json"));
    assertThatThrownBy(() -> scorer.score(outOfRange))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessage(
            "x.json, item A1, at answers.A1: respondent 'r1': answer is not on the item's scale"
                + " (value '9'); allowed: whole numbers 1..5");
    Response unknownItem =
        ImpsciJson.read("{\"respondentId\":\"r1\",\"answers\":{\"Z9\":1}}", Response.class, "x.json");
    assertThatThrownBy(() -> scorer.score(unknownItem))
        .hasMessage(
            "x.json, item Z9, at answers.Z9: respondent 'r1': an answer to an item that instrument"
                + " 'toy' does not have (value 'Z9'); allowed: A1, A2, A3, B1, B2, N1");
    // Built in code, the same response has no source: the message names the item only.
    Response inCode = Response.builder().from(outOfRange).location(InputLocation.unknown()).build();
    assertThat(inCode).isEqualTo(outOfRange);
    assertThatThrownBy(() -> scorer.score(inCode))
        .hasMessage(
            "item A1: respondent 'r1': answer is not on the item's scale (value '9');"
                + " allowed: whole numbers 1..5");
  }
}

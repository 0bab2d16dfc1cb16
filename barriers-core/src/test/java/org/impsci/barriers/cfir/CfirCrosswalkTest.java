package org.impsci.barriers.cfir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** The bundled crosswalk: complete, well-formed, with its basis stated, and the lookups. */
class CfirCrosswalkTest {
  private final CfirCrosswalk crosswalk = CfirFrameworks.crosswalk();

  @Test
  void everyConstructOfBothVersionsAppearsInSomeRow() {
    for (Cfir2009Construct c : Cfir2009Construct.values()) {
      assertThat(crosswalk.to20(c).rows()).as(c.id()).isNotEmpty();
    }
    for (Cfir20Construct c : Cfir20Construct.values()) {
      assertThat(crosswalk.to2009(c).rows()).as(c.id()).isNotEmpty();
    }
  }

  @Test
  void onlyTheRowReadInAdditionalFile4ClaimsIt() {
    assertThat(crosswalk.source().locator()).contains("Additional file 4");
    assertThat(crosswalk.rows())
        .filteredOn(r -> r.basis() == CrosswalkBasis.ADDITIONAL_FILE_4)
        .singleElement()
        .satisfies(r -> {
          assertThat(r.from()).containsExactly(Cfir2009Construct.INTERVENTION_SOURCE);
          assertThat(r.to()).containsExactly(Cfir20Construct.INNOVATION_SOURCE);
        });
    assertThat(crosswalk.rows()).hasSize(70);
    assertThat(Arrays.stream(CrosswalkKind.values())
            .map(k -> crosswalk.rows().stream().filter(r -> r.kind() == k).count()))
        .containsExactly(31L, 5L, 3L, 28L, 3L);
  }

  @Test
  void reflectingAndEvaluatingKeepsIts2009ConstructAsItsOwnNoteSays() {
    // Row 58: the 2.0 parent carries the 2009 construct its note maps to it (an equivalent row),
    // and the 2009 construct also reaches the implementation sub-construct (row 33, a merge), so
    // both directions are lossy.
    CrosswalkRow row = crosswalk.rows().get(58);
    assertThat(row.kind()).isEqualTo(CrosswalkKind.EQUIVALENT);
    assertThat(row.from()).containsExactly(Cfir2009Construct.REFLECTING_AND_EVALUATING);
    CrosswalkResult to20 = crosswalk.to20(Cfir2009Construct.REFLECTING_AND_EVALUATING);
    assertThat(to20.to()).extracting(ConstructRef::construct).containsExactly(
        "implementation-process.reflecting-and-evaluating",
        "implementation-process.reflecting-and-evaluating.implementation");
    assertThat(to20.lossy()).isTrue();
    CrosswalkResult back = crosswalk.to2009(Cfir20Construct.of("implementation-process.reflecting-and-evaluating"));
    assertThat(back.to()).containsExactly(Cfir2009Construct.REFLECTING_AND_EVALUATING.ref());
    assertThat(back.lossy()).isTrue();
  }

  @Test
  void anEquivalentRenameIsExact() {
    CrosswalkResult r = crosswalk.to20(Cfir2009Construct.COSMOPOLITANISM);
    assertThat(r.to()).containsExactly(Cfir20Construct.PARTNERSHIPS_AND_CONNECTIONS.ref());
    assertThat(r.lossy()).isFalse();
    assertThat(crosswalk.to2009(Cfir20Construct.PARTNERSHIPS_AND_CONNECTIONS).to())
        .containsExactly(ConstructRef.parse("cfir-2009:outer-setting.cosmopolitanism"));
  }

  @Test
  void splitsMergesAndSharedTargetsAreLossy() {
    CrosswalkResult policy = crosswalk.to20(Cfir2009Construct.EXTERNAL_POLICY_AND_INCENTIVES);
    assertThat(policy.to()).hasSize(3);
    assertThat(policy.lossy()).isTrue();
    CrosswalkResult knowledge = crosswalk.to20(Cfir2009Construct.KNOWLEDGE_AND_BELIEFS);
    assertThat(knowledge.to())
        .containsExactly(Cfir20Construct.CAPABILITY.ref(), Cfir20Construct.MOTIVATION.ref());
    assertThat(knowledge.lossy()).isTrue();
    // An equivalent row whose target another 2009 construct shares: not reversible.
    CrosswalkResult leads = crosswalk.to2009(Cfir20Construct.IMPLEMENTATION_LEADS);
    assertThat(leads.to())
        .containsExactly(
            Cfir2009Construct.FORMALLY_APPOINTED_INTERNAL_IMPLEMENTATION_LEADERS.ref(),
            Cfir2009Construct.CHAMPIONS.ref());
    assertThat(crosswalk.to20(Cfir2009Construct.FORMALLY_APPOINTED_INTERNAL_IMPLEMENTATION_LEADERS)
            .lossy())
        .isTrue();
  }

  @Test
  void newAndRemovedConstructsHaveNoCounterpart() {
    CrosswalkResult teaming = crosswalk.to2009(Cfir20Construct.TEAMING);
    assertThat(teaming.to()).isEmpty();
    assertThat(teaming.lossy()).isTrue();
    assertThat(teaming.rows()).singleElement().extracting(CrosswalkRow::kind)
        .isEqualTo(CrosswalkKind.NEW);
    assertThat(crosswalk.to20(Cfir2009Construct.OTHER_PERSONAL_ATTRIBUTES).to()).isEmpty();
  }

  @Test
  void jsonRoundTripOfTheCrosswalkAndAResult() {
    String json = ImpsciJson.write(crosswalk);
    assertThat(ImpsciJson.read(json, CfirCrosswalk.class, "crosswalk")).isEqualTo(crosswalk);
    CrosswalkResult r = crosswalk.to20(Cfir2009Construct.GOALS_AND_FEEDBACK);
    assertThat(ImpsciJson.read(ImpsciJson.write(r), CrosswalkResult.class, "result")).isEqualTo(r);
  }

  @Test
  void aRowWhoseKindDoesNotFitItsSidesIsRejected() {
    String json =
        "{\"kind\":\"equivalent\",\"from\":[\"process.planning\"],"
            + "\"to\":[\"implementation-process.planning\",\"implementation-process.doing\"],"
            + "\"basis\":\"project-judgement\",\"note\":\"x\"}";
    assertThatThrownBy(() -> ImpsciJson.read(json, CrosswalkRow.class, "row.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("row.json")
        .hasMessageContaining("equivalent 1 to 1");
  }
}

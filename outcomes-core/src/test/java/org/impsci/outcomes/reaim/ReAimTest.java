package org.impsci.outcomes.reaim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RE-AIM metrics from counts; every expected value is worked by hand in the comment beside it. */
class ReAimTest {
  private static final ReAimCounts FULL =
      ReAimCounts.builder().site("P01").wave("12 months")
          .eligibleIndividuals(200).participants(50)
          .outcome("wellbeing up by 3 or more").participantsAssessed(40).participantsWithOutcome(30)
          .eligibleSettings(10).adoptingSettings(4).eligibleStaff(0).adoptingStaff(0)
          .plannedComponents(8).deliveredComponents(6).adaptations(3).cost(5000)
          .followUpMonths(6).assessedAtFollowUp(20).withOutcomeAtFollowUp(15)
          .settingsStillDelivering(3)
          .build();

  private static ReAimMetric metric(ReAimCounts counts, ReAimMeasure measure) {
    return ReAim.table(List.of(counts)).rows().get(0).metric(measure);
  }

  @Test
  void eachMetricIsItsCountsRatio() {
    // By hand: reach 50/200 = 0.25; effectiveness 30/40 = 0.75; settings 4/10 = 0.4; fidelity
    // 6/8 = 0.75; adaptations 3; cost 5000/50 = 100; individual maintenance 15/20 = 0.75 at 6
    // months (6 is enough); setting maintenance 3/4 = 0.75.
    assertThat(ReAim.metrics(FULL))
        .extracting(m -> m.measure().id(), m -> m.value().isPresent() ? m.value().getAsDouble() : null)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("reach", 0.25),
            org.assertj.core.groups.Tuple.tuple("effectiveness", 0.75),
            org.assertj.core.groups.Tuple.tuple("adoption.settings", 0.4),
            org.assertj.core.groups.Tuple.tuple("adoption.staff", null),
            org.assertj.core.groups.Tuple.tuple("implementation.fidelity", 0.75),
            org.assertj.core.groups.Tuple.tuple("implementation.adaptations", 3.0),
            org.assertj.core.groups.Tuple.tuple("implementation.cost-per-participant", 100.0),
            org.assertj.core.groups.Tuple.tuple("maintenance.individual", 0.75),
            org.assertj.core.groups.Tuple.tuple("maintenance.setting", 0.75));
    assertThat(metric(FULL, ReAimMeasure.REACH).from())
        .containsExactly(entry("participants", 50.0), entry("eligibleIndividuals", 200.0));
    assertThat(metric(FULL, ReAimMeasure.MAINTENANCE_INDIVIDUAL).from())
        .containsOnly(entry("withOutcomeAtFollowUp", 15.0), entry("assessedAtFollowUp", 20.0), entry("followUpMonths", 6.0));
    assertThat(metric(FULL, ReAimMeasure.ADAPTATIONS).from()).containsOnly(entry("adaptations", 3.0));
    assertThat(ReAimMeasure.ADOPTION_STAFF.dimension()).isEqualTo("Adoption");
  }

  @Test
  void aZeroOrMissingDenominatorLeavesTheMetricAbsentWithTheReason() {
    // eligibleStaff 0: no staff adoption, whatever the numerator.
    ReAimMetric staff = metric(FULL, ReAimMeasure.ADOPTION_STAFF);
    assertThat(staff.value()).isEmpty();
    assertThat(staff.reason()).hasValue("denominator eligibleStaff is zero");
    assertThat(staff.from()).containsOnly(entry("adoptingStaff", 0.0), entry("eligibleStaff", 0.0));

    ReAimCounts sparse = ReAimCounts.builder().site("P02").wave("12 months")
        .eligibleIndividuals(120).adoptingSettings(0).settingsStillDelivering(0)
        .assessedAtFollowUp(10).withOutcomeAtFollowUp(4).adaptations(0).cost(900)
        .build();
    assertThat(metric(sparse, ReAimMeasure.REACH).reason()).hasValue("participants not given");
    assertThat(metric(sparse, ReAimMeasure.REACH).from()).containsOnly(entry("eligibleIndividuals", 120.0));
    assertThat(metric(sparse, ReAimMeasure.EFFECTIVENESS).reason()).hasValue("participantsWithOutcome not given");
    assertThat(metric(sparse, ReAimMeasure.COST_PER_PARTICIPANT).reason()).hasValue("denominator participants not given");
    assertThat(metric(sparse, ReAimMeasure.MAINTENANCE_SETTING).reason()).hasValue("denominator adoptingSettings is zero");
    assertThat(metric(sparse, ReAimMeasure.MAINTENANCE_INDIVIDUAL).reason().orElseThrow())
        .startsWith("followUpMonths not given");
    // A count of 0 adaptations is a value, not a missing one.
    assertThat(metric(sparse, ReAimMeasure.ADAPTATIONS).value()).hasValue(0.0);

    ReAimCounts early = ReAimCounts.builder().from(sparse).followUpMonths(3).build();
    assertThat(metric(early, ReAimMeasure.MAINTENANCE_INDIVIDUAL).reason())
        .hasValue("follow-up at 3.0 months after the end, under the 6 that individual maintenance needs");
    // 6.5 months: by hand 4/10 = 0.4.
    ReAimCounts late = ReAimCounts.builder().from(sparse).followUpMonths(6.5).build();
    assertThat(metric(late, ReAimMeasure.MAINTENANCE_INDIVIDUAL).value()).hasValue(0.4);
  }

  @Test
  void theTableHasARowPerSiteAndWave() {
    ReAimCounts baseline = ReAimCounts.builder().site("P01").wave("baseline").eligibleIndividuals(200).participants(20).build();
    ReAimTable table = ReAim.table(List.of(baseline, FULL));
    assertThat(table.rows()).extracting(ReAimTable.Row::wave).containsExactly("baseline", "12 months");
    // By hand: 20/200 = 0.1 at baseline.
    assertThat(table.row("P01", "baseline").orElseThrow().metric(ReAimMeasure.REACH).value()).hasValue(0.1);
    assertThat(table.row("P09", "baseline")).isEmpty();
    assertThat(table.format().lines().toList()).containsExactly(
        "site\twave\treach\teffectiveness\tadoption.settings\tadoption.staff\timplementation.fidelity"
            + "\timplementation.adaptations\timplementation.cost-per-participant\tmaintenance.individual"
            + "\tmaintenance.setting",
        "P01\tbaseline\t0.100\t-\t-\t-\t-\t-\t-\t-\t-",
        "P01\t12 months\t0.250\t0.750\t0.400\t-\t0.750\t3.000\t100.000\t0.750\t0.750");
    assertThatThrownBy(() -> ReAim.table(List.of(FULL, FULL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site 'P01', wave '12 months' is given twice");
  }

  @Test
  void countsThatCannotBeAreRefusedNamingSiteWaveAndField() {
    assertThatThrownBy(() -> ReAimCounts.builder().site("P03").wave("w1").eligibleIndividuals(10).participants(11).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site 'P03', wave 'w1': participants (11) cannot exceed eligibleIndividuals (10)");
    assertThatThrownBy(() -> ReAimCounts.builder().site("P03").wave("w1").adaptations(-1).build())
        .hasMessage("site 'P03', wave 'w1': adaptations must be 0 or more, got -1");
    assertThatThrownBy(() -> ReAimCounts.builder().site("P03").wave("w1").cost(Double.NaN).build())
        .hasMessageContaining("cost must be a finite number of 0 or more");
    assertThatThrownBy(() -> ReAimCounts.builder().site("P03").wave("w1").followUpMonths(-2).build())
        .hasMessageContaining("followUpMonths must be a finite number of 0 or more, got -2.0");
    assertThatThrownBy(() -> ReAimMetric.builder().measure(ReAimMeasure.REACH).build())
        .hasMessageContaining("needs a value or a reason");
  }

  private static Arguments field(String name, UnaryOperator<ReAimCounts.Builder> set) {
    return Arguments.of(name, set);
  }

  static Stream<Arguments> everyCount() {
    return Stream.of(
        field("eligibleIndividuals", b -> b.eligibleIndividuals(-1)),
        field("participants", b -> b.participants(-1)),
        field("participantsAssessed", b -> b.participantsAssessed(-1)),
        field("participantsWithOutcome", b -> b.participantsWithOutcome(-1)),
        field("eligibleSettings", b -> b.eligibleSettings(-1)),
        field("adoptingSettings", b -> b.adoptingSettings(-1)),
        field("eligibleStaff", b -> b.eligibleStaff(-1)),
        field("adoptingStaff", b -> b.adoptingStaff(-1)),
        field("plannedComponents", b -> b.plannedComponents(-1)),
        field("deliveredComponents", b -> b.deliveredComponents(-1)),
        field("adaptations", b -> b.adaptations(-1)),
        field("assessedAtFollowUp", b -> b.assessedAtFollowUp(-1)),
        field("withOutcomeAtFollowUp", b -> b.withOutcomeAtFollowUp(-1)),
        field("settingsStillDelivering", b -> b.settingsStillDelivering(-1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCount")
  void aNegativeCountIsRefusedByName(String name, UnaryOperator<ReAimCounts.Builder> set) {
    assertThatThrownBy(() -> set.apply(ReAimCounts.builder().site("S").wave("W")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site 'S', wave 'W': " + name + " must be 0 or more, got -1");
  }

  static Stream<Arguments> everyPartAndWhole() {
    return Stream.of(
        Arguments.of("participants", "eligibleIndividuals",
            (UnaryOperator<ReAimCounts.Builder>) b -> b.participants(3).eligibleIndividuals(2)),
        Arguments.of("participantsAssessed", "participants",
            (UnaryOperator<ReAimCounts.Builder>) b -> b.participantsAssessed(3).participants(2)),
        Arguments.of("participantsWithOutcome", "participantsAssessed",
            (UnaryOperator<ReAimCounts.Builder>) b -> b.participantsWithOutcome(3).participantsAssessed(2)),
        Arguments.of("adoptingSettings", "eligibleSettings",
            (UnaryOperator<ReAimCounts.Builder>) b -> b.adoptingSettings(3).eligibleSettings(2)),
        Arguments.of("adoptingStaff", "eligibleStaff",
            (UnaryOperator<ReAimCounts.Builder>) b -> b.adoptingStaff(3).eligibleStaff(2)),
        Arguments.of("deliveredComponents", "plannedComponents",
            (UnaryOperator<ReAimCounts.Builder>) b -> b.deliveredComponents(3).plannedComponents(2)),
        Arguments.of("withOutcomeAtFollowUp", "assessedAtFollowUp",
            (UnaryOperator<ReAimCounts.Builder>) b -> b.withOutcomeAtFollowUp(3).assessedAtFollowUp(2)),
        Arguments.of("settingsStillDelivering", "adoptingSettings",
            (UnaryOperator<ReAimCounts.Builder>) b -> b.settingsStillDelivering(3).adoptingSettings(2)));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("everyPartAndWhole")
  void aPartLargerThanItsWholeIsRefused(
      String part, String whole, UnaryOperator<ReAimCounts.Builder> set) {
    assertThatThrownBy(() -> set.apply(ReAimCounts.builder().site("S").wave("W")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site 'S', wave 'W': " + part + " (3) cannot exceed " + whole + " (2)");
  }

  @Test
  void zeroCostAndEqualPartsAreAllowedAndInfinityIsNot() {
    ReAimCounts edge = ReAimCounts.builder().site("S").wave("W").cost(0).followUpMonths(0)
        .eligibleIndividuals(2).participants(2).build();
    // By hand: 2/2 = 1.0; a cost of 0 over 2 participants is 0.
    assertThat(metric(edge, ReAimMeasure.REACH).value()).hasValue(1.0);
    assertThat(metric(edge, ReAimMeasure.COST_PER_PARTICIPANT).value()).hasValue(0.0);
    assertThatThrownBy(() -> ReAimCounts.builder().site("S").wave("W").cost(Double.POSITIVE_INFINITY).build())
        .hasMessageContaining("cost must be a finite number of 0 or more, got Infinity");
  }

  @Test
  void countsAndMetricsReadBackFromJson() {
    assertThat(ImpsciJson.read(ImpsciJson.write(FULL), ReAimCounts.class, "t")).isEqualTo(FULL);
    ReAimMetric reach = ReAim.metrics(FULL).get(0);
    assertThat(ImpsciJson.read(ImpsciJson.write(reach), ReAimMetric.class, "t")).isEqualTo(reach);
    assertThat(ReAim.SOURCES).extracting(s -> s.doi().orElseThrow())
        .containsExactly("10.2105/AJPH.89.9.1322", "10.3389/fpubh.2019.00064");
  }
}

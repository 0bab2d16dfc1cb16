package org.impsci.barriers.pcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Team agreement against pcatR 1.0.1's {@code pcat_consensus} on the generated data set, by site
 * and timepoint: pcatr-consensus-site-timepoint.csv, written by {@code R_LIBS=/tmp/h-pcat/rlib
 * Rscript pcatr-expected.R} in src/test/resources/pcat (R 4.2.2). The five-class entropy, which
 * pcatR does not compute, is checked against values worked out by hand.
 */
class PcatAgreementTest {

  private static PcatItemSummary summary(int sb, int wb, int n, int wf, int sf, int bMissing) {
    return PcatItemSummary.builder().item(1).nAnswers(sb + wb + n + wf + sf + bMissing)
        .nRespondents(sb + wb + n + wf + sf + bMissing)
        .nValidDirection(sb + wb + n + wf + sf + bMissing).nCompleteClass(sb + wb + n + wf + sf)
        .nBarrier(sb + wb + bMissing).nNeutral(n).nFacilitator(wf + sf).nStrongBarrier(sb)
        .nWeakBarrier(wb).nNeutralComplete(n).nBarrierEffectMissing(bMissing)
        .nWeakFacilitator(wf).nStrongFacilitator(sf).nFacilitatorEffectMissing(0)
        .nInvalidOrMissing(0).build();
  }

  @Test
  void everyAgreementFigureEqualsPcatr() {
    List<String> groups = List.of("site_id", "timepoint");
    List<PcatItemSummary> summaries =
        PcatSummaries.summarise(PcatrTables.fixture("generated-long.csv"), groups);
    Map<String, Map<String, Object>> ours = new HashMap<>();
    for (PcatItemSummary s : summaries) {
      Map<String, Object> row = PcatTables.row(PcatAgreement.of(s, PcatAgreementRules.DEFAULTS));
      ours.put(row.get("site_id") + "/" + row.get("timepoint") + "/" + row.get("item_id"), row);
    }
    List<Map<String, String>> theirs = PcatrTables.read("pcatr-consensus-site-timepoint.csv");
    assertThat(theirs).hasSize(84);
    int labels = 0;
    for (Map<String, String> want : theirs) {
      String key = want.get("site_id") + "/" + want.get("timepoint") + "/" + want.get("item_id");
      Map<String, Object> got = ours.get(key);
      assertThat(got).as(key).isNotNull();
      for (String c : List.of("agreement_share", "normalized_entropy")) {
        if (want.get(c).isEmpty()) {
          assertThat(got.get(c)).as(key + c).isNull();
        } else {
          assertThat((Double) got.get(c)).as(key + c)
              .isCloseTo(Double.parseDouble(want.get(c)), within(1e-12));
        }
      }
      assertThat(String.valueOf(got.get("dominant_side"))).as(key).isEqualTo(want.get("dominant_side"));
      assertThat(String.valueOf(got.get("polarized")).toUpperCase()).as(key)
          .isEqualTo(want.get("polarized"));
      assertThat(got.get("consensus_label")).as(key).isEqualTo(want.get("consensus_label"));
      labels++;
    }
    assertThat(labels).isEqualTo(84);
  }

  @Test
  void theFiveClassEntropyIsWorkedOutByHand() {
    // Two strong barriers and two strong facilitators: ln 2 / ln 5.
    PcatAgreement split = PcatAgreement.of(summary(2, 0, 0, 0, 2, 0), PcatAgreementRules.DEFAULTS);
    assertThat(split.normalizedEntropy5().getAsDouble())
        .isCloseTo(Math.log(2) / Math.log(5), within(1e-15));
    assertThat(split.consensusLabel()).isEqualTo("polarized");
    assertThat(split.dominantSide()).hasValue("tie");
    // One of each class: the largest entropy, 1; three sides 2/5, 1/5, 2/5.
    PcatAgreement even = PcatAgreement.of(summary(1, 1, 1, 1, 1, 0), PcatAgreementRules.DEFAULTS);
    assertThat(even.normalizedEntropy5().getAsDouble()).isCloseTo(1.0, within(1e-15));
    assertThat(even.normalizedEntropy().getAsDouble()).isCloseTo(
        -(0.4 * Math.log(0.4) * 2 + 0.2 * Math.log(0.2)) / Math.log(3), within(1e-15));
    // Three weak barriers and one without its effect: one class, entropy 0; a 4-0 consensus.
    PcatAgreement one = PcatAgreement.of(summary(0, 3, 0, 0, 0, 1), PcatAgreementRules.DEFAULTS);
    assertThat(one.normalizedEntropy5().getAsDouble()).isZero();
    assertThat(one.normalizedEntropy().getAsDouble()).isZero();
    assertThat(one.consensusLabel()).isEqualTo("consensus_barrier");
    assertThat(one.polarized()).hasValue(false);
    // Two barriers, one neutral, one facilitator: top share 0.5, below 0.6, and 0.25 of
    // facilitators with 0.5 of barriers is polarised at 0.20 but not at 0.30.
    PcatAgreement mixed = PcatAgreement.of(summary(1, 1, 1, 1, 0, 0), new PcatAgreementRules(0.6, 0.3, 2));
    assertThat(mixed.consensusLabel()).isEqualTo("mixed");
    assertThat(mixed.agreementShare().getAsDouble()).isEqualTo(0.5);
    // A single answer is too few under pcatR's minimum of 2.
    PcatAgreement single = PcatAgreement.of(summary(0, 0, 0, 0, 1, 0), PcatAgreementRules.DEFAULTS);
    assertThat(single.consensusLabel()).isEqualTo("insufficient_data");
    assertThat(single.agreementShare().getAsDouble()).isEqualTo(1.0);
    PcatAgreement none = PcatAgreement.of(summary(0, 0, 0, 0, 0, 0), PcatAgreementRules.DEFAULTS);
    assertThat(none.agreementShare()).isEmpty();
    assertThat(none.normalizedEntropy5()).isEmpty();
    assertThat(none.consensusLabel()).isEqualTo("insufficient_data");
  }

  @Test
  void rulesOutsideTheirRangesAreRefused() {
    assertThatThrownBy(() -> new PcatAgreementRules(1.1, 0.2, 2)).hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> new PcatAgreementRules(0.6, -0.1, 2)).hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> new PcatAgreementRules(0.6, 0.2, 0)).hasMessageContaining("at least 1");
    assertThat(PcatAgreementRules.DEFAULTS.agreementThreshold()).isEqualTo(0.60);
    assertThat(PcatAgreementRules.DEFAULTS.polarizationMin()).isEqualTo(0.20);
    assertThat(PcatAgreementRules.DEFAULTS.minimumN()).isEqualTo(2);
  }
}

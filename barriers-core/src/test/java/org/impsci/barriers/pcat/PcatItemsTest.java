package org.impsci.barriers.pcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.barriers.internal.BarrierInstrumentProvider;
import org.junit.jupiter.api.Test;

/**
 * The bundled pCAT item table against the published mappings. Expected values, written here by
 * hand: the CFIR 2009 construct printed with each item (Robinson and Damschroder 2023,
 * doi:10.1186/s43058-022-00380-5, Table 1, final version) and the CFIR 2.0 constructs (Domlyn et
 * al. 2026, doi:10.1186/s43058-026-00956-5, main text and Supplementary Table S3), both as pcatR
 * 1.0.1 lists them in inst/extdata/pcat_cfir_mappings.csv, translated into impsci's ids.
 */
class PcatItemsTest {
  private static final List<String> CFIR_2009 = List.of(
      "outer-setting.patient-needs-and-resources",
      "inner-setting.networks-and-communications",
      "process.reflecting-and-evaluating",
      "inner-setting.implementation-climate.goals-and-feedback",
      "inner-setting.implementation-climate.compatibility",
      "inner-setting.implementation-climate.compatibility",
      "inner-setting.structural-characteristics",
      "inner-setting.readiness-for-implementation.available-resources",
      "inner-setting.readiness-for-implementation.available-resources",
      "inner-setting.readiness-for-implementation.available-resources",
      "inner-setting.implementation-climate.tension-for-change",
      "intervention-characteristics.relative-advantage",
      "inner-setting.readiness-for-implementation.leadership-engagement",
      "inner-setting.readiness-for-implementation.leadership-engagement");

  private static final List<String> CFIR_20 = List.of(
      "inner-setting.culture.recipient-centeredness",
      "inner-setting.communications",
      "implementation-process.reflecting-and-evaluating",
      "inner-setting.mission-alignment",
      "individuals.roles.innovation-deliverers+individuals.characteristics.capability",
      "inner-setting.compatibility",
      "inner-setting.structural-characteristics.work-infrastructure",
      "inner-setting.available-resources.space",
      "individuals.roles.innovation-deliverers+individuals.characteristics.opportunity",
      "inner-setting.available-resources.materials-and-equipment",
      "inner-setting.tension-for-change",
      "innovation.relative-advantage",
      "individuals.roles.high-level-leaders+individuals.characteristics.motivation",
      "individuals.roles.mid-level-leaders+individuals.characteristics.motivation");

  @Test
  void fourteenItemsMapToThePublishedConstructs() {
    assertThat(Pcat.items()).hasSize(14);
    assertThat(Pcat.sources()).singleElement().satisfies(source -> {
      assertThat(source.doi()).hasValue("10.1186/s43058-022-00380-5");
      assertThat(source.locator().orElseThrow()).startsWith("Table 1 (final version)");
    });
    for (PcatItem item : Pcat.items()) {
      int i = item.number() - 1;
      assertThat(item.cfir2009().target()).hasToString("cfir-2009:" + CFIR_2009.get(i));
      assertThat(item.cfir20Primary().target()).hasToString("cfir-2.0:" + CFIR_20.get(i));
      assertThat(item.cfir2009().source().doi()).hasValue("10.1186/s43058-022-00380-5");
      assertThat(item.cfir20()).allSatisfy(
          m -> assertThat(m.source().doi()).hasValue("10.1186/s43058-026-00956-5"));
      assertThat(item.cfir20().size()).isEqualTo(item.number() == 10 ? 2 : 1);
    }
    // Item 10 alone has a second CFIR 2.0 construct, funding (Supplementary Table S3 only).
    CfirMapping funding = Pcat.item(10).cfir20().get(1);
    assertThat(funding.primary()).isFalse();
    assertThat(funding.target()).hasToString("cfir-2.0:inner-setting.available-resources.funding");
    assertThat(funding.source().locator()).hasValue("Supplementary Table S3 (second construct of item 10)");
    assertThat(Pcat.item(13).cfir20Primary().publishedLabel()).isEqualTo("High-Level Leaders: Motivation");
  }

  @Test
  void everyConstructExistsInTheBundledFrameworks() {
    Frameworks registry = Frameworks.bundled();
    int resolved = 0;
    for (PcatItem item : Pcat.items()) {
      registry.resolve(item.cfir2009().target().construct());
      for (CfirMapping m : item.cfir20()) {
        registry.resolve(m.target().construct());
        m.target().characteristic().ifPresent(c -> registry.resolve("cfir-2.0:" + c));
        resolved++;
      }
    }
    assertThat(resolved).isEqualTo(15);
  }

  @Test
  void itemNumbersOutsideOneToFourteenAreRefused() {
    assertThatThrownBy(() -> Pcat.item(0)).hasMessageContaining("they run 1 to 14");
    assertThatThrownBy(() -> Pcat.item(15)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Pcat.item(14).number()).isEqualTo(14);
    PcatItem one = Pcat.item(1);
    assertThatThrownBy(() -> PcatItem.builder().number(15).prompt(one.prompt())
            .cfir2009(one.cfir2009()).addAllCfir20(one.cfir20()).build())
        .hasMessageContaining("lies in 1..14");
    assertThatThrownBy(() -> PcatItem.builder().number(1).prompt(one.prompt())
            .cfir2009(one.cfir2009()).build())
        .hasMessageContaining("needs a CFIR 2.0 construct");
    assertThatThrownBy(() -> PcatItem.builder().number(10).prompt(one.prompt())
            .cfir2009(one.cfir2009()).addCfir20(Pcat.item(10).cfir20().get(1)).build())
        .hasMessageContaining("only the first CFIR 2.0 construct is primary");
  }

  @Test
  void theRegistryListsPcatWithoutAnyScaleAndATotalIsRefused() {
    ScoredInstrument pcat = Instruments.bundled().get("pcat");
    assertThat(pcat.instrument().items()).hasSize(14);
    assertThat(pcat.instrument().groups()).isEmpty();
    assertThat(pcat.instrument().item("5").orElseThrow().constructId())
        .hasValue("cfir-2009:inner-setting.implementation-climate.compatibility");
    assertThat(pcat.options()).anySatisfy(o -> {
      assertThat(o.id()).isEqualTo("totalScore");
      assertThat(o.rationale()).isEqualTo(Pcat.NO_TOTAL_SCORE);
    });
    assertThatThrownBy(Pcat::totalScore)
        .isInstanceOf(ImpsciException.class)
        .hasMessageContaining("not a psychometric scale");
    // Supplied by id, so that scoring another instrument never reads pCAT's item table.
    assertThat(new BarrierInstrumentProvider().suppliers()).containsOnlyKeys("pcat");
    assertThat(new BarrierInstrumentProvider().suppliers().get("pcat").get()).isSameAs(pcat);
  }

  @Test
  void itemsRoundTripThroughJson() {
    PcatItem item = Pcat.item(10);
    assertThat(ImpsciJson.read(ImpsciJson.write(item), PcatItem.class, "item")).isEqualTo(item);
  }
}

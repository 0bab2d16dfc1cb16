package org.impsci.barriers.pcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.io.RedcapDictionary;
import org.junit.jupiter.api.Test;

/**
 * pCAT's REDCap data dictionary. Expected rows written by hand from REDCap's dictionary
 * conventions, as the kernel's dictionary follows them (REDCapR's test dictionaries, such as
 * inst/test-data/project-survey/survey-data-dictionary.csv, a REDCap download: radio choices
 * {@code 0, Female | 1, Male}, free text as a {@code notes} field) and REDCap's branching-logic
 * syntax ({@code [field] = 'code'}, joined with {@code or}); field names as pcatR 1.0.1's wide
 * form names its columns ({@code item01_direction}, {@code item01_effect}); answer codes from
 * Robinson and Damschroder 2023 (doi:10.1186/s43058-022-00380-5), Table 1: direction 1, 2, 3,
 * effect 0, 1 unless neutral.
 */
class PcatRedcapDictionaryTest {
  private static final Instrument PCAT = Pcat.scoredInstrument().instrument();

  @Test
  void eachItemIsADirectionAnEffectShownUnlessNeutralAndAComment() {
    List<List<String>> rows = PcatRedcapDictionary.rows(PCAT);
    assertThat(rows).hasSize(1 + 3 * 14);
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(RedcapDictionary.COLUMNS.size()));
    assertThat(rows.get(0))
        .containsExactly("record_id", "pcat", "", "text", "Record ID", "", "", "", "", "", "", "", "", "", "", "", "", "");
    assertThat(rows.get(1))
        .containsExactly(
            "item01_direction", "pcat", "Item 1", "radio", Pcat.item(1).prompt(),
            "1, Disagree: a potential barrier | 2, Neutral | 3, Agree: a potential facilitator",
            "", "", "", "", "", "", "", "", "", "", "", "impsci item 1");
    assertThat(rows.get(2))
        .containsExactly(
            "item01_effect", "pcat", "", "radio", "How strong is its effect here?",
            "0, Weak or no effect | 1, Strong effect", "", "", "", "", "",
            "[item01_direction] = '1' or [item01_direction] = '3'", "", "", "", "", "", "");
    assertThat(rows.get(3))
        .containsExactly(
            "item01_comment", "pcat", "", "notes", "Comment (optional)", "", "", "", "", "", "", "", "", "", "", "", "", "");
    // Item 14: rows 40-42, two-digit field names.
    assertThat(rows.get(40)).startsWith("item14_direction", "pcat", "Item 14", "radio", Pcat.item(14).prompt());
    assertThat(rows.get(40).get(17)).isEqualTo("impsci item 14");
    assertThat(rows.get(41).get(0)).isEqualTo("item14_effect");
    assertThat(rows.get(41).get(11)).isEqualTo("[item14_direction] = '1' or [item14_direction] = '3'");
    assertThat(rows.get(42).get(0)).isEqualTo("item14_comment");
    assertThat(rows).extracting(r -> r.get(0)).doesNotHaveDuplicates();
  }

  @Test
  void onlyPcatHasThisForm() {
    Instrument other = Instrument.builder().from(PCAT).id("pcat-copy").build();
    assertThatThrownBy(() -> PcatRedcapDictionary.rows(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not pCAT but instrument 'pcat-copy'");
    Instrument short13 =
        Instrument.builder().from(PCAT).items(PCAT.items().subList(0, 13)).build();
    assertThatThrownBy(() -> PcatRedcapDictionary.rows(short13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pCAT without item 14");
  }
}

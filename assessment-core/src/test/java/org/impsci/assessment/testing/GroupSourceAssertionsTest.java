package org.impsci.assessment.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.impsci.assessment.Source;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ResponseScale;
import org.junit.jupiter.api.Test;

/** The group-source rule the framework modules check their bundled instruments against. */
class GroupSourceAssertionsTest {
  private static final Source PAPER = Source.of("Paper 2020", "10.1/paper", "Table 1");
  private static final Source NOTES = Source.builder().citation("Notes").build();
  private static final Source ASSUMED =
      Source.builder().citation("Paper 2020; item number assumed by impsci").doi("10.1/paper").build();

  private static Item item(String id, Source... sources) {
    return Item.builder()
        .id(id)
        .prompt("p")
        .scale(ResponseScale.builder().kind(ResponseScale.Kind.ORDINAL).min(1).max(5).build())
        .addSources(sources)
        .build();
  }

  private static final Source C_ASSUMED =
      Source.of("Paper 2020", "10.1/paper", "subscale C, numbering assumed by impsci");

  private static Instrument withGroupSources(List<Source> a, List<Source> all) {
    return withGroupSources(a, all, C_ASSUMED);
  }

  private static Instrument withGroupSources(List<Source> a, List<Source> all, Source c) {
    return Instrument.builder()
        .id("t")
        .name("T")
        .version("1")
        .addSources(PAPER, NOTES)
        .addItems(item("A", PAPER), item("B", PAPER, NOTES), item("C", ASSUMED))
        .addGroups(ItemGroup.builder().id("a").label("A").addItemIds("A", "B").addAllSources(a).build())
        .addGroups(
            ItemGroup.builder()
                .id("c")
                .label("C")
                .addItemIds("C")
                .addSources(c)
                .build())
        .addGroups(ItemGroup.builder().id("all").label("All").addGroupIds("a", "c").addAllSources(all).build())
        .build();
  }

  private static Source located(Source s, String locator) {
    return Source.builder().from(s).locator(locator).build();
  }

  @Test
  void groupsThatNameTheirItemsPublicationsPass() {
    List<Source> both = List.of(PAPER, located(NOTES, "scoring"));
    assertThatCode(() -> GroupSourceAssertions.assertGroupSourcesAgreeWithItems(withGroupSources(both, both)))
        .doesNotThrowAnyException();
  }

  @Test
  void aGroupMissingAPublicationOfItsItemsFails() {
    List<Source> both = List.of(PAPER, located(NOTES, "scoring"));
    assertThatThrownBy(
            () -> GroupSourceAssertions.assertGroupSourcesAgreeWithItems(withGroupSources(List.of(PAPER), both)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("t group a against item B");
    // The scale holds B through subscale a, so it must name the notes as well.
    assertThatThrownBy(
            () -> GroupSourceAssertions.assertGroupSourcesAgreeWithItems(withGroupSources(both, List.of(PAPER))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("t group all against item B");
  }

  @Test
  void aGroupWithoutSourcesOrLocatorOrWithAStrangerFails() {
    List<Source> both = List.of(PAPER, located(NOTES, "scoring"));
    assertThatThrownBy(
            () -> GroupSourceAssertions.assertGroupSourcesAgreeWithItems(withGroupSources(List.of(), both)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("t group a");
    assertThatThrownBy(
            () -> GroupSourceAssertions.assertGroupSourcesAgreeWithItems(withGroupSources(List.of(PAPER, NOTES), both)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a locator");
    List<Source> stranger = List.of(PAPER, located(NOTES, "scoring"), Source.of("Other", "10.1/other", "p. 2"));
    assertThatThrownBy(
            () -> GroupSourceAssertions.assertGroupSourcesAgreeWithItems(withGroupSources(stranger, both)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("publications the instrument cites");
  }

  @Test
  void aGroupOfItemsNumberedByImpsciMustSaySo() {
    List<Source> both = List.of(PAPER, located(NOTES, "scoring"));
    assertThatThrownBy(
            () -> GroupSourceAssertions.assertGroupSourcesAgreeWithItems(withGroupSources(both, both, PAPER)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("t group c: says its item numbering is assumed, as item C does");
  }
}

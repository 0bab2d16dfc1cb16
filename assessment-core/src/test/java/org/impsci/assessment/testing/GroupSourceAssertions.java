package org.impsci.assessment.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import org.impsci.assessment.Source;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;

/**
 * Checks the sources of a bundled instrument's scales and subscales against its items. The rule:
 *
 * <ol>
 *   <li>every group has at least one source, and each has a citation and a locator that says
 *       which part of the publication defines the group;
 *   <li>a group names every publication that the items under it name, directly or through its
 *       subgroups; a publication is a source's DOI or, for a source without one, its citation;
 *   <li>every publication a group names is one of the instrument's own sources;
 *   <li>where an item's source says its numbering is impsci's assumption ("assumed by impsci"),
 *       the group that lists the item says so too.
 * </ol>
 *
 * <p>A group may add a publication its items do not name (ORCA's scales cite the developers'
 * scoring notes for how a scale is built from its subscales), as long as the instrument cites it.
 */
public final class GroupSourceAssertions {
  /** The words by which a source marks a numbering or mapping as this project's own. */
  public static final String ASSUMED = "assumed by impsci";

  private GroupSourceAssertions() {}

  /** Asserts the rule above for every group of {@code instrument}. */
  public static void assertGroupSourcesAgreeWithItems(Instrument instrument) {
    Set<String> cited = publications(instrument.sources());
    for (ItemGroup group : instrument.groups()) {
      String where = instrument.id() + " group " + group.id();
      assertThat(group.sources()).as(where).isNotEmpty();
      for (Source s : group.sources()) {
        assertThat(s.citation()).as(where).isNotBlank();
        assertThat(s.locator()).as(where + ": a locator").isPresent();
      }
      Set<String> named = publications(group.sources());
      Set<Item> items = new LinkedHashSet<>();
      collectItems(instrument, group, items);
      for (Item item : items) {
        assertThat(named)
            .as(where + " against item " + item.id())
            .containsAll(publications(item.sources()));
      }
      assertThat(cited).as(where + ": publications the instrument cites").containsAll(named);
      for (String id : group.itemIds()) {
        if (instrument.item(id).orElseThrow().sources().stream().anyMatch(s -> text(s).contains(ASSUMED))) {
          assertThat(group.sources())
              .as(where + ": says its item numbering is assumed, as item " + id + " does")
              .anyMatch(s -> text(s).contains(ASSUMED));
        }
      }
    }
  }

  private static Set<String> publications(Iterable<Source> sources) {
    Set<String> keys = new LinkedHashSet<>();
    sources.forEach(s -> keys.add(s.doi().orElse(s.citation())));
    return keys;
  }

  private static String text(Source s) {
    return s.citation() + " " + s.locator().orElse("");
  }

  private static void collectItems(Instrument instrument, ItemGroup group, Set<Item> into) {
    group.itemIds().forEach(id -> into.add(instrument.item(id).orElseThrow()));
    for (String sub : group.groupIds()) {
      collectItems(instrument, instrument.group(sub).orElseThrow(), into);
    }
  }
}

package org.impsci.assessment.internal.survey;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.NonSubstantiveOption;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.survey.CsvLayout;

/**
 * What each item's answer texts mean under a layout: the layout's codes for every item, for the
 * item's groups and for the item itself (the most specific wins), the numbers above the item's
 * scale that stand for its non-substantive options, and the item's own answer labels with case and
 * spacing ignored. Texts none of these name mean themselves.
 */
final class AnswerTexts {
  private final Map<String, String>[] exact;
  private final Map<String, String>[] labels;
  private final boolean any;

  private AnswerTexts(Map<String, String>[] exact, Map<String, String>[] labels, boolean any) {
    this.exact = exact;
    this.labels = labels;
    this.any = any;
  }

  /** The meanings of answer texts for {@code instrument}'s items, in its order, under {@code layout}. */
  @SuppressWarnings("unchecked")
  static AnswerTexts of(CsvLayout layout, Instrument instrument) {
    List<Item> items = instrument.items();
    Map<String, String>[] exact = new Map[items.size()];
    Map<String, String>[] labels = new Map[items.size()];
    Map<String, Map<String, String>> byItem = codesByItem(layout, instrument);
    boolean any = false;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Map<String, String> codes = new HashMap<>();
      if (layout.optionsNumberedAfterScale()) {
        codes.putAll(numberedOptions(item.scale()));
      }
      codes.putAll(layout.answerCodes());
      codes.putAll(byItem.getOrDefault(item.id(), Map.of()));
      exact[i] = codes;
      labels[i] = layout.answerLabels() ? labelsOf(item.scale()) : Map.of();
      any |= !codes.isEmpty() || !labels[i].isEmpty();
    }
    return new AnswerTexts(exact, labels, any);
  }

  /** Whether any text means something other than itself. */
  boolean any() {
    return any;
  }

  /** What {@code text} (trimmed, not empty) means as an answer to item i. */
  String meaning(int i, String text) {
    String meaning = exact[i].get(text);
    if (meaning == null && !labels[i].isEmpty()) {
      meaning = labels[i].get(normalised(text));
    }
    return meaning == null ? text : meaning;
  }

  /** Text in lower case with every run of white space as one space, trimmed. */
  static String normalised(String text) {
    return String.join(" ", text.trim().toLowerCase(Locale.ROOT).split("\\s+"));
  }

  /**
   * The layout's per-item codes by item id: a group's codes go to its items and to the items of
   * the groups it contains (walked with a work list and a visited set, not recursion), and an
   * item's own codes override its groups'.
   */
  private static Map<String, Map<String, String>> codesByItem(
      CsvLayout layout, Instrument instrument) {
    Map<String, Map<String, String>> byItem = new HashMap<>();
    Map<String, ItemGroup> groups = instrument.groupsById();
    for (Map.Entry<String, Map<String, String>> entry : layout.itemAnswerCodes().entrySet()) {
      ItemGroup group = groups.get(entry.getKey());
      if (group == null) {
        if (!instrument.itemsById().containsKey(entry.getKey())) {
          throw new InvalidInputException(
              InputLocation.in("the layout").withPath("itemAnswerCodes"),
              "answer codes are given for '" + entry.getKey() + "', which is neither an item nor"
                  + " an item group of instrument '" + instrument.id() + "'",
              entry.getKey(),
              "an item or item group id");
        }
        continue;
      }
      Deque<ItemGroup> toVisit = new ArrayDeque<>(List.of(group));
      Set<String> visited = new HashSet<>();
      while (!toVisit.isEmpty()) {
        ItemGroup g = toVisit.pop();
        if (visited.add(g.id())) {
          g.itemIds().forEach(id -> byItem.computeIfAbsent(id, k -> new HashMap<>()).putAll(entry.getValue()));
          g.groupIds().stream().map(groups::get).forEach(toVisit::push);
        }
      }
    }
    for (Map.Entry<String, Map<String, String>> entry : layout.itemAnswerCodes().entrySet()) {
      if (instrument.itemsById().containsKey(entry.getKey())) {
        byItem.computeIfAbsent(entry.getKey(), k -> new HashMap<>()).putAll(entry.getValue());
      }
    }
    return byItem;
  }

  /** max + 1, max + 2... for the scale's non-substantive options, in order. */
  private static Map<String, String> numberedOptions(ResponseScale scale) {
    Map<String, String> codes = new HashMap<>();
    long max = (long) scale.max();
    List<NonSubstantiveOption> options = scale.nonSubstantiveOptions();
    for (int k = 0; k < options.size(); k++) {
      codes.put(Long.toString(max + 1 + k), options.get(k).code());
    }
    return codes;
  }

  /** The scale's labels and its options' labels, normalised, to the answers they stand for. */
  private static Map<String, String> labelsOf(ResponseScale scale) {
    Map<String, String> labels = new HashMap<>();
    scale.labels().forEach((value, label) -> labels.putIfAbsent(normalised(label), value.toString()));
    for (NonSubstantiveOption option : scale.nonSubstantiveOptions()) {
      labels.putIfAbsent(normalised(option.label()), option.code());
    }
    return labels;
  }
}

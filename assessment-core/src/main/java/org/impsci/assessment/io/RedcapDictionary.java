package org.impsci.assessment.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.NonSubstantiveOption;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.internal.survey.RedcapDictionaryReader;
import org.impsci.assessment.survey.CsvLayout;

/**
 * An instrument as a REDCap data dictionary, the CSV table a REDCap project's fields are uploaded
 * from: one form named after the instrument, a {@code record_id} field, then one field per item
 * with the item's id in lower case as its name and {@code impsci item ID} as its annotation. Each
 * scale (item group with items) is a section, and a matrix where its items share their choices.
 * An item whose every value is labelled, or that has non-substantive options, is a radio field
 * with choices {@code 1, Strongly disagree | ...}, its options numbered after the scale's maximum
 * (as {@link CsvLayout#optionsNumberedAfterScale()} reads them); any other item (such as NoMAD's
 * 0-10 general items) is an integer text field with the scale's bounds. Stateless.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class RedcapDictionary {
  /** The 18 columns of a REDCap data dictionary, in REDCap's order and spelling. */
  public static final List<String> COLUMNS =
      List.of(
          "Variable / Field Name",
          "Form Name",
          "Section Header",
          "Field Type",
          "Field Label",
          "Choices, Calculations, OR Slider Labels",
          "Field Note",
          "Text Validation Type OR Show Slider Number",
          "Text Validation Min",
          "Text Validation Max",
          "Identifier?",
          "Branching Logic (Show field only if...)",
          "Required Field?",
          "Custom Alignment",
          "Question Number (surveys only)",
          "Matrix Group Name",
          "Matrix Ranking?",
          "Field Annotation");

  /** The annotation that names a field's item: this text, a space and the item id. */
  public static final String ANNOTATION = "impsci item";

  private RedcapDictionary() {}

  /**
   * {@code base} with the record id field (the first), item columns and answer codes of a REDCap
   * project's own data dictionary:
   * a field is an item's column when its annotation holds {@code impsci item ID} or its name is
   * the item id (case ignored); its choices whose labels are the item's answer labels (case and
   * spacing ignored) read, by code and by label, as those answers, so that {@code 6, Not relevant
   * at this stage} reads as {@code not_relevant_stage} and {@code 5, Strongly agree} as 5.
   *
   * @throws InvalidInputException if the dictionary lacks a column, is malformed, or gives an item
   *     two fields
   */
  public static CsvLayout layout(
      InputStream dictionary, String sourceName, Instrument instrument, CsvLayout base) {
    return RedcapDictionaryReader.layout(dictionary, sourceName, instrument, base);
  }

  /** The REDCap form name of an instrument: its id in lower case, other characters as '_'. */
  public static String formName(Instrument instrument) {
    return fieldName(instrument.id());
  }

  /** The REDCap field name of an item id: lower case, characters other than a-z and 0-9 as '_'. */
  public static String fieldName(String itemId) {
    return itemId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
  }

  /** The dictionary's rows after the header, each with a cell for each of {@link #COLUMNS}. */
  public static List<List<String>> rows(Instrument instrument) {
    String form = formName(instrument);
    List<List<String>> rows = new ArrayList<>();
    String[] recordId = new String[COLUMNS.size()];
    Arrays.fill(recordId, "");
    recordId[0] = "record_id";
    recordId[1] = form;
    recordId[3] = "text";
    recordId[4] = "Record ID";
    rows.add(List.of(recordId));
    Map<String, Item> items = instrument.itemsById();
    Set<String> written = new LinkedHashSet<>();
    for (ItemGroup group : instrument.groups()) {
      List<Item> members = new ArrayList<>();
      group.itemIds().stream().filter(written::add).map(items::get).forEach(members::add);
      addSection(rows, form, group.label(), fieldName(group.id()), members);
    }
    List<Item> single = new ArrayList<>();
    instrument.items().stream().filter(i -> written.add(i.id())).forEach(single::add);
    addSection(rows, form, "Single items", null, single);
    return rows;
  }

  private static void addSection(
      List<List<String>> rows, String form, String header, String matrix, List<Item> items) {
    if (items.isEmpty()) {
      return;
    }
    String firstChoices = choices(items.get(0).scale());
    boolean isMatrix =
        matrix != null
            && !firstChoices.isEmpty()
            && items.stream().allMatch(i -> choices(i.scale()).equals(firstChoices));
    for (int k = 0; k < items.size(); k++) {
      Item item = items.get(k);
      ResponseScale scale = item.scale();
      String choices = choices(scale);
      String[] row = new String[COLUMNS.size()];
      Arrays.fill(row, "");
      row[0] = fieldName(item.id());
      row[1] = form;
      row[2] = k == 0 ? header : "";
      row[3] = choices.isEmpty() ? "text" : "radio";
      row[4] = item.prompt();
      row[5] = choices;
      if (choices.isEmpty()) {
        row[6] = boundsNote(scale);
        row[7] = "integer";
        row[8] = whole(scale.min());
        row[9] = whole(scale.max());
      }
      row[15] = isMatrix ? matrix : "";
      row[17] = ANNOTATION + " " + item.id();
      rows.add(List.of(row));
    }
  }

  /**
   * The radio choices of a scale, {@code code, label} joined by {@code " | "} (labels capitalised,
   * non-substantive options numbered after the maximum); empty when the scale is better a text
   * field (not every value labelled and no non-substantive option).
   */
  public static String choices(ResponseScale scale) {
    int min = (int) scale.min();
    int max = (int) scale.max();
    boolean allLabelled = true;
    for (int v = min; v <= max; v++) {
      allLabelled &= scale.labels().containsKey(v);
    }
    List<NonSubstantiveOption> options = scale.nonSubstantiveOptions();
    if (!allLabelled && options.isEmpty()) {
      return "";
    }
    StringJoiner choices = new StringJoiner(" | ");
    for (int v = min; v <= max; v++) {
      choices.add(v + ", " + capitalised(scale.labels().getOrDefault(v, Integer.toString(v))));
    }
    for (int k = 0; k < options.size(); k++) {
      choices.add((max + 1 + k) + ", " + capitalised(options.get(k).label()));
    }
    return choices.toString();
  }

  /** "0 = not at all, 10 = completely": the labelled values of a text field's scale. */
  private static String boundsNote(ResponseScale scale) {
    StringJoiner note = new StringJoiner(", ");
    scale.labels().forEach((value, label) -> note.add(value + " = " + label));
    return note.toString();
  }

  private static String whole(double bound) {
    return Long.toString((long) bound);
  }

  private static String capitalised(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}

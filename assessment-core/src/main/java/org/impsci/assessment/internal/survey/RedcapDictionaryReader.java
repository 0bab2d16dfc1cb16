package org.impsci.assessment.internal.survey;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.NonSubstantiveOption;
import org.impsci.assessment.internal.csv.CsvHeader;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.io.RedcapDictionary;
import org.impsci.assessment.survey.CsvLayout;

/**
 * Reads a REDCap project's data dictionary into a layout: each field matched to an item by the
 * item id in its annotation ({@code impsci item CO1}) or by its name (case ignored) is the item's
 * column, and each of its choices whose label is one of the item's answer labels (case and spacing
 * ignored) reads, by code and by label, as that answer. The first field, REDCap's record id, holds
 * the respondent ids. Fields and choices that match nothing are left alone.
 */
public final class RedcapDictionaryReader {
  private static final Pattern ANNOTATED =
      Pattern.compile(Pattern.quote(RedcapDictionary.ANNOTATION) + " (\\S+)");

  private RedcapDictionaryReader() {}

  /**
   * {@code base} with the record id, item columns and answer codes of the dictionary in {@code
   * in}.
   *
   * @throws InvalidInputException if the dictionary lacks a column, or two fields name one item
   */
  public static CsvLayout layout(
      InputStream in, String sourceName, Instrument instrument, CsvLayout base) {
    CsvRecordReader csv = CsvRecordReader.open(in, sourceName, ',');
    CsvHeader header = CsvHeader.read(csv);
    int name = header.require(RedcapDictionary.COLUMNS.get(0));
    int choices = header.require(RedcapDictionary.COLUMNS.get(5));
    int annotation = header.find(RedcapDictionary.COLUMNS.get(17));
    header.checkComplete();
    Map<String, Item> byLowerId = new HashMap<>();
    instrument.items().forEach(i -> byLowerId.put(i.id().toLowerCase(Locale.ROOT), i));
    Map<String, String> columns = new LinkedHashMap<>(base.itemColumns());
    Map<String, Map<String, String>> codes = new LinkedHashMap<>(base.itemAnswerCodes());
    Map<String, Long> rowOfItem = new HashMap<>();
    String recordId = null;
    while (csv.advance()) {
      String field = csv.field(name).trim();
      if (recordId == null) {
        recordId = field;
        continue;
      }
      Item item = itemOf(csv, annotation, instrument, byLowerId.get(field.toLowerCase(Locale.ROOT)));
      if (item == null) {
        continue;
      }
      Long before = rowOfItem.putIfAbsent(item.id(), csv.row());
      if (before != null) {
        throw new InvalidInputException(
            InputLocation.in(sourceName).withRow(csv.row()).withItemId(item.id()),
            "field '" + field + "' is the second field of item " + item.id() + ", after row "
                + before,
            field,
            "one field per item");
      }
      columns.put(item.id(), field);
      Map<String, String> meanings = choiceMeanings(csv.field(choices), item);
      if (!meanings.isEmpty()) {
        codes.put(item.id(), meanings);
      }
    }
    return CsvLayout.builder().from(base)
        .respondentIdColumn(recordId == null ? base.respondentIdColumn() : recordId)
        .itemColumns(columns)
        .itemAnswerCodes(codes).build();
  }

  private static Item itemOf(CsvRecordReader csv, int annotation, Instrument instrument, Item byName) {
    if (annotation >= 0 && annotation < csv.fieldCount()) {
      Matcher m = ANNOTATED.matcher(csv.field(annotation));
      if (m.find() && instrument.itemsById().containsKey(m.group(1))) {
        return instrument.itemsById().get(m.group(1));
      }
    }
    return byName;
  }

  /** Each choice code and label ({@code 6, Not relevant at this stage}) to the answer it means. */
  private static Map<String, String> choiceMeanings(String choices, Item item) {
    Map<String, String> answers = new HashMap<>();
    item.scale().labels().forEach((v, label) -> answers.put(AnswerTexts.normalised(label), v.toString()));
    for (NonSubstantiveOption option : item.scale().nonSubstantiveOptions()) {
      answers.put(AnswerTexts.normalised(option.label()), option.code());
    }
    Map<String, String> meanings = new LinkedHashMap<>();
    for (String choice : choices.split("\\|")) {
      int comma = choice.indexOf(',');
      if (comma > 0) {
        String label = choice.substring(comma + 1).trim();
        String meaning = answers.get(AnswerTexts.normalised(label));
        if (meaning != null) {
          meanings.put(choice.substring(0, comma).trim(), meaning);
          meanings.put(label, meaning);
        }
      }
    }
    return meanings;
  }
}

package org.impsci.assessment.internal.survey;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.internal.csv.CsvHeader;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.survey.CsvLayout;

/**
 * Where the columns a survey layout needs are in a file's header: found by name (ignoring case
 * where the layout says so), then by the layout's aliases, then by the import ids of a Qualtrics
 * import-id row, and items also by their prompts where the layout allows it.
 */
final class SurveyColumns {
  private static final String IMPORT_ID = "{\"ImportId\":";

  final int width;
  final int id;
  /** Positions of the layout's grouping columns. */
  final int[] groups;
  final int[] items;
  /** Positions of the layout's wave columns that the header has. */
  final int[] waves;
  /** Position of the completion status column, or -1. */
  final int complete;
  /** The status column's name, with its position where the header repeats the name; or null. */
  final String completeName;

  private SurveyColumns(int width, int id, int[] groups, int[] items, int[] waves, int complete,
      String completeName) {
    this.width = width;
    this.id = id;
    this.groups = groups;
    this.items = items;
    this.waves = waves;
    this.complete = complete;
    this.completeName = completeName;
  }

  /** The position of the respondent id column, found by name or alias; -1 if the header lacks it. */
  static int idColumn(CsvHeader header, CsvLayout layout) {
    return find(header, Map.of(), layout, layout.respondentIdColumn());
  }

  /**
   * The columns of the header, with the import ids read from header rows ({@link #importIds}).
   *
   * @throws InvalidInputException naming every column the header lacks, or a column it repeats
   */
  static SurveyColumns of(
      CsvHeader header, Map<String, Integer> importIds, CsvLayout layout, Instrument instrument) {
    int id = require(header, importIds, layout, layout.respondentIdColumn());
    int[] groups =
        layout.groupColumns().stream().mapToInt(c -> require(header, importIds, layout, c)).toArray();
    boolean itemsRequired = layout.missingItemColumns() == CsvLayout.MissingItemColumns.FAIL;
    Map<String, Integer> prompts = layout.itemPromptHeaders() ? prompts(header) : Map.of();
    List<Item> itemList = instrument.items();
    int[] items = new int[itemList.size()];
    for (int i = 0; i < items.length; i++) {
      String column = layout.columnOf(itemList.get(i).id());
      int c = find(header, importIds, layout, column);
      if (c < 0) {
        c = prompts.getOrDefault(AnswerTexts.normalised(itemList.get(i).prompt()), -1);
      }
      items[i] = c < 0 && itemsRequired ? header.require(column) : c;
    }
    int[] waves =
        layout.waveColumns().stream()
            .mapToInt(c -> find(header, importIds, layout, c))
            .filter(c -> c >= 0)
            .toArray();
    int complete =
        layout.completeColumn().map(c -> statusColumn(header, importIds, layout, c, items)).orElse(-1);
    header.checkComplete();
    String completeName = null;
    if (complete >= 0) {
      String name = header.name(complete);
      boolean repeated = header.firstNamed(name, 0) != complete || header.firstNamed(name, complete + 1) >= 0;
      completeName = repeated ? name + " (column " + (complete + 1) + ")" : name;
    }
    return new SurveyColumns(header.width(), id, groups, items, waves, complete, completeName);
  }

  /**
   * The import ids of a Qualtrics import-id row ({@code {"ImportId":"QID1"}} in each cell), by
   * import id; empty if the record holds none.
   */
  static Map<String, Integer> importIds(CsvRecordReader csv) {
    Map<String, Integer> ids = new HashMap<>();
    for (int c = 0; c < csv.fieldCount(); c++) {
      String cell = csv.field(c).trim();
      if (cell.startsWith(IMPORT_ID)) {
        JsonNode id;
        try {
          id = ImpsciJson.read(cell, JsonNode.class, csv.sourceName()).get("ImportId");
        } catch (InvalidInputException e) {
          throw e.at(InputLocation.in(csv.sourceName()).withRow(csv.row()).withColumn(null));
        }
        if (id != null && id.isTextual()) {
          ids.putIfAbsent(id.asText(), c);
        }
      }
    }
    return ids;
  }

  /**
   * The completion status column: by its name, else by the layout's {@link
   * CsvLayout#statusColumn()} (the first so named after the last item column, else the first).
   */
  private static int statusColumn(
      CsvHeader header, Map<String, Integer> importIds, CsvLayout layout, String column, int[] items) {
    int c = find(header, importIds, layout, column);
    if (c < 0 && layout.statusColumn().isPresent()) {
      String status = layout.statusColumn().get();
      List<String> names = new ArrayList<>(List.of(status));
      names.addAll(layout.columnAliases().getOrDefault(status, List.of()));
      int lastItem = Arrays.stream(items).max().orElse(-1);
      for (int from : new int[] {lastItem + 1, 0}) {
        for (String name : names) {
          if (c < 0) {
            c = header.firstNamed(name, from);
          }
        }
      }
    }
    return c >= 0 ? c : header.require(column);
  }

  private static int require(
      CsvHeader header, Map<String, Integer> importIds, CsvLayout layout, String column) {
    int c = find(header, importIds, layout, column);
    return c >= 0 ? c : header.require(column);
  }

  private static int find(
      CsvHeader header, Map<String, Integer> importIds, CsvLayout layout, String column) {
    int c = header.find(column);
    for (String alias : layout.columnAliases().getOrDefault(column, List.of())) {
      if (c >= 0) {
        break;
      }
      c = header.find(alias);
    }
    return c >= 0 ? c : importIds.getOrDefault(column, -1);
  }

  /** The header's names, normalised as prompts are, to their first position. */
  private static Map<String, Integer> prompts(CsvHeader header) {
    Map<String, Integer> prompts = new HashMap<>();
    for (int c = 0; c < header.width(); c++) {
      prompts.putIfAbsent(AnswerTexts.normalised(header.name(c)), c);
    }
    return prompts;
  }

  /** Checks that the current row has as many fields as the header. */
  void checkWidth(CsvRecordReader csv) {
    if (csv.fieldCount() != width) {
      throw new InvalidInputException(
          InputLocation.in(csv.sourceName()).withRow(csv.row()),
          "the row has " + csv.fieldCount() + " fields but the header has " + width);
    }
  }
}

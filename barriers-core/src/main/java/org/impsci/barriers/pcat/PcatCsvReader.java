package org.impsci.barriers.pcat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.ReadTally;
import org.impsci.assessment.io.TableReader;

/**
 * Reads pCAT answers from CSV (UTF-8, comma-separated, a header row), in either layout of pcatR
 * 1.0.1's templates, found from the header: long form ({@code respondent_id}, {@code item_id},
 * {@code direction}, {@code effect}, and optionally {@code comment} and {@code item_text}, which is
 * ignored) or wide form ({@code respondent_id} and {@code item01_direction}, {@code
 * item01_effect}, ... {@code item14_effect}; one or two digits). Both may carry the context columns
 * {@code project_id}, {@code site_id}, {@code team_id}, {@code role}, {@code timepoint} and
 * {@code assessment_date}. Names follow the kernel's {@link TableReader} rule (ignoring case);
 * other columns are an error.
 *
 * <p>Cells are trimmed; an empty cell or {@code NA} (what R's {@code write.csv} writes for a
 * missing value) is missing, in every column. A direction is 1, 2 or 3 and an effect 0 or 1, written as those
 * digits: pcatR also reads labels such as {@code barrier} and forms such as {@code 1.0}; impsci
 * treats them as invalid codes.
 *
 * <p>Every record is classified or rejected. Rejected: a blank respondent, an item that is not a
 * whole number from 1 to 14, a row whose field count differs from the header's, and every record
 * of a key given more than once (project, site, team, timepoint, date, respondent and item, as
 * pcatR's {@code pcat_validate} forms it: like pcatR, no occurrence is kept, since nothing says
 * which is right). In {@link ReadMode#STRICT} mode the first of these, or an answer with an invalid
 * direction or effect, stops reading with an {@link InvalidInputException}; in {@link
 * ReadMode#LENIENT} mode an invalid direction or effect is classified {@link PcatClass#INVALID}
 * with its problem, as pcatR counts it. A barrier or facilitator without an effect is not an
 * error: it is classified as such. A bad header fails in both modes.
 *
 * <p>Immutable and thread-safe; each read has state of its own.
 */
public final class PcatCsvReader {
  /** The most records one file may hold. */
  public static final int MAX_RECORDS = 1_000_000;

  static final List<String> CONTEXT_COLUMNS =
      List.of("project_id", "site_id", "team_id", "role", "timepoint", "assessment_date");
  private static final List<String> KEY_COLUMNS =
      List.of("project_id", "site_id", "team_id", "timepoint", "assessment_date");
  private static final Pattern WIDE = Pattern.compile("item([0-9]{1,2})_(direction|effect)");
  private static final String RESPONDENT = "respondent_id";

  private final ReadMode mode;
  private final int maxRecords;

  private PcatCsvReader(ReadMode mode, int maxRecords) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.maxRecords = maxRecords;
  }

  /** A reader in the given mode, of at most {@link #MAX_RECORDS} records. */
  public static PcatCsvReader of(ReadMode mode) {
    return of(mode, MAX_RECORDS);
  }

  /** A reader of at most {@code maxRecords} records (tests use a small cap). */
  static PcatCsvReader of(ReadMode mode, int maxRecords) {
    return new PcatCsvReader(mode, maxRecords);
  }

  /** Reads a file, named in messages by its file name. */
  public PcatReadReport read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * Reads every record.
   *
   * @param in UTF-8 bytes (not closed)
   * @param sourceName the file name used in messages
   * @throws InvalidInputException for a bad header, malformed CSV, too many records, or in strict
   *     mode a bad record
   */
  public PcatReadReport read(InputStream in, String sourceName) {
    Reading reading = new Reading(sourceName);
    ReadReport read = TableReader.of(mode).withMaxRecords(maxRecords).read(in, sourceName, reading);
    return PcatReadReport.builder()
        .read(read)
        .form(reading.layout.form())
        .addAllContextColumns(reading.layout.context())
        .addAllAnswers(reading.kept)
        .build();
  }

  /** Where each column of the header is. */
  private record Layout(
      PcatReadReport.Form form,
      Map<String, Integer> named,
      List<String> context,
      Map<Integer, int[]> items) {

    static Layout of(String[] header, InputLocation at) {
      String allowed = "respondent_id with item_id, direction, effect (long form) or"
          + " itemNN_direction, itemNN_effect (wide form); optionally comment, item_text and "
          + String.join(", ", CONTEXT_COLUMNS);
      Map<String, Integer> named = new LinkedHashMap<>();
      Map<Integer, int[]> items = new java.util.TreeMap<>();
      for (int c = 0; c < header.length; c++) {
        String name = TableReader.columnKey(header[c]);
        Matcher wide = WIDE.matcher(name);
        if (wide.matches()) {
          int item = Integer.parseInt(wide.group(1));
          if (item < 1 || item > Pcat.ITEMS) {
            throw new InvalidInputException(at.withColumn(header[c]),
                "no pCAT item has this number", header[c], "items 1 to " + Pcat.ITEMS);
          }
          int[] pair = items.computeIfAbsent(item, i -> new int[] {-1, -1});
          int part = wide.group(2).equals("direction") ? 0 : 1;
          if (pair[part] >= 0) {
            throw new InvalidInputException(at.withColumn(header[c]),
                "the header names this item's " + wide.group(2) + " twice", header[c], allowed);
          }
          pair[part] = c;
        } else if (named.putIfAbsent(name, c) != null) {
          throw new InvalidInputException(
              at.withColumn(header[c]), "the header names this column twice", header[c], allowed);
        }
      }
      boolean isLong = named.containsKey("item_id");
      List<String> known = new ArrayList<>(CONTEXT_COLUMNS);
      known.add(RESPONDENT);
      if (isLong) {
        known.addAll(List.of("item_id", "direction", "effect", "comment", "item_text"));
      }
      for (String name : named.keySet()) {
        if (!known.contains(name)) {
          throw new InvalidInputException(at.withColumn(name), "unknown column", name, allowed);
        }
      }
      List<String> required = isLong
          ? List.of(RESPONDENT, "item_id", "direction", "effect")
          : List.of(RESPONDENT);
      List<String> lacking = required.stream().filter(r -> !named.containsKey(r)).toList();
      if (!lacking.isEmpty() || (!isLong && items.isEmpty()) || (isLong && !items.isEmpty())) {
        throw new InvalidInputException(at,
            "the header is neither pCAT long form nor wide form"
                + (lacking.isEmpty() ? "" : "; it lacks " + String.join(", ", lacking)),
            String.join(",", header), allowed);
      }
      List<String> context = named.keySet().stream().filter(CONTEXT_COLUMNS::contains).toList();
      PcatReadReport.Form form = isLong ? PcatReadReport.Form.LONG : PcatReadReport.Form.WIDE;
      return new Layout(form, named, context, items);
    }
  }

  /** The state of one read: the table the kernel's reader hands each row to. */
  private final class Reading implements TableReader.Table {
    final String source;
    Layout layout;
    /** The answers read, in file order, kept or rejected once every repeat is known. */
    final List<PcatAnswer> answers = new ArrayList<>();
    final List<PcatAnswer> kept = new ArrayList<>();
    /** The rows of each key, in file order. */
    final Map<String, List<PcatAnswer>> byKey = new HashMap<>();

    Reading(String source) {
      this.source = source;
    }

    @Override
    public void header(String[] names, InputLocation at) {
      layout = Layout.of(names, at);
    }

    @Override
    public int recordsPerRow() {
      return layout.form() == PcatReadReport.Form.LONG ? 1 : layout.items().size();
    }

    @Override
    public String recordId(String[] fields) {
      int c = layout.named().get(RESPONDENT);
      return fields.length > c ? value(fields[c]) : null;
    }

    @Override
    public void row(String[] fields, InputLocation at, ReadTally tally) {
      long row = at.row().getAsLong();
      if (layout.form() == PcatReadReport.Form.LONG) {
        record(fields, row, at, null, tally);
      } else {
        for (int item : layout.items().keySet()) {
          record(fields, row, at, item, tally);
        }
      }
    }

    @Override
    public void finish(ReadTally tally) {
      for (PcatAnswer a : answers) {
        List<PcatAnswer> same = byKey.get(key(a));
        if (same.size() == 1) {
          kept.add(a);
          tally.accept();
        } else {
          long other = same.get(same.get(0) == a ? 1 : 0).row();
          tally.reject(a.row(), a.respondentId(), duplicate(a, other));
        }
      }
    }

    /** One record: a long-form row, or one item of a wide-form row ({@code item} not null). */
    private void record(
        String[] fields, long row, InputLocation at, Integer item, ReadTally tally) {
      String respondent = recordId(fields);
      try {
        PcatAnswer answer = answer(fields, row, at, item, respondent);
        List<PcatAnswer> same = byKey.computeIfAbsent(key(answer), k -> new ArrayList<>(1));
        same.add(answer);
        if (same.size() > 1 && mode == ReadMode.STRICT) {
          throw duplicate(answer, same.get(0).row());
        }
        answers.add(answer);
      } catch (InvalidInputException e) {
        tally.reject(row, respondent, e);
      }
    }

    private PcatAnswer answer(
        String[] fields, long row, InputLocation at, Integer wideItem, String respondent) {
      if (respondent.isEmpty()) {
        throw new InvalidInputException(
            at.withColumn(RESPONDENT).withItemId(wideItem == null ? null : wideItem.toString()),
            "the respondent is blank", "", "a respondent id");
      }
      int item = wideItem != null ? wideItem : item(cell(fields, "item_id"), at.withColumn("item_id"));
      String directionColumn;
      String effectColumn;
      String direction;
      String effect;
      if (wideItem == null) {
        directionColumn = "direction";
        effectColumn = "effect";
        direction = cell(fields, "direction");
        effect = cell(fields, "effect");
      } else {
        int[] pair = layout.items().get(wideItem);
        String prefix = String.format(Locale.ROOT, "item%02d_", wideItem);
        directionColumn = prefix + "direction";
        effectColumn = prefix + "effect";
        direction = pair[0] < 0 ? "" : fields[pair[0]].trim();
        effect = pair[1] < 0 ? "" : fields[pair[1]].trim();
      }
      InputLocation answerAt = at.withItemId(Integer.toString(item));
      PcatSide side = side(direction);
      int effectCode = effect(effect);
      String problem = null;
      if (side == PcatSide.INVALID) {
        problem = invalid(answerAt.withColumn(directionColumn), "direction", direction, "1, 2, 3");
      } else if (effectCode == INVALID_CODE) {
        problem = invalid(answerAt.withColumn(effectColumn), "effect", effect, "0, 1");
      }
      PcatAnswer.Builder b = PcatAnswer.builder()
          .row(row)
          .respondentId(respondent)
          .item(item)
          .side(side)
          .pcatClass(PcatClass.of(side, effectCode, effectCode != INVALID_CODE));
      if (effectCode >= 0) {
        b.effect(effectCode);
      }
      if (problem != null) {
        b.problem(problem);
      }
      for (String column : layout.context()) {
        b.putContext(column, value(fields[layout.named().get(column)]));
      }
      if (layout.named().containsKey("comment")) {
        String comment = value(cell(fields, "comment"));
        if (!comment.isEmpty()) {
          b.comment(comment);
        }
      }
      return b.build();
    }

    /** The problem with an invalid code: thrown in strict mode, kept with the answer otherwise. */
    private String invalid(InputLocation at, String part, String value, String allowed) {
      InvalidInputException e = new InvalidInputException(
          at, "the " + part + " is not a pCAT code", value, allowed + ", or blank");
      if (mode == ReadMode.STRICT) {
        throw e;
      }
      return e.getMessage();
    }

    private String cell(String[] fields, String column) {
      return fields[layout.named().get(column)].trim();
    }

    private String key(PcatAnswer a) {
      StringBuilder key = new StringBuilder();
      for (String column : KEY_COLUMNS) {
        key.append(a.contextValue(column)).append('\u0000');
      }
      return key.append(a.respondentId()).append('\u0000').append(a.item()).toString();
    }

    private InvalidInputException duplicate(PcatAnswer a, long otherRow) {
      return new InvalidInputException(
          InputLocation.in(source).withRow(a.row()).withItemId(Integer.toString(a.item())),
          "respondent '" + a.respondentId() + "' answers item " + a.item() + " of the same"
              + " assessment also in row " + otherRow,
          a.respondentId(), "one answer per project, site, team, timepoint, date, respondent and item");
    }
  }

  private static final int MISSING_CODE = -1;
  private static final int INVALID_CODE = -2;

  private static boolean missing(String cell) {
    return cell.isEmpty() || cell.equals("NA");
  }

  /** A trimmed cell, or the empty string for a missing one. */
  private static String value(String cell) {
    String trimmed = cell.trim();
    return missing(trimmed) ? "" : trimmed;
  }

  private static PcatSide side(String cell) {
    if (missing(cell)) {
      return PcatSide.MISSING;
    }
    return switch (cell) {
      case "1" -> PcatSide.BARRIER;
      case "2" -> PcatSide.NEUTRAL;
      case "3" -> PcatSide.FACILITATOR;
      default -> PcatSide.INVALID;
    };
  }

  private static int effect(String cell) {
    if (missing(cell)) {
      return MISSING_CODE;
    }
    return switch (cell) {
      case "0" -> 0;
      case "1" -> 1;
      default -> INVALID_CODE;
    };
  }

  private static int item(String cell, InputLocation at) {
    if (cell.matches("[0-9]{1,2}")) {
      int item = Integer.parseInt(cell);
      if (item >= 1 && item <= Pcat.ITEMS) {
        return item;
      }
    }
    throw new InvalidInputException(
        at.withItemId(cell), "no pCAT item has this id", cell, "1 to " + Pcat.ITEMS);
  }
}

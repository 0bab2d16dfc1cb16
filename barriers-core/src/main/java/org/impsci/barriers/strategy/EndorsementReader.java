package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.ReadTally;
import org.impsci.assessment.io.SkipReason;
import org.impsci.assessment.io.SkippedRow;
import org.impsci.assessment.io.TableReader;

/**
 * Reads an endorsement table from CSV or JSON. The bundled entries and a user's file go through
 * the same checks, row by row:
 *
 * <ul>
 *   <li>{@code barrier}: a {@code cfir-2009:<construct>} reference, read as {@link
 *       Frameworks#reference} reads one (the construct by id, or by alias ignoring case, with a
 *       "did you mean" for an unknown name), stored by its id;
 *   <li>{@code strategy}: an ERIC strategy id or alias, stored as its id;
 *   <li>{@code percent}: a number from 0 to 100;
 *   <li>{@code citation} (required), {@code doi} and {@code locator}: the source;
 *   <li>no barrier-strategy pair twice.
 * </ul>
 *
 * <p>A row whose percent is blank was not filled in: it is skipped with the reason {@link
 * SkipReason#UNFILLED}, so that the template {@link EndorsementTemplate} writes can be
 * loaded as filled so far.
 *
 * <p>CSV, read by the kernel's {@link TableReader} (column names ignoring case): UTF-8,
 * comma-separated, a header row naming those six columns in any order ({@code doi}
 * and {@code locator} may be left empty), and optionally the template's {@code barrier_label} and
 * {@code strategy_label}, which are not read. JSON: {@code {"entries": [{"barrier": ...,
 * "strategy": ..., "percent": ..., "source": {"citation": ..., "doi": ..., "locator": ...}}],
 * "completeColumns": [{"barrier": ..., "source": {...}}], "flags": [{"barrier": ..., "strategy":
 * ..., "level": "LEVEL_1", "source": {...}}]}}, where {@code completeColumns} is optional and
 * names the barriers whose source lists every endorsed strategy ({@link
 * EndorsementTable#completeColumns()}), and {@code flags} is optional and holds cells known only
 * by their level, {@code LEVEL_1} or {@code LEVEL_2} ({@link EndorsementTable#flags()}); a bad
 * complete column or flag fails the read in both modes. CSV files hold percents only.
 *
 * <p>In {@link ReadMode#STRICT} the first bad row throws an {@link InvalidInputException} naming
 * the file, row, column (CSV) or JSON path, the value and what is allowed; in {@link
 * ReadMode#LENIENT} bad rows are returned in the {@link EndorsementReport}. A bad header, malformed
 * CSV or JSON that is not an object with an {@code entries} array fails in both modes.
 *
 * <p>Thread-safe: its static methods make a reader of their own for each read.
 */
public final class EndorsementReader {
  /** The CSV columns. */
  public static final List<String> COLUMNS =
      List.of("barrier", "strategy", "percent", "citation", "doi", "locator");

  /** The CSV columns a file may add for reading by people; their cells are not read. */
  public static final List<String> LABEL_COLUMNS = List.of("barrier_label", "strategy_label");

  private static final String BUNDLED = "endorsements.json";
  private static final Set<String> SOURCE_FIELDS = Set.of("citation", "doi", "locator");
  private static final Set<String> ROOT_FIELDS = Set.of("entries", "completeColumns", "flags");
  private static final Set<String> FLAG_FIELDS = Set.of("barrier", "strategy", "level", "source");

  private final List<Endorsement> accepted = new ArrayList<>();
  private final List<CompleteColumn> completeColumns = new ArrayList<>();
  private final List<EndorsementFlag> flags = new ArrayList<>();
  private final Set<String> pairs = new HashSet<>();

  private EndorsementReader() {}

  /**
   * The entries that open-access publications print, each with its source: Waltz et al. 2019,
   * Table 1 (all 43 strategies it lists for the barrier {@code reflecting-and-evaluating}, n = 25
   * respondents, from 60% down to 4%; a complete column, since the table lists every strategy at
   * least one respondent chose) and doi:10.1186/s43058-023-00500-9, Table 3 (per-barrier percents
   * of the 22 strategies that study printed for {@code adaptability}, {@code complexity}, {@code
   * patient-needs-and-resources}, {@code compatibility} and {@code self-efficacy}: partial
   * columns); Waltz et al. 2019, Table 5 (the telephone lifestyle coaching case: percents of 35
   * strategies for {@code structural-characteristics}, {@code networks-and-communications}, {@code
   * compatibility}, {@code organizational-incentives-and-rewards}, {@code planning} and {@code
   * formally-appointed-internal-implementation-leaders}; partial columns). Of Table 5, the two rows
   * whose cells do not add up to the printed cumulative in the copy read (promote adaptability,
   * promote network weaving) are left out, and so is its "Key stakeholders" column, which names no
   * CFIR 2009 construct this project could confirm; 14 compatibility cells that Table 3 already
   * gives, with the same percents, are kept once. {@link EndorsementTable#flags()} holds the 46
   * Level 1 or 2 flags of Robinson and Damschroder 2023 (doi:10.1186/s43058-022-00380-5), Table 3,
   * for eight CFIR 2009 barriers, read from the transcription in the pcatR package; where a flag's
   * cell also has a percent (16 cells) the two agree. The other CFIR 2009 barriers have no entry.
   * Read strictly through {@link #readJson}.
   */
  public static EndorsementTable bundled() {
    return Holder.BUNDLED_TABLE;
  }

  /**
   * Reads a CSV or JSON file, chosen by its extension ({@code .json}, otherwise CSV).
   *
   * @throws InvalidInputException as described for the format and mode
   * @throws UncheckedIOException if the file cannot be read
   */
  public static EndorsementReport read(Path file, ReadMode mode) {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return name.endsWith(".json") ? readJson(in, name, mode) : readCsv(in, name, mode);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * Reads CSV.
   *
   * @param in UTF-8 bytes (not closed)
   * @throws InvalidInputException for a bad header, malformed CSV or, in strict mode, a bad row
   */
  public static EndorsementReport readCsv(InputStream in, String sourceName, ReadMode mode) {
    EndorsementReader r = new EndorsementReader();
    ReadReport read = TableReader.of(mode).read(in, sourceName, r.new Csv());
    return r.report(read);
  }

  /** The CSV table: a header of the known columns, and one entry per row. */
  private final class Csv implements TableReader.Table {
    private Map<String, Integer> index;

    @Override
    public void header(String[] names, InputLocation at) {
      index = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        String h = TableReader.columnKey(names[i]);
        boolean known = COLUMNS.contains(h) || LABEL_COLUMNS.contains(h);
        if (!known || index.putIfAbsent(h, i) != null) {
          throw new InvalidInputException(at.withColumn(names[i].strip()),
              "unknown or repeated column", names[i].strip(),
              String.join(", ", COLUMNS) + " (and optionally " + String.join(", ", LABEL_COLUMNS)
                  + ")");
        }
      }
      if (!index.keySet().containsAll(COLUMNS)) {
        throw new InvalidInputException(
            at, "missing columns", String.join(",", index.keySet()), String.join(", ", COLUMNS));
      }
    }

    @Override
    public void row(String[] fields, InputLocation at, ReadTally tally) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (String column : COLUMNS) {
        cells.put(column, fields[index.get(column)]);
      }
      entry(at.row().getAsLong(), at, cells, tally);
    }
  }

  /**
   * Reads JSON.
   *
   * @param in the JSON bytes (closed after reading)
   * @throws InvalidInputException for malformed JSON, a document without an {@code entries}
   *     array, or in strict mode a bad entry
   */
  public static EndorsementReport readJson(InputStream in, String sourceName, ReadMode mode) {
    EndorsementReader r = new EndorsementReader();
    ReadTally tally = ReadTally.of(sourceName, mode);
    JsonNode root = ImpsciJson.read(in, JsonNode.class, sourceName);
    JsonNode entries = root.path("entries");
    JsonNode complete = root.path("completeColumns");
    JsonNode flags = root.path("flags");
    if (!root.isObject() || !entries.isArray() || !ROOT_FIELDS.containsAll(fieldNames(root))
        || !(complete.isMissingNode() || complete.isArray())
        || !(flags.isMissingNode() || flags.isArray())) {
      throw new InvalidInputException(
          InputLocation.in(sourceName),
          "expected an object with an entries array and optional completeColumns and flags arrays",
          null, "{\"entries\": [...], \"completeColumns\": [...], \"flags\": [...]}");
    }
    for (int i = 0; i < complete.size(); i++) {
      r.completeColumns.add(completeColumn(
          complete.get(i), InputLocation.in(sourceName).withPath("completeColumns[" + i + "]")));
    }
    for (int i = 0; i < flags.size(); i++) {
      r.flags.add(flag(flags.get(i), InputLocation.in(sourceName).withPath("flags[" + i + "]")));
    }
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      Map<String, String> cells = new LinkedHashMap<>();
      cells.put("barrier", text(e.get("barrier")));
      cells.put("strategy", text(e.get("strategy")));
      cells.put("percent", text(e.get("percent")));
      JsonNode source = e.path("source");
      cells.put("citation", text(source.get("citation")));
      cells.put("doi", text(source.get("doi")));
      cells.put("locator", text(source.get("locator")));
      InputLocation where = InputLocation.in(sourceName).withPath("entries[" + i + "]");
      tally.row();
      try {
        unexpectedFields(e).ifPresent(problem -> {
          throw new InvalidInputException(where, problem);
        });
        r.entry(i + 1, where, cells, tally);
      } catch (InvalidInputException bad) {
        tally.reject(i + 1, null, bad);
      }
    }
    return r.report(tally.report());
  }

  /** A complete column: any fault fails the read, in both modes, as a bad header does. */
  private static CompleteColumn completeColumn(JsonNode node, InputLocation where) {
    ConstructRef barrier = barrier(text(node.get("barrier")), at(where, "barrier"));
    JsonNode source = node.path("source");
    String citation = text(source.get("citation")).strip();
    if (citation.isEmpty() || node.size() != 2) {
      throw new InvalidInputException(where, "a complete column needs a barrier and its source",
          node.toString(), "{\"barrier\": ..., \"source\": {\"citation\": ..., ...}}");
    }
    return CompleteColumn.builder()
        .barrier(barrier).source(source(where, citation, text(source.get("doi")), text(source.get("locator"))))
        .build();
  }

  /** A flag: any fault fails the read, in both modes, as a bad header does. */
  private static EndorsementFlag flag(JsonNode node, InputLocation where) {
    if (!node.isObject() || !FLAG_FIELDS.containsAll(fieldNames(node))) {
      throw new InvalidInputException(where, "a flag has a barrier, strategy, level and source",
          node.toString(), String.join(", ", FLAG_FIELDS));
    }
    ConstructRef barrier = barrier(text(node.get("barrier")), at(where, "barrier"));
    String strategy = text(node.get("strategy")).strip();
    String id = strategyId(strategy)
        .orElseThrow(() -> new InvalidInputException(
            at(where, "strategy"), "unknown ERIC strategy", strategy, "an ERIC strategy id or alias"));
    String level = text(node.get("level")).strip();
    if (!level.equals("LEVEL_1") && !level.equals("LEVEL_2")) {
      throw new InvalidInputException(at(where, "level"), "not a level", level, "LEVEL_1 or LEVEL_2");
    }
    JsonNode source = node.path("source");
    String citation = text(source.get("citation")).strip();
    if (citation.isEmpty()) {
      throw new InvalidInputException(at(where, "citation"), "every flag needs its source", "",
          "a citation");
    }
    return EndorsementFlag.builder()
        .barrier(barrier).strategy(id).level(EndorsementLevel.valueOf(level))
        .source(source(where, citation, text(source.get("doi")), text(source.get("locator"))))
        .build();
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString();
  }

  private static Optional<String> unexpectedFields(JsonNode entry) {
    if (!entry.isObject()) {
      return Optional.of("an entry must be an object");
    }
    Set<String> allowed = Set.of("barrier", "strategy", "percent", "source");
    for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        return Optional.of("unknown field '" + f + "'");
      }
    }
    return Optional.empty();
  }

  /**
   * One entry, a CSV row or a JSON entry: accepted, skipped as not filled in, or thrown as bad.
   */
  private void entry(long row, InputLocation where, Map<String, String> cells, ReadTally tally) {
    if (cells.get("percent").isBlank()) {
      tally.skip(SkippedRow.of(row, null, SkipReason.UNFILLED, "percent left blank"));
      return;
    }
    Endorsement e = parse(where, cells);
    if (!pairs.add(e.barrier() + " / " + e.strategy())) {
      throw new InvalidInputException(
          at(where, "strategy"), "duplicate entry for " + e.barrier() + " and this strategy",
          e.strategy(), "one entry per barrier and strategy");
    }
    accepted.add(e);
    tally.accept();
  }

  private static Endorsement parse(InputLocation where, Map<String, String> cells) {
    ConstructRef barrier = barrier(cells.get("barrier"), at(where, "barrier"));
    String strategy = cells.get("strategy").strip();
    String id = strategyId(strategy)
        .orElseThrow(() -> new InvalidInputException(
            at(where, "strategy"), "unknown ERIC strategy", strategy,
            "an ERIC strategy id or alias, such as audit-and-provide-feedback"));
    double percent = percent(cells.get("percent").strip(), at(where, "percent"));
    String citation = cells.get("citation").strip();
    if (citation.isEmpty()) {
      throw new InvalidInputException(at(where, "citation"), "every entry needs its source", "",
          "a citation");
    }
    Source source = source(where, citation, cells.get("doi"), cells.get("locator"));
    return Endorsement.builder()
        .barrier(barrier).strategy(id).percent(percent).source(source).build();
  }

  private static Source source(InputLocation where, String citation, String doiCell, String locatorCell) {
    String doi = doiCell.strip();
    if (!doi.isEmpty() && !doi.startsWith("10.")) {
      throw new InvalidInputException(at(where, "doi"), "not a DOI", doi, "10.<prefix>/<suffix>");
    }
    String locator = locatorCell.strip();
    return org.impsci.assessment.Source.builder()
        .citation(citation)
        .doi(doi.isEmpty() ? Optional.empty() : Optional.of(doi))
        .locator(locator.isEmpty() ? Optional.empty() : Optional.of(locator))
        .build();
  }


  private static InputLocation at(InputLocation where, String field) {
    String prefix = SOURCE_FIELDS.contains(field) ? ".source." : ".";
    return where.path()
        .map(p -> where.withPath(p + prefix + field))
        .orElseGet(() -> where.withColumn(field));
  }

  private static double percent(String text, InputLocation where) {
    double p;
    try {
      p = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(where, "not a number", text, "0 to 100");
    }
    if (!(p >= 0 && p <= 100)) {
      throw new InvalidInputException(where, "percent out of range", text, "0 to 100");
    }
    return p;
  }

  /**
   * A barrier: a CFIR 2009 construct, read by the one reference rule (by id, or alias ignoring
   * case; an unknown name with a "did you mean").
   */
  private static ConstructRef barrier(String text, InputLocation where) {
    ConstructRef barrier = Frameworks.bundled().reference(text.strip(), where);
    if (!barrier.framework().equals(Endorsement.BARRIER_FRAMEWORK)) {
      throw new InvalidInputException(where, "barriers are keyed to CFIR 2009",
          text.strip(), "cfir-2009:<construct>");
    }
    return barrier;
  }


  /** The id of an ERIC strategy given by id or alias. */
  static Optional<String> strategyId(String idOrAlias) {
    return EricFrameworks.eric().construct(idOrAlias)
        .filter(c -> c.kind().equals("strategy"))
        .map(c -> c.id());
  }

  /** Checks that an id is exactly a bundled ERIC strategy id. */
  static void requireStrategy(String id) {
    if (!strategyId(id).filter(id::equals).isPresent()) {
      throw new IllegalArgumentException(
          "'" + id + "' is not an ERIC strategy id; allowed: a strategy id of eric");
    }
  }

  private EndorsementReport report(ReadReport read) {
    return EndorsementReport.builder()
        .read(read)
        .table(EndorsementTable.builder()
            .addAllEntries(accepted).addAllCompleteColumns(completeColumns).addAllFlags(flags)
            .build())
        .build();
  }

  private static final class Holder {
    static final EndorsementTable BUNDLED_TABLE =
        readJson(
                ImpsciJson.openResource(EndorsementReader.class, BUNDLED), BUNDLED, ReadMode.STRICT)
            .table();
  }
}

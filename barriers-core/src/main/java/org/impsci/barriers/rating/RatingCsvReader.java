package org.impsci.barriers.rating;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.RejectedRow;

/**
 * Reads construct ratings from CSV, one row per site and construct (UTF-8, comma-separated, with a
 * header). Columns, in any order, named case-insensitively: {@code site}, {@code construct} and
 * {@code rating} are required; {@code rationale}, {@code coder} and {@code evidence} (locations
 * separated by {@code ;}) are optional. Other columns are an error.
 *
 * <p>The construct is a {@link RatingTarget} ({@code cfir-2.0:inner-setting.culture}, or {@code
 * cfir-2.0:individuals.roles.innovation-deliverers+motivation}) and must exist in the registry
 * given, which may include a study's own taxonomy. The rating is a {@link RatingValue} code. A
 * site that rates a construct twice is an error at the second row.
 *
 * <p>As the kernel's survey reader: in {@link ReadMode#STRICT} mode the first bad row stops
 * reading; in {@link ReadMode#LENIENT} mode every bad row is returned in the report, and rows read
 * = accepted + rejected. Errors name the file, row, column, value and what is allowed. A bad header
 * fails in both modes.
 */
public final class RatingCsvReader {
  private static final List<String> REQUIRED = List.of("site", "construct", "rating");
  private static final List<String> OPTIONAL = List.of("rationale", "coder", "evidence");

  private final Frameworks registry;
  private final ReadMode mode;

  private RatingCsvReader(Frameworks registry, ReadMode mode) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  /** A reader that checks constructs against {@code registry}. */
  public static RatingCsvReader of(Frameworks registry, ReadMode mode) {
    return new RatingCsvReader(registry, mode);
  }

  /** Reads a file, named in messages by its file name. */
  public RatingReadReport read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * Reads every row.
   *
   * @param in UTF-8 bytes (not closed)
   * @param sourceName the file name used in messages
   * @throws InvalidInputException for a bad header, malformed CSV, or in strict mode a bad row
   */
  public RatingReadReport read(InputStream in, String sourceName) {
    CsvRecordReader csv = CsvRecordReader.open(in, sourceName, ',');
    Map<String, Integer> columns = header(csv);
    Map<String, Long> seen = new HashMap<>();
    List<ConstructRating> accepted = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    long rowsRead = 0;
    long blank = 0;
    for (String[] fields = csv.next(); fields != null; fields = csv.next()) {
      if (csv.isBlank()) {
        blank++;
        continue;
      }
      rowsRead++;
      InputLocation at = InputLocation.in(sourceName).withRow(csv.row());
      try {
        if (fields.length != columns.size()) {
          throw new InvalidInputException(
              at, "the row has " + fields.length + " fields but the header has " + columns.size());
        }
        ConstructRating r = rating(fields, columns, at);
        Long first = seen.putIfAbsent(r.site() + "\u0000" + r.target(), csv.row());
        if (first != null) {
          throw new InvalidInputException(
              at.withColumn("construct"),
              "site '" + r.site() + "' already rated '" + r.target() + "' in row " + first,
              r.target().toString(), "one rating per site and construct");
        }
        accepted.add(r);
      } catch (InvalidInputException e) {
        if (mode == ReadMode.STRICT) {
          throw e;
        }
        String site = fields.length > columns.get("site") ? fields[columns.get("site")].trim() : "";
        rejected.add(RejectedRow.of(csv.row(), site.isEmpty() ? null : site, e));
      }
    }
    return RatingReadReport.builder()
        .source(sourceName)
        .rowsRead(rowsRead)
        .ratings(RatingMatrix.of(accepted))
        .addAllRejected(rejected)
        .blankRows(blank)
        .build();
  }

  private ConstructRating rating(String[] fields, Map<String, Integer> columns, InputLocation at) {
    String site = cell(fields, columns, "site");
    if (site.isEmpty()) {
      throw new InvalidInputException(at.withColumn("site"), "the site is blank", "", "a site name");
    }
    InputLocation constructAt = at.withColumn("construct");
    String constructText = cell(fields, columns, "construct");
    if (constructText.isEmpty()) {
      throw new InvalidInputException(
          constructAt, "the construct is blank", "", "framework:construct");
    }
    RatingTarget target = RatingTarget.parse(constructText, constructAt);
    RatingTargets.requireKnown(target, registry, constructAt);
    InputLocation ratingAt = at.withColumn("rating").withItemId(target.toString());
    RatingValue value = RatingValue.parse(cell(fields, columns, "rating"), ratingAt);
    ConstructRating.Builder b =
        ConstructRating.builder().site(site).target(target).rating(value);
    optional(fields, columns, "rationale").ifPresent(b::rationale);
    optional(fields, columns, "coder").ifPresent(b::coder);
    optional(fields, columns, "evidence")
        .ifPresent(e -> Arrays.stream(e.split(";")).map(String::trim)
            .filter(s -> !s.isEmpty()).forEach(b::addEvidence));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          ratingAt, e.getMessage(), value.code(), "-2, -1, 0, +1, +2, X, M, NA");
    }
  }

  private static String cell(String[] fields, Map<String, Integer> columns, String name) {
    return fields[columns.get(name)].trim();
  }

  private static Optional<String> optional(
      String[] fields, Map<String, Integer> columns, String name) {
    return columns.containsKey(name)
        ? Optional.of(cell(fields, columns, name)).filter(s -> !s.isEmpty())
        : Optional.empty();
  }

  private static Map<String, Integer> header(CsvRecordReader csv) {
    InputLocation at = InputLocation.in(csv.sourceName()).withRow(1);
    String[] header = csv.next();
    String allowed = "columns " + String.join(", ", REQUIRED) + " and optionally "
        + String.join(", ", OPTIONAL);
    if (header == null) {
      throw new InvalidInputException(at, "the file is empty; expected a header row", null, allowed);
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 0; c < header.length; c++) {
      String name = header[c].trim().toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        throw new InvalidInputException(
            at.withColumn(header[c]), "unknown column", header[c], allowed);
      }
      if (columns.putIfAbsent(name, c) != null) {
        throw new InvalidInputException(
            at.withColumn(header[c]), "the header names this column twice", header[c], allowed);
      }
    }
    List<String> lacking = REQUIRED.stream().filter(r -> !columns.containsKey(r)).toList();
    if (!lacking.isEmpty()) {
      throw new InvalidInputException(
          at, "the header lacks column(s) " + String.join(", ", lacking),
          String.join(",", header), allowed);
    }
    return columns;
  }
}

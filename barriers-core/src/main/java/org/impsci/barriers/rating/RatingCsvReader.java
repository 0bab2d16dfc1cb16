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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.ReadTally;
import org.impsci.assessment.io.TableReader;

/**
 * Reads construct ratings from CSV, one row per site and construct (UTF-8, comma-separated, with a
 * header), through the kernel's {@link TableReader}. Columns, in any order, named by the table
 * reader's rule (ignoring case): {@code site}, {@code construct} and {@code rating} are required;
 * {@code rationale}, {@code coder} and {@code evidence} (locations separated by {@code ;}) are
 * optional. Other columns are an error.
 *
 * <p>The construct is a {@link RatingTarget} read with {@link RatingTarget#parse(String,
 * Frameworks, InputLocation)}: the construct is resolved in the registry given, which may include
 * a study's own taxonomy, by id or alias as {@link Frameworks#reference} reads it. The rating is a
 * {@link RatingValue} code. A site that rates a construct twice is an error at the second row.
 *
 * <p>In {@link ReadMode#STRICT} mode the first bad row stops reading; in {@link ReadMode#LENIENT}
 * mode every bad row is returned in the report, with its site as the record id, and rows read =
 * accepted + rejected. Errors name the file, row, column, value and what is allowed. A bad header
 * fails in both modes.
 *
 * <p>Immutable and thread-safe; each read has state of its own.
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
    Ratings ratings = new Ratings();
    ReadReport read = TableReader.of(mode).read(in, sourceName, ratings);
    return RatingReadReport.builder().read(read).ratings(RatingMatrix.of(ratings.accepted)).build();
  }

  /** The state of one read. */
  private final class Ratings implements TableReader.Table {
    final List<ConstructRating> accepted = new ArrayList<>();
    final Map<String, Long> seen = new HashMap<>();
    Map<String, Integer> columns;

    @Override
    public void header(String[] names, InputLocation at) {
      String allowed = "columns " + String.join(", ", REQUIRED) + " and optionally "
          + String.join(", ", OPTIONAL);
      columns = new HashMap<>();
      for (int c = 0; c < names.length; c++) {
        String name = TableReader.columnKey(names[c]);
        if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
          throw new InvalidInputException(
              at.withColumn(names[c]), "unknown column", names[c], allowed);
        }
        if (columns.putIfAbsent(name, c) != null) {
          throw new InvalidInputException(
              at.withColumn(names[c]), "the header names this column twice", names[c], allowed);
        }
      }
      List<String> lacking = REQUIRED.stream().filter(r -> !columns.containsKey(r)).toList();
      if (!lacking.isEmpty()) {
        throw new InvalidInputException(
            at, "the header lacks column(s) " + String.join(", ", lacking),
            String.join(",", names), allowed);
      }
    }

    @Override
    public String recordId(String[] fields) {
      return fields.length > columns.get("site") ? cell(fields, "site") : null;
    }

    @Override
    public void row(String[] fields, InputLocation at, ReadTally tally) {
      ConstructRating r = rating(fields, at);
      long row = at.row().orElseThrow();
      Long first = seen.putIfAbsent(r.site() + "\u0000" + r.target(), row);
      if (first != null) {
        throw new InvalidInputException(
            at.withColumn("construct"),
            "site '" + r.site() + "' already rated '" + r.target() + "' in row " + first,
            r.target().toString(), "one rating per site and construct");
      }
      accepted.add(r);
      tally.accept();
    }

    private ConstructRating rating(String[] fields, InputLocation at) {
      String site = cell(fields, "site");
      if (site.isEmpty()) {
        throw new InvalidInputException(at.withColumn("site"), "the site is blank", "", "a site name");
      }
      InputLocation constructAt = at.withColumn("construct");
      String constructText = cell(fields, "construct");
      if (constructText.isEmpty()) {
        throw new InvalidInputException(
            constructAt, "the construct is blank", "", "framework:construct");
      }
      RatingTarget target = RatingTarget.parse(constructText, registry, constructAt);
      InputLocation ratingAt = at.withColumn("rating").withItemId(target.toString());
      RatingValue value = RatingValue.parse(cell(fields, "rating"), ratingAt);
      ConstructRating.Builder b =
          ConstructRating.builder().site(site).target(target).rating(value);
      optional(fields, "rationale").ifPresent(b::rationale);
      optional(fields, "coder").ifPresent(b::coder);
      optional(fields, "evidence")
          .ifPresent(e -> Arrays.stream(e.split(";")).map(String::trim)
              .filter(s -> !s.isEmpty()).forEach(b::addEvidence));
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            ratingAt, e.getMessage(), value.code(), "-2, -1, 0, +1, +2, X, M, NA");
      }
    }

    private String cell(String[] fields, String name) {
      return fields[columns.get(name)].trim();
    }

    private Optional<String> optional(String[] fields, String name) {
      return columns.containsKey(name)
          ? Optional.of(cell(fields, name)).filter(s -> !s.isEmpty())
          : Optional.empty();
    }
  }
}

package org.impsci.assessment.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.internal.csv.CsvHeader;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.ReadTally;
import org.impsci.assessment.io.TableReader;

/**
 * Reads a coded-segment export, one row per segment, laid out as a {@link SegmentCsvLayout} says,
 * streaming row by row. Each code is resolved against a {@link Frameworks} registry and stored by
 * its construct id (an alias such as {@code npt:CO} becomes {@code npt:coherence}).
 *
 * <p>The rows are read by the kernel's {@link TableReader} (its column-name rule: ignoring case).
 * {@link ReadMode#STRICT} stops at the first bad row with an {@link InvalidInputException} naming
 * the file, row, column and value; {@link ReadMode#LENIENT} passes on every good row and reports
 * every bad one. In the {@link ReadReport}, {@code scored} counts the segments accepted and a
 * rejected row's record id is the participant id, so that rows read = accepted + rejected. A bad
 * header fails in both modes.
 *
 * <p>Immutable and thread-safe; each read has state of its own.
 */
public final class SegmentCsvReader {
  private final Frameworks frameworks;
  private final SegmentCsvLayout layout;
  private final ReadMode mode;
  private final Pattern separator;

  private SegmentCsvReader(Frameworks frameworks, SegmentCsvLayout layout, ReadMode mode) {
    this.frameworks = Objects.requireNonNull(frameworks, "frameworks");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.separator = Pattern.compile(Pattern.quote(String.valueOf(layout.codeSeparator())));
  }

  /** A reader of files laid out as {@code layout}, whose codes come from {@code frameworks}. */
  public static SegmentCsvReader of(Frameworks frameworks, SegmentCsvLayout layout, ReadMode mode) {
    return new SegmentCsvReader(frameworks, layout, mode);
  }

  /** Reads a file; see {@link #read(InputStream, String, Consumer)}. */
  public ReadReport read(Path file, Consumer<CodedSegment> sink) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Reads every segment of a file into a list; see {@link #read(InputStream, String, Consumer)}. */
  public List<CodedSegment> readAll(InputStream in, String sourceName) {
    List<CodedSegment> out = new ArrayList<>();
    read(in, sourceName, out::add);
    return List.copyOf(out);
  }

  /**
   * Reads every row, handing each segment to {@code sink} in file order.
   *
   * @param in UTF-8 bytes (not closed)
   * @param sourceName the file name used in messages
   * @return how many rows were read, accepted and rejected
   * @throws InvalidInputException for a bad header, malformed CSV, or in strict mode a bad row
   */
  public ReadReport read(InputStream in, String sourceName, Consumer<CodedSegment> sink) {
    return TableReader.of(mode)
        .withDelimiter(layout.delimiter())
        .read(in, sourceName, new Segments(sink));
  }

  /** The table of one read: its columns, and each row to a segment. */
  private final class Segments implements TableReader.Table {
    private final Consumer<CodedSegment> sink;
    private Columns columns;

    Segments(Consumer<CodedSegment> sink) {
      this.sink = sink;
    }

    @Override
    public void header(String[] names, InputLocation at) {
      columns = new Columns(CsvHeader.of(names, at), layout);
    }

    @Override
    public void row(String[] fields, InputLocation at, ReadTally tally) {
      sink.accept(segment(fields, at, columns));
      tally.accept();
    }

    @Override
    public String recordId(String[] fields) {
      return fields.length > columns.participant ? fields[columns.participant].trim() : null;
    }
  }

  private CodedSegment segment(String[] fields, InputLocation at, Columns c) {
    CodedSegment.Builder b =
        CodedSegment.builder()
            .source(fields[c.source].trim())
            .participantId(fields[c.participant].trim())
            .participantRole(fields[c.role].trim())
            .site(fields[c.site].trim())
            .wave(optional(fields, c.wave))
            .start(offset(fields[c.start], at.withColumn(layout.startColumn())))
            .end(offset(fields[c.end], at.withColumn(layout.endColumn())))
            .text(fields[c.text])
            .addAllCodes(codes(fields[c.codes], at.withColumn(layout.codesColumn())))
            .memo(optional(fields, c.memo));
    Optional<String> valence = optional(fields, c.valence);
    if (valence.isPresent()) {
      try {
        b.valence(Valence.parse(valence.get()));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            at.withColumn(layout.valenceColumn()), "unknown valence", valence.get(), Valence.allowed());
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(at, e.getMessage());
    }
  }

  private List<ConstructRef> codes(String cell, InputLocation at) {
    List<ConstructRef> out = new ArrayList<>();
    for (String part : separator.split(cell)) {
      String text = part.trim();
      if (text.isEmpty()) {
        continue;
      }
      ConstructRef canonical = frameworks.reference(text, at);
      if (!out.contains(canonical)) {
        out.add(canonical);
      }
    }
    if (out.isEmpty()) {
      throw new InvalidInputException(at, "no code given", cell, "framework:construct, for example npt:coherence");
    }
    return out;
  }

  private static int offset(String cell, InputLocation at) {
    try {
      return Integer.parseInt(cell.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(at, "not a whole number", cell, "0 or more");
    }
  }

  private static Optional<String> optional(String[] fields, int column) {
    return column < 0 || fields[column].isBlank() ? Optional.empty() : Optional.of(fields[column].trim());
  }

  /** Where each column is, found from the header. */
  private static final class Columns {
    final int source;
    final int participant;
    final int role;
    final int site;
    final int wave;
    final int start;
    final int end;
    final int text;
    final int codes;
    final int valence;
    final int memo;

    Columns(CsvHeader header, SegmentCsvLayout layout) {
      source = header.require(layout.sourceColumn());
      participant = header.require(layout.participantColumn());
      role = header.require(layout.roleColumn());
      site = header.require(layout.siteColumn());
      wave = header.find(layout.waveColumn());
      start = header.require(layout.startColumn());
      end = header.require(layout.endColumn());
      text = header.require(layout.textColumn());
      codes = header.require(layout.codesColumn());
      valence = header.find(layout.valenceColumn());
      memo = header.find(layout.memoColumn());
      header.checkComplete();
    }
  }
}

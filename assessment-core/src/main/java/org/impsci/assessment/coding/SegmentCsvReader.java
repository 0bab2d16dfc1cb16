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
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.internal.csv.CsvHeader;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.RejectedRow;

/**
 * Reads a coded-segment export, one row per segment, laid out as a {@link SegmentCsvLayout} says,
 * streaming row by row. Each code is resolved against a {@link Frameworks} registry and stored by
 * its construct id (an alias such as {@code npt:CO} becomes {@code npt:coherence}).
 *
 * <p>As with surveys, {@link ReadMode#STRICT} stops at the first bad row with an {@link
 * InvalidInputException} naming the file, row, column and value; {@link ReadMode#LENIENT} passes on
 * every good row and reports every bad one. In the {@link ReadReport}, {@code scored} counts the
 * segments accepted and a rejected row's {@code respondentId} is the participant id, so that rows
 * read = accepted + rejected. A bad header fails in both modes.
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
    CsvRecordReader csv = CsvRecordReader.open(in, sourceName, layout.delimiter());
    Columns columns = new Columns(CsvHeader.read(csv), layout);
    long rowsRead = 0;
    long accepted = 0;
    long blank = 0;
    List<RejectedRow> rejected = new ArrayList<>();
    for (String[] fields = csv.next(); fields != null; fields = csv.next()) {
      if (csv.isBlank()) {
        blank++;
        continue;
      }
      rowsRead++;
      InputLocation at = InputLocation.in(sourceName).withRow(csv.row());
      try {
        sink.accept(segment(fields, at, columns));
        accepted++;
      } catch (InvalidInputException e) {
        if (mode == ReadMode.STRICT) {
          throw e;
        }
        String participant = fields.length > columns.participant ? fields[columns.participant].trim() : "";
        rejected.add(RejectedRow.of(csv.row(), participant.isEmpty() ? null : participant, e));
      }
    }
    return ReadReport.builder()
        .source(sourceName)
        .rowsRead(rowsRead)
        .scored(accepted)
        .addAllRejected(rejected)
        .blankRows(blank)
        .build();
  }

  private CodedSegment segment(String[] fields, InputLocation at, Columns c) {
    if (fields.length != c.width) {
      throw new InvalidInputException(
          at, "the row has " + fields.length + " fields but the header has " + c.width);
    }
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
    final int width;
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
      width = header.width();
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

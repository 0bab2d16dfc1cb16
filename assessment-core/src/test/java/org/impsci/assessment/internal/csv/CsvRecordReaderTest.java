package org.impsci.assessment.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.impsci.assessment.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  /** A record as read, with its row and starting line. */
  private record Rec(List<String> fields, long row, long line) {}

  private static Rec rec(long row, long line, String... fields) {
    return new Rec(List.of(fields), row, line);
  }

  private static List<Rec> readAll(CsvRecordReader reader) {
    List<Rec> records = new ArrayList<>();
    for (String[] r = reader.next(); r != null; r = reader.next()) {
      records.add(new Rec(Arrays.asList(r), reader.row(), reader.line()));
    }
    assertThat(reader.next()).isNull();
    return records;
  }

  private static List<Rec> read(String text, char delimiter) {
    return readAll(new CsvRecordReader(new StringReader(text), "test.csv", delimiter));
  }

  private static List<Rec> read(String text) {
    return read(text, ',');
  }

  private static List<Rec> readOneCharAtATime(String text) {
    return readAll(new CsvRecordReader(new OneCharReader(text), "test.csv", ','));
  }

  private static List<Rec> readBytes(byte[] bytes) {
    return readAll(CsvRecordReader.open(new ByteArrayInputStream(bytes), "test.csv", ','));
  }

  private static List<Rec> readUtf8OneByteAtATime(String text) {
    InputStream in = new OneByteInputStream(text.getBytes(StandardCharsets.UTF_8));
    return readAll(CsvRecordReader.open(in, "test.csv", ','));
  }

  private static InvalidInputException failure(String text) {
    return failure(text.getBytes(StandardCharsets.UTF_8));
  }

  private static InvalidInputException failure(byte[] bytes) {
    try (CsvRecordReader reader =
        CsvRecordReader.open(new ByteArrayInputStream(bytes), "data.csv", ',')) {
      while (reader.next() != null) {
        // read on until the error
      }
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("no error");
  }

  @Test
  void readsSimpleRecords() {
    assertThat(read("id,name\n1,Ann\n2,Bo\n")).containsExactly(
        rec(1, 1, "id", "name"), rec(2, 2, "1", "Ann"), rec(3, 3, "2", "Bo"));
  }

  @Test
  void readsCrlf() {
    assertThat(read("id,name\r\n1,Ann\r\n")).containsExactly(
        rec(1, 1, "id", "name"), rec(2, 2, "1", "Ann"));
  }

  @Test
  void readsLoneCr() {
    assertThat(read("id,name\r1,Ann\r2,Bo")).containsExactly(
        rec(1, 1, "id", "name"), rec(2, 2, "1", "Ann"), rec(3, 3, "2", "Bo"));
  }

  @Test
  void readsMixedLineEndings() {
    assertThat(read("a\r\nb\rc\nd\r\n")).containsExactly(
        rec(1, 1, "a"), rec(2, 2, "b"), rec(3, 3, "c"), rec(4, 4, "d"));
  }

  @Test
  void finalLineBreakIsOptional() {
    assertThat(read("a,b\n1,2")).containsExactly(rec(1, 1, "a", "b"), rec(2, 2, "1", "2"));
    assertThat(read("a,b\n1,2\n")).containsExactly(rec(1, 1, "a", "b"), rec(2, 2, "1", "2"));
  }

  @Test
  void dropsUtf8ByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest = "id,name\n1,Zoë\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(rest, 0, bytes, bom.length, rest.length);

    List<Rec> records = readBytes(bytes);

    assertThat(records.get(0).fields().get(0)).isEqualTo("id");
    assertThat(records).containsExactly(rec(1, 1, "id", "name"), rec(2, 2, "1", "Zoë"));
  }

  @Test
  void dropsByteOrderMarkCharOnlyAtTheStart() {
    assertThat(read("\uFEFFid\n\uFEFFx\n")).containsExactly(rec(1, 1, "id"), rec(2, 2, "\uFEFFx"));
    assertThat(readOneCharAtATime("\uFEFFid")).containsExactly(rec(1, 1, "id"));
    assertThat(read("\uFEFF")).isEmpty();
  }

  @Test
  void readsQuotedFields() {
    String text = "id,note,end\n"
        + "1,\"a,b\",x\n"
        + "2,\"say \"\"hi\"\"\",x\n"
        + "3,\"two\nlines\",x\n"
        + "4,\"windows\r\nbreak\r\nhere\",x\r\n"
        + "5,\"\",\"\"\"\"\n"
        + "6,\"lone\rcr\",x\n";

    assertThat(read(text)).containsExactly(
        rec(1, 1, "id", "note", "end"),
        rec(2, 2, "1", "a,b", "x"),
        rec(3, 3, "2", "say \"hi\"", "x"),
        rec(4, 4, "3", "two\nlines", "x"),
        rec(5, 6, "4", "windows\r\nbreak\r\nhere", "x"),
        rec(6, 9, "5", "", "\""),
        rec(7, 10, "6", "lone\rcr", "x"));
  }

  @Test
  void readsEmptyFields() {
    assertThat(read(",,\na,\n,b\n")).containsExactly(
        rec(1, 1, "", "", ""), rec(2, 2, "a", ""), rec(3, 3, "", "b"));
    assertThat(read("a,")).containsExactly(rec(1, 1, "a", ""));
  }

  @Test
  void blankLineInTheMiddleIsOneEmptyField() {
    assertThat(read("a,b\n\n1,2\r\n\r\n3,4\n")).containsExactly(
        rec(1, 1, "a", "b"), rec(2, 2, ""), rec(3, 3, "1", "2"), rec(4, 4, ""),
        rec(5, 5, "3", "4"));
  }

  @Test
  void readsOtherDelimiters() {
    assertThat(read("a;b,c;\"d;e\"\n", ';')).containsExactly(rec(1, 1, "a", "b,c", "d;e"));
    assertThat(read("a\tb c\t\"d\te\"\n1\t\t2\n", '\t')).containsExactly(
        rec(1, 1, "a", "b c", "d\te"), rec(2, 2, "1", "", "2"));
  }

  @Test
  void trimmedBoundsMatchStringTrim() {
    String[] fields = {" a ", "b", "\t x y\t", "   ", "", "\u0001c\u0002"};
    CsvRecordReader reader =
        new CsvRecordReader(new StringReader(String.join(";", fields) + "\n"), "t.csv", ';');
    assertThat(reader.advance()).isTrue();
    for (int f = 0; f < fields.length; f++) {
      int start = reader.trimmedStart(f);
      int end = reader.trimmedEnd(f);
      assertThat(new String(reader.chars(), start, end - start))
          .as(fields[f])
          .isEqualTo(fields[f].trim());
    }
    // An all-blank field trims to an empty run at its end, never to an end before its start.
    assertThat(reader.trimmedStart(3))
        .isEqualTo(reader.trimmedEnd(3))
        .isEqualTo(reader.fieldEnd(3));
  }

  @Test
  void keepsWhitespace() {
    assertThat(read(" a , b ,\t\n")).containsExactly(rec(1, 1, " a ", " b ", "\t"));
  }

  @Test
  void keepsQuoteInsideUnquotedFieldLiterally() {
    assertThat(read("a\"b,c\", \"d\"\n")).containsExactly(rec(1, 1, "a\"b", "c\"", " \"d\""));
  }

  @Test
  void rejectsCharacterAfterClosingQuote() {
    InvalidInputException e = failure("id,name\n1,\"Ann\"x,3\n");

    assertThat(e.getMessage())
        .contains("data.csv", "row 2", "line 2", "column 2", "closing quote");
    assertThat(e.value()).contains("x");
    assertThat(e.allowed()).contains("the delimiter (,), a line break or the end of input");
    assertThat(e.location().row()).hasValue(2);
    assertThat(e.location().line()).hasValue(2);
    assertThat(e.location().column()).contains("2");
  }

  @Test
  void rejectsUnterminatedQuote() {
    InvalidInputException e = failure("id,note\n1,ok\n2,\"opened\nand\nnever closed\n");

    assertThat(e.getMessage()).contains("data.csv", "row 3", "line 3", "column 2", "not closed");
  }

  @Test
  void rejectsMalformedUtf8() {
    byte[] bytes = {'i', 'd', '\n', 'a', 'b', (byte) 0xC3, 0x28, '\n'};

    InvalidInputException e = failure(bytes);

    assertThat(e.getMessage()).contains("data.csv", "row 2", "line 2", "malformed UTF-8");
    assertThat(e.value()).contains("C3");
  }

  @Test
  void rejectsMalformedUtf8FarIntoTheInputAtItsRow() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(i).append(",\"é\"\n");
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(good, good.length + 3);
    bytes[good.length] = 'x';
    bytes[good.length + 1] = (byte) 0xE2; // truncated three-byte sequence at end of input
    bytes[good.length + 2] = (byte) 0x82;

    InvalidInputException e = failure(bytes);

    assertThat(e.getMessage()).contains("row 20001", "line 20001", "malformed UTF-8");
  }

  @Test
  void acceptsFieldAtTheLengthLimit() {
    String max = "x".repeat(CsvRecordReader.MAX_FIELD_LENGTH);

    assertThat(read(max + ",\"" + max + "\"")).containsExactly(rec(1, 1, max, max));
  }

  @Test
  void rejectsFieldOverTheLengthLimit() {
    String over = "x".repeat(CsvRecordReader.MAX_FIELD_LENGTH + 1);

    assertThat(failure("id\n" + over + "\n").getMessage())
        .contains("row 2", "line 2", "column 1", "field too long", "1000000");
    assertThat(failure("id,note\n1,\"" + over + "\"\n").getMessage())
        .contains("row 2", "column 2", "field too long", "1000000");
  }

  @Test
  void limitsFieldsPerRecord() {
    String max = ",".repeat(CsvRecordReader.MAX_FIELDS - 1);
    assertThat(read(max).get(0).fields()).hasSize(CsvRecordReader.MAX_FIELDS);
    assertThat(read(max + "\n").get(0).fields()).hasSize(CsvRecordReader.MAX_FIELDS);

    InvalidInputException e = failure("a\n" + max + ",\n");

    assertThat(e.getMessage()).contains("row 2", "too many fields", "10000");
    assertThat(e.allowed()).contains("at most 10000 fields");
  }

  @Test
  void readsAcrossBufferBoundaries() {
    String longPlain = "p".repeat(100_000);
    String longQuoted = "q\"\"r,\r\n".repeat(30_000);
    StringBuilder text = new StringBuilder("id,a,b\r\n");
    for (int i = 0; i < 20; i++) {
      text.append(i).append(',').append(longPlain).append(i)
          .append(",\"").append(longQuoted).append("\"\r\n")
          .append("\"\",\"\"\"\",x\r\r\n");
    }
    String csv = text.toString();

    List<Rec> bulk = read(csv);

    assertThat(bulk).hasSize(1 + 20 * 3);
    assertThat(bulk.get(1).fields()).containsExactly(
        "0", longPlain + "0", longQuoted.replace("\"\"", "\""));
    assertThat(bulk.get(1).line()).isEqualTo(2);
    assertThat(bulk.get(2)).isEqualTo(rec(3, 30_003, "", "\"", "x"));
    assertThat(bulk.get(3)).isEqualTo(rec(4, 30_004, ""));
    assertThat(bulk.get(4).line()).isEqualTo(30_005);
    assertThat(readOneCharAtATime(csv)).isEqualTo(bulk);
    assertThat(readUtf8OneByteAtATime(csv)).isEqualTo(bulk);
  }

  /**
   * Quote-free records are read in place from the buffer when they end inside it, and copied
   * when they do not. Read in chunks of random sizes (so records, CRLFs and lone CRs straddle
   * refills) and one character at a time (every record copied), the fields, their bounds in
   * {@link CsvRecordReader#chars()}, blankness, rows and lines agree.
   */
  @Test
  void readsRecordsInPlaceAsTheCopyingPathReadsThem() {
    Random random = new Random(7);
    String[] pieces = {"1", "23", " ", "\t", "é", "x y", "not_relevant", ""};
    String[] lineBreaks = {"\n", "\r\n", "\r"};
    StringBuilder csv = new StringBuilder();
    for (int row = 0; row < 3_000; row++) {
      int fields = 1 + random.nextInt(6);
      for (int f = 0; f < fields; f++) {
        // A lone empty field would make "\r" + "\n" one line break: give such a record text.
        int piece = random.nextInt(fields == 1 ? pieces.length - 1 : pieces.length);
        csv.append(f > 0 ? ";" : "").append(pieces[piece]);
      }
      csv.append(lineBreaks[random.nextInt(lineBreaks.length)]);
    }
    String text = csv.toString();

    List<String> inChunks = describeRecords(new CsvRecordReader(new ChunkReader(text, 11), "t", ';'));
    List<String> copied = describeRecords(new CsvRecordReader(new OneCharReader(text), "t", ';'));

    assertThat(inChunks).hasSize(3_000).isEqualTo(copied);
    assertThat(describeRecords(new CsvRecordReader(new StringReader(text), "t", ';')))
        .isEqualTo(copied);
    assertThat(copied).anyMatch(r -> r.contains("blank true")).anyMatch(r -> r.contains("é"));
  }

  /** Each record as its row, line, blankness and fields taken from chars() by their bounds. */
  private static List<String> describeRecords(CsvRecordReader reader) {
    List<String> records = new ArrayList<>();
    while (reader.advance()) {
      List<String> fields = new ArrayList<>();
      for (int f = 0; f < reader.fieldCount(); f++) {
        fields.add(new String(reader.chars(), reader.fieldStart(f),
            reader.fieldEnd(f) - reader.fieldStart(f)));
        assertThat(fields.get(f)).isEqualTo(reader.field(f));
      }
      records.add("row " + reader.row() + " line " + reader.line() + " blank " + reader.isBlank()
          + " " + fields);
    }
    return records;
  }

  @Test
  void readsEmptyInput() {
    assertThat(read("")).isEmpty();
    assertThat(readBytes(new byte[0])).isEmpty();
  }

  @Test
  void startsBeforeAnyRecord() {
    CsvRecordReader reader = new CsvRecordReader(new StringReader("a"), "s.csv", ',');

    assertThat(reader.row()).isZero();
    assertThat(reader.line()).isZero();
    assertThat(reader.sourceName()).isEqualTo("s.csv");
  }

  @Test
  void rejectsQuoteOrLineBreakAsDelimiter() {
    Reader in = new StringReader("");
    assertThatThrownBy(() -> new CsvRecordReader(in, "s.csv", '"'))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CsvRecordReader(in, "s.csv", '\n'))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closesTheUnderlyingStream() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    CsvRecordReader.open(in, "s.csv", ',').close();

    assertThat(closed[0]).isTrue();
  }

  @Test
  void readsBackWhatAQuotingWriterWrote() {
    Random random = new Random(20240611L);
    String[] pieces = {"a", "bc", " ", ",", "\"", "\r", "\n", "\r\n", "é", "日本", "😀", "x y"};
    String[] lineBreaks = {"\n", "\r\n", "\r"};
    List<Rec> expected = new ArrayList<>();
    StringBuilder csv = new StringBuilder();
    long line = 1;
    for (int row = 1; row <= 2_000; row++) {
      String[] fields = new String[1 + random.nextInt(8)];
      for (int f = 0; f < fields.length; f++) {
        StringBuilder field = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
          field.append(pieces[random.nextInt(pieces.length)]);
        }
        fields[f] = field.toString();
      }
      expected.add(rec(row, line, fields));
      String written = writeRecord(fields) + lineBreaks[random.nextInt(lineBreaks.length)];
      csv.append(written);
      line += countLineBreaks(written);
    }
    String text = csv.toString();

    assertThat(read(text)).isEqualTo(expected);
    assertThat(readOneCharAtATime(text)).isEqualTo(expected);
    assertThat(readBytes(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    assertThat(readUtf8OneByteAtATime(text)).isEqualTo(expected);
  }

  /**
   * A minimal correct CSV writer: quotes a field only when it must, and a record of one empty
   * field, which an empty line would leave ambiguous after a lone CR.
   */
  private static String writeRecord(String[] fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = fields[i];
      boolean quote = f.contains(",") || f.contains("\"") || f.contains("\r") || f.contains("\n")
          || fields.length == 1 && f.isEmpty();
      out.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
    }
    return out.toString();
  }

  private static long countLineBreaks(String s) {
    return s.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
  }

  @Test
  void writerUsedByThePropertyTestQuotesAsRfc4180Says() {
    assertThat(writeRecord(new String[] {"a", "b,c", "d\"e", "", "f\ng"}))
        .isEqualTo("a,\"b,c\",\"d\"\"e\",,\"f\ng\"");
    assertThat(writeRecord(new String[] {""})).isEqualTo("\"\"");
  }

  /** Returns one character per read, to put every boundary between two refills. */
  private static final class OneCharReader extends Reader {
    private final String text;
    private int next;

    OneCharReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (next == text.length()) {
        return -1;
      }
      cbuf[off] = text.charAt(next++);
      return 1;
    }

    @Override
    public void close() {}
  }

  /** Returns chunks of 1 to {@code most} characters, sizes drawn from a seeded generator. */
  private static final class ChunkReader extends Reader {
    private final String text;
    private final int most;
    private final Random random = new Random(3);
    private int next;

    ChunkReader(String text, int most) {
      this.text = text;
      this.most = most;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (next == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(most)), text.length() - next);
      text.getChars(next, next + n, cbuf, off);
      next += n;
      return n;
    }

    @Override
    public void close() {}
  }

  /** Returns one byte per read, to split multi-byte UTF-8 sequences. */
  private static final class OneByteInputStream extends FilterInputStream {
    OneByteInputStream(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 1));
    }
  }
}

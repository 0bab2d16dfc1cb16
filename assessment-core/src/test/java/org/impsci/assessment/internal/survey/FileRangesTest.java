package org.impsci.assessment.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impsci.assessment.internal.survey.FileRanges.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Range boundaries, records and lines before each range, counted by hand from the bytes. */
class FileRangesTest {
  // Bytes 0-5 the header; 6-13 a record with a quoted line break (lines 2-3); 14-18 a CRLF
  // record (line 4); 19-25 a record whose field is one doubled quote (line 5).
  private static final String CSV = "h1,h2\n1,\"a\nb\"\n2,x\r\n3,\"\"\"\"\n";

  @TempDir Path dir;

  @Test
  void everyRecordEndOutsideQuotesIsABoundaryWithItsRowAndLine() throws IOException {
    Path file = Files.writeString(dir.resolve("x.csv"), CSV);
    assertThat(FileRanges.of(file, ',', 1, 1))
        .containsExactly(
            new Range(0, 6, 0, 1),
            new Range(6, 14, 1, 2),
            new Range(14, 19, 2, 4),
            new Range(19, 26, 3, 5));
    // The first range keeps the header and the next two records.
    assertThat(FileRanges.of(file, ',', 1, 3))
        .containsExactly(new Range(0, 19, 0, 1), new Range(19, 26, 3, 5));
    try (InputStream in = new Range(6, 14, 1, 2).bytesOf(file)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("1,\"a\nb\"\n");
    }
    try (InputStream in = new Range(14, 19, 2, 4).bytesOf(file)) {
      assertThat(in.read()).isEqualTo('2');
      assertThat(in.read(new byte[10], 0, 10)).isEqualTo(4);
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsACharacterAndALoneCrEndsARecord() throws IOException {
    // 5" is an unquoted field holding a quote: the line break after it ends the record.
    String csv = "h\n5\"\n\"q\"\r7\n";
    assertThat(split(csv, 1, 1))
        .containsExactly(
            new Range(0, 2, 0, 1), new Range(2, 5, 1, 2), new Range(5, 9, 2, 3),
            new Range(9, 11, 3, 4));
  }

  @Test
  void aQuoteRightAfterAByteOrderMarkOpensTheFirstField() throws IOException {
    // The mark is 3 bytes; the quoted header field holds a line break (lines 1-2), so the first
    // record ends at byte 11 and the next starts line 3.
    String csv = "\uFEFF\"x\ny\",h\n1,2\n3,4\n";
    assertThat(split(csv, 1, 1))
        .containsExactly(
            new Range(0, 11, 0, 1), new Range(11, 15, 1, 3), new Range(15, 19, 2, 4));
  }

  @Test
  void noSplitWhereTheBytesAreNotWellFormedOrTheDelimiterIsNotAscii() throws IOException {
    String malformed = "h\n\"a\"b\n1\n2\n";
    assertThat(split(malformed, 1, 1)).containsExactly(new Range(0, 11, 0, 1));
    assertThat(split(CSV, 1, 1, '\u00a7')).containsExactly(new Range(0, 26, 0, 1));
    assertThat(split(CSV, 26, 1)).containsExactly(new Range(0, 26, 0, 1));
  }

  @Test
  void aCrLastInWhatWasReadIsNoBoundaryTillItsLfIsSeen() throws IOException {
    // Read one byte at a time, every CR is last: the CRLF records are never split, LF ones are.
    String csv = "h\r\n1\r\n2\n3\n";
    InputStream oneByte =
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1));
          }
        };
    assertThat(FileRanges.split(oneByte, csv.length(), ',', 1, 1))
        .containsExactly(new Range(0, 8, 0, 1), new Range(8, 10, 3, 4));
  }

  private static List<Range> split(String csv, long rangeBytes, int firstRecords)
      throws IOException {
    return split(csv, rangeBytes, firstRecords, ',');
  }

  private static List<Range> split(String csv, long rangeBytes, int firstRecords, char delimiter)
      throws IOException {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    return FileRanges.split(
        new ByteArrayInputStream(bytes), bytes.length, delimiter, rangeBytes, firstRecords);
  }
}

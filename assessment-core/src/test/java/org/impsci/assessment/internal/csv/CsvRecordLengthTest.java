package org.impsci.assessment.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import org.impsci.assessment.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The cap on the characters of one record ({@link CsvRecordReader#MAX_RECORD_LENGTH}), with
 * records generated as they are read, so that a 300,000,000-character record never sits in the
 * test's own memory. Before the cap, the reader copied such a record whole (600 MB of chars).
 */
class CsvRecordLengthTest {
  private static final int FIELD = CsvRecordReader.MAX_FIELD_LENGTH;

  /**
   * A header line {@code h}, then one record of {@code fields} fields of {@code length} x's each
   * (quoted if asked), then the record {@code after}; made up as it is read.
   */
  static Reader generated(int fields, int length, boolean quoted) {
    return new Reader() {
      private final int fieldWidth = length + (quoted ? 2 : 0);
      private final long recordEnd = 2 + (long) fields * (fieldWidth + 1);
      private final String after = "after\n";
      private long at;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (at >= recordEnd + after.length()) {
          return -1;
        }
        int n = 0;
        while (n < len && at < recordEnd + after.length()) {
          cbuf[off + n++] = charAt(at++);
        }
        return n;
      }

      private char charAt(long i) {
        if (i < 2) {
          return i == 0 ? 'h' : '\n';
        }
        if (i >= recordEnd) {
          return after.charAt((int) (i - recordEnd));
        }
        long inField = (i - 2) % (fieldWidth + 1);
        if (inField == fieldWidth) {
          return i == recordEnd - 1 ? '\n' : ',';
        }
        return quoted && (inField == 0 || inField == fieldWidth - 1) ? '"' : 'x';
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aThreeHundredMillionCharacterRecordFailsAtTheCap() {
    // 300 fields of 1,000,000 characters: each field is within its limit, the record is not.
    // Fields 1-4 fill the 4,000,000 characters; the fifth is the one that goes over.
    CsvRecordReader reader = new CsvRecordReader(generated(300, FIELD, false), "big.csv", ',');
    assertThat(reader.next()).containsExactly("h");
    assertThatThrownBy(reader::next)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("big.csv")
        .hasMessageContaining("row 2")
        .hasMessageContaining("column 5")
        .hasMessageContaining("record too long")
        .hasMessageContaining("at most 4000000 characters");
  }

  @Test
  void quotedFieldsCountTowardTheCapToo() {
    CsvRecordReader reader = new CsvRecordReader(generated(300, FIELD, true), "big.csv", ',');
    reader.next();
    assertThatThrownBy(reader::next)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("column 5")
        .hasMessageContaining("record too long");
  }

  @Test
  void aRecordOfExactlyTheCapIsRead() {
    // 4 fields of 1,000,000: 4,000,000 characters, the cap itself; the next record reads on.
    CsvRecordReader reader = new CsvRecordReader(generated(4, FIELD, false), "max.csv", ',');
    reader.next();
    String[] record = reader.next();
    assertThat(record).hasSize(4);
    assertThat(record[3]).hasSize(FIELD).matches("x+");
    assertThat(reader.next()).containsExactly("after");
    assertThat(reader.next()).isNull();
  }

  @Test
  void theFieldThatGoesOverTheCapIsNamed() {
    // 8 fields of 500,000 characters are the cap exactly; with a ninth, the ninth goes over.
    CsvRecordReader atCap = new CsvRecordReader(generated(8, FIELD / 2, false), "a.csv", ',');
    atCap.next();
    assertThat(atCap.next()).hasSize(8);
    CsvRecordReader over = new CsvRecordReader(generated(9, FIELD / 2, false), "b.csv", ',');
    over.next();
    assertThatThrownBy(over::next)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("column 9")
        .hasMessageContaining("record too long");
  }
}

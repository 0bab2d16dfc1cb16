package org.impsci.assessment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The one strict/lenient row loop: a small table of names and scores whose outcome is worked out
 * by hand in each test (row numbers count the header as row 1).
 */
class TableReaderTest {

  /** name and score columns; a blank score is not filled in, a score must be a whole number. */
  private static final class Scores implements TableReader.Table {
    final List<Integer> accepted = new ArrayList<>();
    int name;
    int score;

    @Override
    public void header(String[] names, InputLocation at) {
      List<String> keys = new ArrayList<>();
      for (String n : names) {
        keys.add(TableReader.columnKey(n));
      }
      name = keys.indexOf("name");
      score = keys.indexOf("score");
      if (name < 0 || score < 0) {
        throw new InvalidInputException(at, "the header lacks name or score", String.join(",", names),
            "name, score");
      }
    }

    @Override
    public void row(String[] fields, InputLocation at, ReadTally tally) {
      String cell = fields[score].trim();
      if (cell.isEmpty()) {
        tally.skip(SkippedRow.of(at.row().getAsLong(), fields[name], SkipReason.UNFILLED, "blank"));
        return;
      }
      if (!cell.matches("[0-9]+")) {
        throw new InvalidInputException(at.withColumn("score"), "not a whole number", cell, "0 or more");
      }
      accepted.add(Integer.parseInt(cell));
      tally.accept();
    }

    @Override
    public String recordId(String[] fields) {
      return fields.length > name ? fields[name].trim() : null;
    }
  }

  // Rows: 1 header, 2 ann 3, 3 blank, 4 bob x, 5 cy with a third field, 6 dee blank score, 7 ann 5.
  private static final String TABLE =
      "Name , SCORE\nann,3\n,\nbob,x\ncy,4,extra\ndee,\nann,5\n";

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void lenientReadingAcceptsRejectsAndSkipsEveryRowWithItsReason() {
    Scores table = new Scores();
    ReadReport r = TableReader.of(ReadMode.LENIENT).read(bytes(TABLE), "t.csv", table);
    // By hand: rows 2, 4, 5, 6, 7 hold records; 2 and 7 accepted (3 + 5), 4 and 5 rejected, 6
    // skipped; row 3 blank.
    assertThat(table.accepted).containsExactly(3, 5);
    assertThat(r.source()).isEqualTo("t.csv");
    assertThat(r.rowsRead()).isEqualTo(5);
    assertThat(r.recordsRead()).isEqualTo(5);
    assertThat(r.scored()).isEqualTo(2);
    assertThat(r.blankRows()).isEqualTo(1);
    assertThat(r.rejected()).extracting(RejectedRow::row).containsExactly(4L, 5L);
    assertThat(r.rejected()).extracting(x -> x.recordId().orElseThrow()).containsExactly("bob", "cy");
    assertThat(r.rejected().get(0).message())
        .isEqualTo("t.csv, row 4, column score: not a whole number (value 'x'); allowed: 0 or more");
    assertThat(r.rejected().get(1).reason()).isEqualTo("the row has 3 fields but the header has 2");
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.row()).isEqualTo(6);
      assertThat(s.recordId()).hasValue("dee");
      assertThat(s.reason()).isEqualTo(SkipReason.UNFILLED);
    });
    assertThat(r.skippedByReason()).containsExactly(Map.entry(SkipReason.UNFILLED, 1L));
  }

  @Test
  void strictReadingStopsAtTheFirstBadRowAfterTheRowsBeforeIt() {
    Scores table = new Scores();
    assertThatThrownBy(() -> TableReader.of(ReadMode.STRICT).read(bytes(TABLE), "t.csv", table))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("t.csv, row 4, column score: not a whole number (value 'x'); allowed: 0 or more");
    assertThat(table.accepted).containsExactly(3);
  }

  @Test
  void aMissingOrBadHeaderAndTooManyRecordsFailInBothModes() {
    for (ReadMode mode : ReadMode.values()) {
      assertThatThrownBy(() -> TableReader.of(mode).read(bytes(""), "t.csv", new Scores()))
          .hasMessage("t.csv, row 1: the file is empty; expected a header row");
      assertThatThrownBy(() -> TableReader.of(mode).read(bytes("name,points\n"), "t.csv", new Scores()))
          .hasMessageStartingWith("t.csv, row 1: the header lacks name or score");
      // Three records where two are allowed: the third, in row 4, is one too many.
      assertThatThrownBy(() -> TableReader.of(mode).withMaxRecords(2)
              .read(bytes("name,score\na,1\nb,2\nc,3\n"), "t.csv", new Scores()))
          .hasMessage("t.csv, row 4: the file holds more than 2 records; allowed: at most 2 records");
    }
    assertThatThrownBy(() -> TableReader.of(ReadMode.STRICT).withMaxRecords(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRowOfSeveralRecordsIsCountedAndRejectedRecordByRecord() {
    // Two records a row; the second data row is short, so both its records are rejected.
    TableReader.Table pairs = new TableReader.Table() {
      @Override
      public void header(String[] names, InputLocation at) {}

      @Override
      public int recordsPerRow() {
        return 2;
      }

      @Override
      public void row(String[] fields, InputLocation at, ReadTally tally) {
        tally.accept();
        tally.accept();
      }
    };
    ReadReport r = TableReader.of(ReadMode.LENIENT).withDelimiter(';')
        .read(bytes("a;b\n1;2\n3\n"), "p.csv", pairs);
    assertThat(r.rowsRead()).isEqualTo(2);
    assertThat(r.recordsRead()).isEqualTo(4);
    assertThat(r.scored()).isEqualTo(2);
    assertThat(r.rejected()).extracting(RejectedRow::row).containsExactly(3L, 3L);
    assertThat(r.rejected().get(0).recordId()).isEmpty();
  }

  @Test
  void aTableThatLosesARecordCannotMakeItsReport() {
    // The table neither accepts, rejects nor skips the row: the report says what is missing.
    TableReader.Table forgetful = new TableReader.Table() {
      @Override
      public void header(String[] names, InputLocation at) {}

      @Override
      public void row(String[] fields, InputLocation at, ReadTally tally) {}
    };
    assertThatThrownBy(() -> TableReader.of(ReadMode.LENIENT).read(bytes("a\n1\n"), "f.csv", forgetful))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows read (1) must equal scored (0) + rejected (0) + skipped (0)");
  }

  @Test
  void columnNamesAreTrimmedAndMatchedIgnoringCase() {
    assertThat(TableReader.columnKey("  Site ")).isEqualTo("site");
    assertThat(TableReader.columnKey("RESPONDENT_ID")).isEqualTo("respondent_id");
  }
}

package org.impsci.barriers.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.RejectedRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and JSON endorsement files: good rows, every kind of bad row, strict and lenient. */
class EndorsementReaderTest {
  private static final String HEADER = "barrier,strategy,percent,citation,doi,locator\n";

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void bundledEntriesCarryTheirSources() {
    EndorsementTable t = EndorsementReader.bundled();
    assertThat(t.entries()).hasSize(39 + 22 * 5);
    assertThat(t.entries()).allSatisfy(e -> assertThat(e.source().doi()).isPresent());
    assertThat(ImpsciJson.read(ImpsciJson.write(t), EndorsementTable.class, "t")).isEqualTo(t);
  }

  @Test
  void csvAndJsonGiveTheSameTable(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("mine.csv");
    Files.writeString(csv, HEADER
        + "cfir-2009:process.planning,Use an implementation advisor,42.5,My survey 2024,,Table 2\n"
        + "cfir-2009:process.planning,tailor-strategies,10,My survey 2024,10.1000/x,\n");
    EndorsementReport fromCsv = EndorsementReader.read(csv, ReadMode.STRICT);
    Path json = dir.resolve("mine.json");
    Files.writeString(json, ImpsciJson.write(java.util.Map.of("entries", fromCsv.table().entries())));
    EndorsementReport fromJson = EndorsementReader.read(json, ReadMode.STRICT);
    assertThat(fromJson.table()).isEqualTo(fromCsv.table());
    assertThat(fromCsv.table().entries().get(0).strategy()).isEqualTo("use-an-implementation-adviser");
    assertThat(fromCsv.rowsRead()).isEqualTo(2);
    assertThat(ImpsciJson.read(ImpsciJson.write(fromCsv), EndorsementReport.class, "t")).isEqualTo(fromCsv);
  }

  @Test
  void lenientCsvKeepsGoodRowsAndReportsEveryBadOne() {
    String csv = HEADER
        + "cfir-2009:process.planning,facilitation,30,S,,\n"
        + "cfir-2009:process.planning,no-such-strategy,30,S,,\n"
        + "cfir-2009:process.planning,audit-and-provide-feedback,130,S,,\n"
        + "cfir-2009:process.planning,audit-and-provide-feedback,abc,S,,\n"
        + "cfir-2.0:planning,audit-and-provide-feedback,30,S,,\n"
        + "cfir-2009:process.planning,facilitation,31,S,,\n"
        + "cfir-2009:process.planning,tailor-strategies,31,,,\n"
        + "cfir-2009:process.planning,tailor-strategies\n";
    EndorsementReport r = EndorsementReader.readCsv(bytes(csv), "e.csv", ReadMode.LENIENT);
    assertThat(r.rowsRead()).isEqualTo(8);
    assertThat(r.table().entries()).hasSize(1);
    assertThat(r.rejected()).extracting(RejectedRow::row).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(r.rejected()).extracting(x -> x.column().orElse("")).containsExactly(
        "strategy", "percent", "percent", "barrier", "strategy", "citation", "");
    RejectedRow range = r.rejected().get(1);
    assertThat(range.value()).contains("130");
    assertThat(range.allowed()).contains("0 to 100");
    assertThat(range.message()).startsWith("e.csv, row 4, column percent");
    assertThat(r.rejected().get(4).reason()).contains("duplicate");
  }

  @Test
  void strictStopsAtTheFirstBadRow() {
    String csv = HEADER + "cfir-2009:process.planning,facilitation,-1,S,,\n";
    assertThatThrownBy(() -> EndorsementReader.readCsv(bytes(csv), "e.csv", ReadMode.STRICT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("e.csv, row 2, column percent: percent out of range (value '-1'); allowed: 0 to 100");
  }

  @Test
  void badHeadersAndDocumentsFailInBothModes() {
    assertThatThrownBy(() -> EndorsementReader.readCsv(bytes("barrier,strategy,pct\n"), "e.csv", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("column pct")
        .hasMessageContaining("allowed: barrier, strategy, percent, citation, doi, locator");
    assertThatThrownBy(() -> EndorsementReader.readJson(bytes("[]"), "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("entries array");
    assertThatThrownBy(() -> EndorsementReader.readJson(bytes("{\"entries\": [}"), "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("e.json, line 1");
  }

  @Test
  void lenientJsonNamesTheEntryPath() {
    String json = "{\"entries\": ["
        + "{\"barrier\": \"cfir-2009:process.planning\", \"strategy\": \"facilitation\", \"percent\": 55,"
        + " \"source\": {\"citation\": \"S\"}},"
        + "{\"barrier\": \"planning\", \"strategy\": \"facilitation\", \"percent\": 55,"
        + " \"source\": {\"citation\": \"S\"}},"
        + "{\"barrier\": \"cfir-2009:process.planning\", \"strategy\": \"facilitation\", \"percent\": 5, \"extra\": 1}]}";
    EndorsementReport r = EndorsementReader.readJson(bytes(json), "e.json", ReadMode.LENIENT);
    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.table().entries()).hasSize(1);
    assertThat(r.rejected().get(0).message()).startsWith("e.json, at entries[1].barrier");
    assertThat(r.rejected().get(1).reason()).contains("unknown field 'extra'");
  }

  @Test
  void tablesBuiltInCodeAreCheckedToo() {
    Endorsement e = EndorsementReader.bundled().entries().get(0);
    assertThatThrownBy(() -> ImmutableEndorsementTable.builder().addEntries(e, e).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("repeats");
    assertThatThrownBy(() -> ImmutableEndorsement.copyOf(e).withPercent(101))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("allowed: 0 to 100");
    assertThatThrownBy(() -> ImmutableEndorsementTable.builder()
        .addEntries(ImmutableEndorsement.copyOf(e).withStrategy("Facilitation")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an ERIC strategy id");
  }
}

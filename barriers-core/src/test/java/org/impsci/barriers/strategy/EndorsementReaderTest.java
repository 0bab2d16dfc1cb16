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
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.io.SkipReason;
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
    // Waltz et al. 2019 Table 1 lists 43 strategies for reflecting and evaluating (15 of 25
    // respondents down to 1 of 25); doi:10.1186/s43058-023-00500-9 Table 3 prints 22 strategies
    // for each of five barriers.
    // Waltz 2019 Table 5 prints 37 strategies x 6 named CFIR 2009 columns; this project bundles
    // the 35 rows whose cells add up (two rows were mis-read), 210 cells, of which 14
    // (compatibility) are already there from Table 3 with the same percents.
    assertThat(t.entries()).hasSize(43 + 22 * 5 + 35 * 6 - 14);
    assertThat(t.entries()).filteredOn(e -> e.source().locator().orElseThrow().startsWith("Table 5"))
        .hasSize(35 * 6 - 14);
    // Robinson and Damschroder 2023 Table 3: 46 flags, as the pcatR package transcribes them.
    assertThat(t.flags()).hasSize(46);
    assertThat(t.flags()).filteredOn(f -> f.level() == EndorsementLevel.LEVEL_1).hasSize(7);
    assertThat(t.completeColumns()).extracting(c -> c.barrier().toString())
        .containsExactly("cfir-2009:process.reflecting-and-evaluating");
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
    assertThat(fromCsv.read().rowsRead()).isEqualTo(2);
    assertThat(ImpsciJson.read(ImpsciJson.write(fromCsv), EndorsementReport.class, "t")).isEqualTo(fromCsv);
  }

  @Test
  void barriersAreReadByTheOneReferenceRuleAndColumnsIgnoringCase() {
    // "Barrier" and "PERCENT" are the columns barrier and percent; "cfir-2009:PLANNING" is the
    // alias of process.planning (aliases ignore case), kept by its id so that it meets the
    // bundled entries, which are keyed by id.
    String csv = "Barrier,Strategy,PERCENT,Citation,DOI,Locator\n"
        + "cfir-2009:PLANNING,facilitation,30,S,,\n";
    EndorsementReport r = EndorsementReader.readCsv(bytes(csv), "t.csv", ReadMode.STRICT);
    assertThat(r.table().entries()).singleElement()
        .satisfies(e -> assertThat(e.barrier().toString()).isEqualTo("cfir-2009:process.planning"));
    assertThatThrownBy(() -> EndorsementReader.readCsv(
            bytes(HEADER + "cfir-2009:process.planing,facilitation,30,S,,\n"), "t.csv",
            ReadMode.STRICT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("t.csv, row 2, column barrier: framework 'cfir-2009' has no construct"
            + " or alias 'process.planing'; did you mean 'process.planning'?");
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
    assertThat(r.read().rowsRead()).isEqualTo(8);
    assertThat(r.table().entries()).hasSize(1);
    assertThat(r.read().rejected()).extracting(RejectedRow::row).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(r.read().rejected()).extracting(x -> x.column().orElse("")).containsExactly(
        "strategy", "percent", "percent", "barrier", "strategy", "citation", "");
    RejectedRow range = r.read().rejected().get(1);
    assertThat(range.value()).contains("130");
    assertThat(range.allowed()).contains("0 to 100");
    assertThat(range.message()).startsWith("e.csv, row 4, column percent");
    assertThat(r.read().rejected().get(4).reason()).contains("duplicate");
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
    assertThat(r.read().rowsRead()).isEqualTo(3);
    assertThat(r.table().entries()).hasSize(1);
    assertThat(r.read().rejected().get(0).message()).startsWith("e.json, at entries[1].barrier");
    assertThat(r.read().rejected().get(1).reason()).contains("unknown field 'extra'");
  }

  @Test
  void tablesBuiltInCodeAreCheckedToo() {
    Endorsement e = EndorsementReader.bundled().entries().get(0);
    assertThatThrownBy(() -> EndorsementTable.builder().addEntries(e, e).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats");
    assertThatThrownBy(() -> Endorsement.builder().from(e).percent(101).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed: 0 to 100");
    assertThatThrownBy(() -> EndorsementTable.builder()
        .addEntries(Endorsement.builder().from(e).strategy("Facilitation").build()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an ERIC strategy id");
  }

  @Test
  void blankPercentsAreUnfilledRowsAndLabelColumnsAreNotRead() {
    // The template's header: the six columns and two labels; a label that disagrees with the id
    // is not read, and a blank percent is a row not filled in yet.
    String csv = String.join(",", EndorsementTemplate.COLUMNS) + "\n"
        + "cfir-2009:process.planning,Planning,facilitation,\"Any label, not read\",30,S,,\n"
        + "cfir-2009:process.planning,Planning,tailor-strategies,Tailor strategies,,S,,\n"
        + "cfir-2009:process.planning,Planning,tailor-strategies,Tailor strategies, ,S,,\n";
    EndorsementReport r = EndorsementReader.readCsv(bytes(csv), "t.csv", ReadMode.STRICT);
    assertThat(r.read().rowsRead()).isEqualTo(3);
    assertThat(r.table().entries()).singleElement().satisfies(e -> {
      assertThat(e.strategy()).isEqualTo("facilitation");
      assertThat(e.percent()).isEqualTo(30);
    });
    assertThat(r.read().skippedByReason()).containsEntry(SkipReason.UNFILLED, 2L);
    assertThat(r.read().rejected()).isEmpty();
    assertThat(ImpsciJson.read(ImpsciJson.write(r), EndorsementReport.class, "t")).isEqualTo(r);
    // Nothing is lost: a report that drops one of the two unfilled rows does not build, and the
    // table holds exactly the rows accepted.
    assertThatThrownBy(() -> ReadReport.builder().from(r.read())
            .skipped(r.read().skipped().subList(0, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows read (3) must equal scored (1) + rejected (0) + skipped (1)");
    assertThatThrownBy(() -> EndorsementReport.builder().from(r)
            .table(EndorsementTable.builder().build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows accepted (1) must equal the entries (0)");
    assertThatThrownBy(() -> EndorsementReader.readCsv(
            bytes("barrier,strategy,percent,citation,doi\n"), "t.csv", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing columns");
  }

  @Test
  void theTemplateHoldsEveryCfir2009BarrierTimesEveryEricStrategy() {
    // Waltz et al. 2019: 39 CFIR constructs x 73 ERIC strategies = 2,847 pairs.
    java.util.List<java.util.List<String>> rows = EndorsementTemplate.rows();
    assertThat(rows).hasSize(2847).allSatisfy(row -> assertThat(row).hasSize(8));
    assertThat(rows.stream().map(row -> row.get(0)).distinct()).hasSize(39);
    assertThat(rows.stream().map(row -> row.get(2)).distinct()).hasSize(73);
    assertThat(rows.get(0)).containsExactly("cfir-2009:intervention-characteristics.intervention-source",
        "Intervention source", rows.get(0).get(2), rows.get(0).get(3), "",
        "Waltz et al. 2019, Implementation Science", "10.1186/s13012-019-0892-4",
        "CFIR-ERIC matching tool (full table)");
    assertThat(rows.get(2846).get(0)).isEqualTo("cfir-2009:process.reflecting-and-evaluating");
  }

  @Test
  void completeColumnsAreReadAndABadOneFailsInBothModes() {
    String entry = "{\"barrier\": \"cfir-2009:process.planning\", \"strategy\": \"facilitation\","
        + " \"percent\": 55, \"source\": {\"citation\": \"S\"}}";
    String good = "{\"entries\": [" + entry + "], \"completeColumns\": [{\"barrier\":"
        + " \"cfir-2009:process.planning\", \"source\": {\"citation\": \"S\", \"doi\": \"10.1/x\","
        + " \"locator\": \"Table 9\"}}]}";
    EndorsementTable t = EndorsementReader.readJson(bytes(good), "e.json", ReadMode.STRICT).table();
    assertThat(t.completeColumns()).singleElement().satisfies(c -> {
      assertThat(c.barrier().construct()).isEqualTo("process.planning");
      assertThat(c.source().locator()).contains("Table 9");
    });
    // One strategy of 73, but the source lists the whole column.
    assertThat(t.coverage(t.entries().get(0).barrier()).complete()).isTrue();
    assertThat(t.coverage(t.entries().get(0).barrier()).strategies()).isEqualTo(1);
    String noSource = "{\"entries\": [], \"completeColumns\": [{\"barrier\": \"cfir-2009:process.planning\"}]}";
    assertThatThrownBy(() -> EndorsementReader.readJson(bytes(noSource), "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("e.json, at completeColumns[0]: a complete column needs a barrier and its source");
    String cfir2 = "{\"entries\": [], \"completeColumns\": [{\"barrier\": \"cfir-2.0:innovation.cost\","
        + " \"source\": {\"citation\": \"S\"}}]}";
    assertThatThrownBy(() -> EndorsementReader.readJson(bytes(cfir2), "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("completeColumns[0].barrier");
    assertThatThrownBy(() -> EndorsementReader.readJson(
            bytes("{\"entries\": [], \"completeColumns\": {}}"), "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("optional completeColumns and flags arrays");
    assertThatThrownBy(() -> EndorsementTable.builder().addCompleteColumns(CompleteColumn.builder().barrier(org.impsci.assessment.framework.ConstructRef.parse("cfir-2.0:innovation.cost"))
            .source(org.impsci.assessment.Source.of("S", "10.1/x", "T")).build()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a cfir-2009 construct");
  }

  @Test
  void bundledFlagsAgreeWithTheBundledPercentsWhereBothCoverACell() {
    // Two publications of the same expert survey: where Robinson and Damschroder 2023 flags a cell
    // and Waltz 2019 (Tables 1 and 5) or the 2023 genomic study (Table 3) prints its percent, the
    // percent reaches the flagged level. 16 cells are covered by both.
    EndorsementTable t = EndorsementReader.bundled();
    java.util.List<EndorsementFlag> both = t.flags().stream()
        .filter(f -> t.entry(f.barrier(), f.strategy()).isPresent()).toList();
    assertThat(both).hasSize(16).allSatisfy(f -> assertThat(
        EndorsementLevel.of(t.entry(f.barrier(), f.strategy()).orElseThrow().percent())).contains(f.level()));
    // Hand-picked Table 5 cells: champions for formally appointed leaders 64% (Level 1); the
    // blueprint for planning 73%; promote adaptability (a row whose cells do not add up) left out.
    org.impsci.assessment.framework.ConstructRef leaders = org.impsci.assessment.framework.ConstructRef.parse(
        "cfir-2009:process.engaging.formally-appointed-internal-implementation-leaders");
    org.impsci.assessment.framework.ConstructRef planning = org.impsci.assessment.framework.ConstructRef.parse("cfir-2009:process.planning");
    assertThat(t.entry(leaders, "identify-and-prepare-champions").orElseThrow().percent()).isEqualTo(64);
    assertThat(t.entry(planning, "develop-a-formal-implementation-blueprint").orElseThrow().percent()).isEqualTo(73);
    assertThat(t.entry(planning, "promote-adaptability")).isEmpty();
    assertThat(t.entry(planning, "fund-and-contract-for-the-clinical-innovation").orElseThrow().percent()).isZero();
  }

  @Test
  void flagsAreReadFromJsonAndABadOneFailsInBothModes() {
    String flag = "{\"barrier\": \"cfir-2009:process.planning\", \"strategy\": \"Use an implementation advisor\","
        + " \"level\": \"LEVEL_1\", \"source\": {\"citation\": \"S\", \"locator\": \"Table 3\"}}";
    EndorsementTable t = EndorsementReader.readJson(
        bytes("{\"entries\": [], \"flags\": [" + flag + "]}"), "e.json", ReadMode.STRICT).table();
    assertThat(t.flags()).singleElement().satisfies(f -> {
      assertThat(f.strategy()).isEqualTo("use-an-implementation-adviser");
      assertThat(f.level()).isEqualTo(EndorsementLevel.LEVEL_1);
      assertThat(f.source().locator()).contains("Table 3");
    });
    assertThat(ImpsciJson.read(ImpsciJson.write(t), EndorsementTable.class, "t")).isEqualTo(t);
    assertThatThrownBy(() -> EndorsementReader.readJson(
            bytes("{\"entries\": [], \"flags\": [" + flag.replace("LEVEL_1", "3") + "]}"), "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("e.json, at flags[0].level: not a level (value '3'); allowed: LEVEL_1 or LEVEL_2");
    assertThatThrownBy(() -> EndorsementReader.readJson(
            bytes("{\"entries\": [], \"flags\": [" + flag.replace("\"citation\": \"S\"", "\"citation\": \"\"") + "]}"),
            "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("every flag needs its source");
    assertThatThrownBy(() -> EndorsementReader.readJson(
            bytes("{\"entries\": [], \"flags\": [" + flag.replace("Use an implementation advisor", "x") + "]}"),
            "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("flags[0].strategy");
    assertThatThrownBy(() -> EndorsementReader.readJson(
            bytes("{\"entries\": [], \"flags\": [" + flag.replace("\"level\"", "\"lvl\"") + "]}"),
            "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("a flag has a barrier, strategy, level and source");
    assertThatThrownBy(() -> EndorsementReader.readJson(
            bytes("{\"entries\": [], \"flags\": {}}"), "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("optional completeColumns and flags arrays");
    assertThatThrownBy(() -> EndorsementReader.readJson(
            bytes("{\"entries\": [], \"other\": []}"), "e.json", ReadMode.LENIENT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("optional completeColumns and flags arrays");
    EndorsementFlag f = t.flags().get(0);
    assertThatThrownBy(() -> EndorsementTable.builder().addFlags(f, f).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage(
            "flags[1] repeats cfir-2009:process.planning / use-an-implementation-adviser of flags[0]");
    assertThatThrownBy(() -> EndorsementFlag.builder().from(f)
            .barrier(org.impsci.assessment.framework.ConstructRef.parse("cfir-2.0:innovation.cost")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a cfir-2009 construct");
    assertThatThrownBy(() -> EndorsementTable.builder().addFlags(EndorsementFlag.builder().from(f)
            .strategy("Facilitation").build()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an ERIC strategy id");
  }
}

package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvRowBufferTest {

  @Test
  void writesRowsWithCellsQuotedAsCsvCellsQuotesThem() throws IOException {
    StringWriter out = new StringWriter();
    CsvRowBuffer rows = new CsvRowBuffer(out, true);
    rows.cell("id");
    rows.cell("site");
    rows.endRow();
    rows.cell("p\"1");
    rows.cell("H,02");
    rows.plainCell("3.5");
    rows.plainCell("");
    rows.endRow();
    rows.cell("Hôpital\r\nA");
    rows.endRow();

    assertThat(out.toString()).isEmpty();
    rows.flush();

    assertThat(out.toString()).isEqualTo("id,site\n\"p\"\"1\",\"H,02\",3.5,\n\"Hôpital\r\nA\"\n");
  }

  @Test
  void rowsLongerThanTheBufferAndManyRowsArriveWhole() throws IOException {
    StringWriter out = new StringWriter();
    CsvRowBuffer rows = new CsvRowBuffer(out, true);
    String wide = "x".repeat(100_000);
    StringBuilder expected = new StringBuilder();
    for (int r = 0; r < 3_000; r++) {
      String id = r == 1_500 ? wide : "R" + r;
      String number = r == 2_000 ? "9".repeat(200_000) : "4.25";
      rows.cell(id);
      rows.cell(r % 2 == 0 ? "a,b" : "b");
      rows.plainCell(number);
      rows.endRow();
      expected.append(CsvCells.quote(id)).append(',').append(CsvCells.quote(r % 2 == 0 ? "a,b" : "b"))
          .append(',').append(number).append('\n');
    }
    rows.flush();

    assertThat(out.toString()).isEqualTo(expected.toString());
  }
}

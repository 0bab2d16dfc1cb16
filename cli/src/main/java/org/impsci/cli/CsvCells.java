package org.impsci.cli;

/** Quoting of CSV output cells (RFC 4180). */
final class CsvCells {
  private CsvCells() {}

  /** The cell as written: quoted when it holds a comma, quote or line break. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}

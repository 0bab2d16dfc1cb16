package org.impsci.cli;

import java.util.regex.Pattern;

/**
 * Cells of CSV output: quoting (RFC 4180) and the guard against formula injection, in one place.
 * A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula (and some also one that starts with a tab or carriage return), so a text cell such as a
 * respondent id {@code =cmd|' /C calc'!A0} could run a command on the computer of whoever opens
 * the file. Guarded, such a cell gets a single quote in front and is quoted, the usual rule (OWASP,
 * "CSV Injection"): {@code "'=cmd|' /C calc'!A0"}; the spreadsheet then shows it as text. A plain
 * negative number such as {@code -0.5} is left as it is, and numbers the commands write as
 * numbers (scores) are not text cells and never change.
 */
final class CsvCells {
  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-([0-9]+\\.?[0-9]*|\\.[0-9]+)");

  private CsvCells() {}

  /** The cell as written: quoted when it holds a comma, quote or line break. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return quoted(cell);
  }

  /** A text cell as written: {@link #quote quoted}, and guarded when {@code guard} is set. */
  static String text(String cell, boolean guard) {
    return guard && runsAsFormula(cell) ? quoted("'" + cell) : quote(cell);
  }

  /**
   * Whether a spreadsheet could run the cell as a formula: it starts with {@code =}, {@code +},
   * {@code -}, {@code @}, tab or carriage return and is not a plain negative number.
   */
  static boolean runsAsFormula(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '@', '\t', '\r' -> true;
      case '-' -> !isNegativeNumber(cell);
      default -> false;
    };
  }

  /** A minus sign and digits with at most one decimal point, such as -3, -0.5 or -.5. */
  private static boolean isNegativeNumber(String cell) {
    return NEGATIVE_NUMBER.matcher(cell).matches();
  }

  private static String quoted(String cell) {
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}

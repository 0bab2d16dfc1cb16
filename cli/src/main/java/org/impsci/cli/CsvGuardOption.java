package org.impsci.cli;

import picocli.CommandLine.Option;

/** The {@code --[no-]csv-guard} option of the commands that write CSV; see {@link CsvCells}. */
final class CsvGuardOption {
  @Option(
      names = "--csv-guard",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = {
        "Neutralise CSV text cells that a spreadsheet would run as a formula (starting with =, +,"
            + " -, @, tab or carriage return, other than a plain negative number): a single quote"
            + " in front, and the cell quoted. Scores and other numbers are never changed."
            + " --no-csv-guard writes text as it is, for pipelines (default: on)."
      })
  boolean on = true;
}

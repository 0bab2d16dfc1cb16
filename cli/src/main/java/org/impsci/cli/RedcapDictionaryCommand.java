package org.impsci.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.io.RedcapDictionary;
import org.impsci.barriers.pcat.Pcat;
import org.impsci.barriers.pcat.PcatRedcapDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code impsci redcap-dictionary INSTRUMENT}: the instrument as a REDCap data dictionary (CSV),
 * ready to upload to a project; exports of that project score with {@code --preset redcap}.
 * pCAT, which has two answer parts and a comment per item, gets its own form ({@link
 * PcatRedcapDictionary}).
 */
@Command(
    name = "redcap-dictionary",
    description = "Write an instrument as a REDCap data dictionary (CSV) on standard output.")
final class RedcapDictionaryCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin CsvGuardOption csvGuard;

  @Parameters(
      paramLabel = "INSTRUMENT",
      completionCandidates = InstrumentIds.class,
      description = "The instrument: ${COMPLETION-CANDIDATES}.")
  String instrumentId;

  @Mixin WordingOption wording;

  @Override
  public void run() {
    Instrument instrument = wording.apply(Registry.instrument(spec, instrumentId).scorer().instrument());
    PrintWriter out = spec.commandLine().getOut();
    try {
      List<List<String>> rows =
          instrument.id().equals(Pcat.ID)
              ? PcatRedcapDictionary.rows(instrument)
              : RedcapDictionary.rows(instrument);
      write(RedcapDictionary.COLUMNS, rows, out, csvGuard.on);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(
      List<String> header, List<List<String>> rows, Writer out, boolean guard) throws IOException {
    CsvRowBuffer csv = new CsvRowBuffer(out, guard);
    header.forEach(csv::cell);
    csv.endRow();
    for (List<String> row : rows) {
      row.forEach(csv::cell);
      csv.endRow();
    }
    csv.flush();
  }
}

package org.impsci.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.barriers.pcat.PcatCsvReader;
import org.impsci.barriers.pcat.PcatItemSummary;
import org.impsci.barriers.pcat.PcatReadReport;
import org.impsci.barriers.pcat.PcatSummaries;
import org.impsci.barriers.pcat.PcatTables;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code impsci pcat --input FILE.csv [--group site_id,timepoint] [--format csv|json]}: the
 * per-item summaries of pCAT answers (long or wide form), overall or by context columns, with
 * pcatR's column names. pCAT has no total score, so none is printed.
 *
 * <p>The whole file is read and summarised before anything is written: a failed run writes
 * nothing. In JSON a figure that pcatR gives as {@code NA} is left out of its row. Standard error says how many records were read, classified and rejected, and lists each
 * rejected one (with {@code --lenient}; {@code --strict}, the default, stops at the first).
 */
@Command(
    name = "pcat",
    description = "Summarise pCAT answers per item, overall or by group (pcatR's columns).",
    footerHeading = "%n",
    footer = {
      "Input: pcatR's long form (respondent_id,item_id,direction,effect,...) or wide form",
      "(respondent_id,item01_direction,item01_effect,...). Direction 1 barrier, 2 neutral,",
      "3 facilitator; effect 0 weak or none, 1 strong. pCAT has no total score."
    })
final class PcatCommand implements Runnable {
  /** Output formats. */
  enum Format {
    csv,
    json
  }

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "The answers, CSV.")
  Path input;

  @Option(
      names = "--group",
      split = ",",
      paramLabel = "COLUMN",
      description = "Context columns to group by, e.g. site_id,timepoint (default: all answers).")
  List<String> group = new ArrayList<>();

  @ArgGroup(exclusive = true)
  SurveyOptions.ModeChoice mode = new SurveyOptions.ModeChoice();

  @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Mixin CsvGuardOption csvGuard;

  @Override
  public void run() {
    ReadMode readMode = mode.lenient ? ReadMode.LENIENT : ReadMode.STRICT;
    Path file = InputFiles.check(spec, input);
    List<String> columns = group.stream().map(String::trim).toList();
    PcatReadReport read;
    // The output is staged first, so that one that cannot be written fails before any work.
    try (ResultOutput target = ResultOutput.of(output, spec.commandLine().getOut())) {
      read = PcatCsvReader.of(readMode).read(file);
      List<PcatItemSummary> summaries = PcatSummaries.summarise(read, columns);
      if (format == Format.json) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", read.source());
        json.put("form", read.form());
        json.put("groupBy", columns);
        json.put("recordsRead", read.recordsRead());
        json.put("answers", read.answers().size());
        json.put("rejected", read.rejected());
        json.put("summaries", summaries.stream().map(PcatTables::row).toList());
        target.writer().write(ImpsciJson.write(json));
        target.writer().write('\n');
      } else {
        writeCsv(target.writer(), columns, summaries);
      }
      target.succeeded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var err = spec.commandLine().getErr();
    err.println("report: " + read.recordsRead() + " records read (" + read.form().name()
        .toLowerCase(java.util.Locale.ROOT) + " form), " + read.answers().size() + " classified, "
        + read.rejected().size() + " rejected");
    read.rejected().forEach(r -> err.println("rejected: " + r.message()));
    err.flush();
  }

  private void writeCsv(Writer out, List<String> columns, List<PcatItemSummary> summaries)
      throws IOException {
    CsvRowBuffer rows = new CsvRowBuffer(out, csvGuard.on);
    List<String> header = new ArrayList<>(columns);
    header.add("item_id");
    header.addAll(PcatTables.SUMMARY_FIGURES);
    header.addAll(PcatTables.CONSTRUCTS);
    rows.row(header);
    for (PcatItemSummary s : summaries) {
      for (Object value : PcatTables.row(s).values()) {
        if (value instanceof String text) {
          rows.cell(text);
        } else {
          rows.plainCell(number(value));
        }
      }
      rows.endRow();
    }
    rows.flush();
  }

  /** A figure as pcatR's CSV shows it: empty for NA, whole numbers without a decimal point. */
  static String number(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }
}

package org.impsci.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impsci.assessment.coding.CodingFrame;
import org.impsci.assessment.coding.CodingFrameEntry;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.qda.QdcCodebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code impsci codebook FRAMEWORK}: a framework as a coding frame, for a qualitative-analysis
 * program (REFI-QDA codebook, which NVivo, MAXQDA and ATLAS.ti import), as JSON, or as CSV.
 */
@Command(name = "codebook", description = "Export a framework as a codebook (qdc, json or csv).")
final class CodebookCommand implements Runnable {
  /** Output formats. */
  enum Format {
    qdc,
    json,
    csv
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FRAMEWORK", description = "A framework id, as `impsci frameworks` lists.")
  String frameworkId;

  @Option(names = "--format", defaultValue = "qdc", description = "qdc, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin CsvGuardOption csvGuard;

  @Override
  public void run() {
    Framework framework = Registry.framework(spec, frameworkId);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case qdc -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QdcCodebook.write(framework, bytes);
        out.print(bytes.toString(StandardCharsets.UTF_8));
      }
      case json -> out.println(ImpsciJson.write(CodingFrame.of(framework)));
      case csv -> writeCsv(CodingFrame.of(framework), out);
      default -> throw new IllegalStateException("unknown format " + format);
    }
    out.flush();
  }

  private void writeCsv(CodingFrame frame, PrintWriter out) {
    CsvRowBuffer rows = new CsvRowBuffer(out, csvGuard.on);
    try {
      rows.row(List.of("code", "label", "kind", "parent", "definition", "source"));
      for (CodingFrameEntry e : frame.codes()) {
        rows.row(
            List.of(e.code().toString(), e.label(), e.kind(), e.parent().orElse(""), e.definition(),
                e.citation()));
      }
      rows.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.impsci.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.io.SkipReason;
import org.impsci.assessment.io.SkippedRow;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.survey.SurveyReport;

/** A short human-readable summary of a survey report. */
final class Summary {
  /** Each skip reason as the summary says it after a count. */
  private static final Map<SkipReason, String> REASONS =
      Map.of(
          SkipReason.HEADER_ROW, "header row",
          SkipReason.OTHER_INSTRUMENT, "of another instrument",
          SkipReason.INCOMPLETE, "incomplete",
          SkipReason.OTHER_WAVE, "of another wave");

  private Summary() {}

  static void print(SurveyReport report, PrintWriter out) {
    out.printf(
        "%s: %d rows read, %d scored, %d rejected, %d skipped%s%n",
        report.read().source(),
        report.read().rowsRead(),
        report.read().scored(),
        report.read().rejected().size(),
        report.read().skipped().size(),
        skippedByReason(report.read()));
    for (GroupSummary g : report.overall()) {
      ReliabilityResult r = report.reliability().get(g.scaleId());
      out.printf(
          Locale.ROOT,
          "  %-26s mean %s  n %d  alpha %s%n",
          g.scaleId(),
          format(g.mean().isPresent() ? g.mean().getAsDouble() : Double.NaN),
          g.n(),
          r == null || r.alphaRaw().isEmpty() ? "-" : format(r.alphaRaw().getAsDouble()));
    }
    for (RejectedRow rejected : report.read().rejected()) {
      out.println("  rejected: " + rejected.message());
    }
    for (SkippedRow skipped : report.read().skipped()) {
      out.println(
          "  skipped: row " + skipped.row()
              + skipped.recordId().map(id -> " (respondent '" + id + "')").orElse("") + ": "
              + REASONS.get(skipped.reason()) + ": " + skipped.detail());
    }
    out.flush();
  }

  /** " (2 header rows, 5 of another instrument)", or nothing when no row was skipped. */
  private static String skippedByReason(ReadReport read) {
    if (read.skipped().isEmpty()) {
      return "";
    }
    StringJoiner counts = new StringJoiner(", ", " (", ")");
    read.skippedByReason().forEach((reason, n) -> counts.add(n + " " + REASONS.get(reason)));
    return counts.toString();
  }

  static String format(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }
}

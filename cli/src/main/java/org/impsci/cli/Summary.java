package org.impsci.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.survey.SurveyReport;

/** A short human-readable summary of a survey report. */
final class Summary {
  private Summary() {}

  static void print(SurveyReport report, PrintWriter out) {
    out.printf(
        "%s: %d rows read, %d scored, %d rejected%n",
        report.read().source(), report.read().rowsRead(), report.read().scored(), report.read().rejected().size());
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
    out.flush();
  }

  static String format(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  /** The mean of a scale in a list of summaries, or NaN. */
  static double mean(Iterable<GroupSummary> summaries, String group, String scale) {
    for (GroupSummary g : summaries) {
      if (g.scaleId().equals(scale) && g.group().orElse("").equals(group)) {
        return g.mean().orElse(Double.NaN);
      }
    }
    return Double.NaN;
  }
}

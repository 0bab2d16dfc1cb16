package org.impsci.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.ScoringOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code impsci instruments [ID]}: lists the instruments on the class path, or prints one with its
 * scoring. {@code --format json} of one instrument is the form {@code --instrument FILE.json}
 * reads back.
 */
@Command(
    name = "instruments",
    description = {
      "List the instruments that can be scored, or print one with its scoring rules.",
      "With an ID and --format json, the output is the file form that `--instrument FILE.json`"
          + " reads: edit it to score your own instrument."
    })
final class InstrumentsCommand implements Runnable {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      completionCandidates = InstrumentIds.class,
      description = "An instrument id: ${COMPLETION-CANDIDATES}.")
  String id;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    if (id == null) {
      list(out, Instruments.bundled().all());
    } else {
      ScoredInstrument scored = Registry.instrument(spec, id);
      if (format == Format.json) {
        out.println(ImpsciJson.write(scored));
      } else {
        describe(out, scored);
      }
    }
    out.flush();
  }

  private void list(PrintWriter out, List<ScoredInstrument> all) {
    if (format == Format.json) {
      out.println(ImpsciJson.write(all.stream().map(InstrumentsCommand::summary).toList()));
      return;
    }
    for (ScoredInstrument s : all) {
      Instrument i = s.instrument();
      out.printf(
          "%-14s %-8s %3d items %3d scales  %s%n",
          i.id(), i.version(), i.items().size(), i.groups().size(), i.name());
    }
  }

  /** One line of the JSON listing. */
  record Summary(String id, String name, String version, int items, List<String> scales, List<String> singleItems) {}

  static Summary summary(ScoredInstrument s) {
    Instrument i = s.instrument();
    return new Summary(
        i.id(), i.name(), i.version(), i.items().size(),
        i.groups().stream().map(ItemGroup::id).toList(),
        i.singleItems().stream().map(Item::id).toList());
  }

  private static void describe(PrintWriter out, ScoredInstrument s) {
    Instrument i = s.instrument();
    out.printf("%s (%s, version %s): %d items%n", i.name(), i.id(), i.version(), i.items().size());
    out.println("scales:");
    for (ItemGroup g : i.groups()) {
      int members = g.itemIds().isEmpty() ? g.groupIds().size() : g.itemIds().size();
      String alpha =
          s.publishedAlpha().stream()
              .filter(a -> a.scaleId().equals(g.id()))
              .map(a -> String.format("  published alpha %.2f (%s)", a.alpha(), a.source().citation()))
              .findFirst()
              .orElse("");
      out.printf("  %-28s %2d %s  %s%s%n", g.id(), members, g.itemIds().isEmpty() ? "subscales" : "items", g.label(), alpha);
    }
    if (!i.singleItems().isEmpty()) {
      out.println("reported one by one, not scored: "
          + String.join(", ", i.singleItems().stream().map(Item::id).toList()));
    }
    out.println(
        "rules: the " + s.rules().aggregation().name().toLowerCase(Locale.ROOT)
            + " of the answered members; at least " + s.rules().minimumAnswered().describe()
            + " of them answered; "
            + (s.rules().applyReverseScoring() ? "reverse scoring applied" : "no reverse scoring"));
    for (ScoringOption o : s.options()) {
      out.printf("  %s = %s: %s%n", o.id(), o.value(), o.rationale());
    }
  }
}

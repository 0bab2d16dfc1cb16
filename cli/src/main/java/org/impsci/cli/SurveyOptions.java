package org.impsci.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.SurveyAnalysis;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of the commands that read a survey export: which instrument, file and layout. */
final class SurveyOptions {
  /** Strict or lenient reading. */
  static final class ModeChoice {
    @Option(names = "--strict", description = "Stop at the first bad row (the default).")
    boolean strict;

    @Option(names = "--lenient", description = "Score good rows and report every bad row.")
    boolean lenient;
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--instrument",
      required = true,
      paramLabel = "ID|FILE.json",
      completionCandidates = InstrumentIds.class,
      description = {
        "The instrument: ${COMPLETION-CANDIDATES} (`impsci instruments` lists them),",
        "or your own in a .json file of the form `impsci instruments ID --format json` writes."
      })
  String instrument;

  @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "The export, UTF-8.")
  Path input;

  @Option(names = "--id-column", description = "Respondent id column (default: the layout's; respondent_id without one).")
  String idColumn;

  @Mixin ExportLayout export = new ExportLayout();

  private CsvLayout layout;

  @Option(names = "--group", paramLabel = "COLUMN", description = "A grouping column to summarise by (repeatable).")
  List<String> groups = new ArrayList<>();

  @ArgGroup(exclusive = true)
  ModeChoice mode = new ModeChoice();

  @Option(names = "--handling", defaultValue = "PAIRWISE", description = "Missing answers in reliability: LISTWISE or PAIRWISE (default: ${DEFAULT-VALUE}).")
  CaseHandling handling;

  @Option(
      names = "--read-threads",
      defaultValue = "1",
      paramLabel = "N",
      description = "Threads that read an input file of more than 1 MiB in byte ranges at once, with the"
          + " same results (default: ${DEFAULT-VALUE}: one stream, read beside the scoring thread;"
          + " on two cores that is faster).")
  int readThreads;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show rows scored so far on standard error (default: on when run in a terminal).")
  Boolean progress;

  /** Rows between two progress lines. */
  static final long PROGRESS_EVERY = 100_000;

  /**
   * {@code next}, preceded by a progress line on standard error every {@link #PROGRESS_EVERY} rows
   * when progress is on.
   */
  <T> Consumer<T> withProgress(Consumer<T> next) {
    boolean on = progress != null ? progress : System.console() != null;
    if (!on) {
      return next;
    }
    long[] rows = {0};
    return row -> {
      if (++rows[0] % PROGRESS_EVERY == 0) {
        spec.commandLine().getErr().println("impsci: " + rows[0] + " rows scored");
      }
      next.accept(row);
    };
  }

  /**
   * The instrument with its scoring: a registered id, or a file ending in {@code .json}. An
   * unknown id or a missing file is a usage error; a bad file is invalid input, named by file,
   * line and JSON path.
   */
  ScoredInstrument scored() {
    return requireScales(Registry.instrumentOrFile(spec, instrument));
  }

  /**
   * The instrument, if it has a scale to score; an instrument without one (pCAT) is refused with
   * the reason its {@code totalScore} option gives.
   */
  static ScoredInstrument requireScales(ScoredInstrument scored) {
    if (scored.instrument().groups().isEmpty()) {
      String reason = scored.options().stream()
          .filter(o -> o.id().equals("totalScore"))
          .map(o -> o.rationale())
          .findFirst()
          .orElse("its items belong to no scale");
      throw new ImpsciException(
          "instrument '" + scored.id() + "' has no scale to score: " + reason);
    }
    return scored;
  }

  /** The layout of the export, made by {@link #analysis}. */
  CsvLayout layout() {
    return layout;
  }

  /** The one-pass analysis these options describe, with the layout for the scorer's instrument. */
  SurveyAnalysis analysis(Scorer scorer) throws IOException {
    layout = export.layout(spec, idColumn, groups, scorer.instrument());
    ReadMode readMode = mode.lenient ? ReadMode.LENIENT : ReadMode.STRICT;
    if (readThreads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--read-threads must be at least 1, got " + readThreads);
    }
    return SurveyAnalysis.of(scorer, layout, readMode, handling).readingFilesInRanges(readThreads);
  }

  /** The input file; see {@link InputFiles#check} for a file that is missing or not a file. */
  Path inputFile() {
    return InputFiles.check(spec, input);
  }

  /** The input's file name, as messages name it. */
  String sourceName() {
    return input.getFileName().toString();
  }
}

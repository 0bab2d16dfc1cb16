package org.impsci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.RedcapDictionary;
import org.impsci.assessment.survey.CsvLayout;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that say how an export is laid out: a bundled preset or a layout file, a REDCap
 * project's data dictionary, and which rows to score (complete ones, some waves).
 */
final class ExportLayout {
  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description = "A bundled layout: redcap (raw or labels exports) or qualtrics (numeric or choice text).")
  String preset;

  @Option(
      names = "--layout",
      paramLabel = "FILE.json",
      description = "A layout file (the CsvLayout JSON form; see the README).")
  Path layoutFile;

  @Option(
      names = "--redcap-dictionary",
      paramLabel = "FILE.csv",
      description = "The REDCap project's data dictionary: field names and choice codes of the items (the first field holds the record ids).")
  Path dictionary;

  @Option(
      names = "--complete-only",
      description = "Score only complete rows and count the rest with their status: REDCap's <form>_complete"
          + " (2 or Complete; in a labels export the Complete? column after the instrument's items),"
          + " or the status column the preset or layout names (Qualtrics: Finished, 1 or True).")
  boolean completeOnly;

  @Option(
      names = "--form",
      paramLabel = "NAME",
      description = "The REDCap form of the instrument, for --complete-only (default: the instrument id, '-' as '_').")
  String form;

  @Option(
      names = "--wave",
      paramLabel = "WAVE",
      description = "Score only this wave (repeatable), such as baseline_arm_1; count the other rows.")
  List<String> waves = new ArrayList<>();

  /**
   * The layout: the preset's or the file's (or one with respondent ids in {@code respondent_id}),
   * with the id column and grouping columns given on the command line and the rows chosen.
   */
  CsvLayout layout(CommandSpec spec, String idColumn, List<String> groups, Instrument instrument)
      throws IOException {
    CommandLine cli = spec.commandLine();
    if (preset != null && layoutFile != null) {
      throw new ParameterException(cli, "give --preset or --layout, not both");
    }
    CsvLayout base;
    if (preset != null) {
      if (!CsvLayout.PRESETS.contains(preset)) {
        throw new ParameterException(
            cli, "unknown preset '" + preset + "'; known: " + String.join(", ", CsvLayout.PRESETS));
      }
      base = CsvLayout.preset(preset);
    } else if (layoutFile != null) {
      try (InputStream in = InputFiles.open(spec, layoutFile)) {
        base = ImpsciJson.read(in, CsvLayout.class, layoutFile.getFileName().toString());
      }
    } else {
      base = CsvLayout.of("respondent_id");
    }
    if (dictionary != null) {
      try (InputStream in = InputFiles.open(spec, dictionary)) {
        base = RedcapDictionary.layout(in, dictionary.getFileName().toString(), instrument, base);
      }
    }
    try {
      List<String> allGroups = new ArrayList<>(base.groupColumns());
      allGroups.addAll(groups);
      List<String> allWaves = new ArrayList<>(base.waves());
      allWaves.addAll(waves);
      CsvLayout.Builder layout =
          CsvLayout.builder().from(base)
              .respondentIdColumn(idColumn != null ? idColumn : base.respondentIdColumn())
              .groupColumns(allGroups)
              .waves(allWaves);
      if (completeOnly) {
        layout.completeColumn(
            (form != null ? form : RedcapDictionary.formName(instrument)) + "_complete");
      }
      return layout.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, e.getMessage());
    }
  }
}

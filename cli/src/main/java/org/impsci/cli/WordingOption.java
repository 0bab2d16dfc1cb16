package org.impsci.cli;

import java.nio.file.Path;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.WordingOverlay;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --wording FILE.json}: the user's own item wording in place of impsci's paraphrases. */
final class WordingOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--wording",
      paramLabel = "FILE.json",
      description = "Your own item wording (JSON: item id to text), such as an instrument's official wording, in place of impsci's paraphrases.")
  Path wording;

  /** The instrument with the wording applied, or as it is without {@code --wording}. */
  Instrument apply(Instrument instrument) {
    return wording == null ? instrument : WordingOverlay.apply(instrument, InputFiles.check(spec, wording));
  }
}

package org.impsci.cli;

import java.io.PrintWriter;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.fhir.FhirFormat;
import org.impsci.fhir.QuestionnaireExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code impsci questionnaire INSTRUMENT}: the instrument as a FHIR R4 Questionnaire, or the
 * CodeSystem of its answers or of its scales, in FHIR JSON or XML on standard output.
 */
@Command(
    name = "questionnaire",
    description = {
      "Write an instrument as a FHIR R4 Questionnaire on standard output, or the CodeSystem of its"
          + " answers or scales.",
      "linkIds are the item ids; prompts are impsci's paraphrases unless --wording gives your own."
    })
final class QuestionnaireCommand implements Runnable {
  /** Output formats. */
  enum Format {
    json,
    xml
  }

  /** What to write. */
  enum Resource {
    questionnaire,
    answers,
    scales
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "INSTRUMENT",
      completionCandidates = InstrumentIds.class,
      description = {
        "The instrument: ${COMPLETION-CANDIDATES},",
        "or your own in a .json file of the form `impsci instruments ID --format json` writes."
      })
  String instrument;

  @Option(names = "--format", defaultValue = "json", description = "json or xml (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--resource",
      defaultValue = "questionnaire",
      description = "questionnaire, answers (the CodeSystem of its answers) or scales (default: ${DEFAULT-VALUE}).")
  Resource resource;

  @Mixin CanonicalBaseOption base;

  @Mixin WordingOption wording;

  @Override
  public void run() {
    Instrument i = wording.apply(Registry.instrumentOrFile(spec, instrument).instrument());
    QuestionnaireExport export = QuestionnaireExport.under(base.canonicals());
    IBaseResource written =
        switch (resource) {
          case questionnaire -> export.questionnaire(i);
          case answers -> export.answerCodes(i);
          case scales -> export.scaleCodes(i);
        };
    PrintWriter out = spec.commandLine().getOut();
    out.println((format == Format.json ? FhirFormat.JSON : FhirFormat.XML).write(written));
    out.flush();
  }
}

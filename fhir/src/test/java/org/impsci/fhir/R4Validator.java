package org.impsci.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.scoring.ScoredInstrument;

/**
 * HAPI FHIR's instance validator against the base R4 specification (the structure definitions,
 * value sets and code systems of hapi-fhir-validation-resources-r4), plus the CodeSystems that the
 * module publishes, so that answer codes are checked too. Slow to build: one per test run.
 */
final class R4Validator {
  private static R4Validator shared;
  private final FhirValidator validator;

  /**
   * The validator with every CodeSystem published for the registered instruments and the test's
   * user instrument, and nomad's answers under another base, made once for all test classes of the run.
   */
  static synchronized R4Validator shared() {
    if (shared == null) {
      QuestionnaireExport export = QuestionnaireExport.withDefaults();
      List<CodeSystem> published = new ArrayList<>();
      for (ScoredInstrument s : Impsci.instruments().all()) {
        published.add(export.answerCodes(s.instrument()));
        published.add(export.scaleCodes(s.instrument()));
      }
      published.add(export.answerCodes(Fixtures.toy().instrument()));
      published.add(
          QuestionnaireExport.under(Canonicals.under(QuestionnaireExportTest.OTHER_BASE))
              .answerCodes(Impsci.instrument("nomad").instrument()));
      published.add(export.scoreCountCodes());
      shared = new R4Validator(published);
    }
    return shared;
  }

  private R4Validator(List<CodeSystem> published) {
    FhirContext ctx = FhirFormat.context();
    PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(ctx);
    published.forEach(ours::addCodeSystem);
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(ctx),
            ours,
            new CommonCodeSystemsTerminologyService(ctx),
            new InMemoryTerminologyServerValidationSupport(ctx),
            new SnapshotGeneratingValidationSupport(ctx));
    validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

  /** The validator's messages of severity warning or worse. */
  List<SingleValidationMessage> problems(IBaseResource resource) {
    return validator.validateWithResult(resource).getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
        .toList();
  }

  /** The validator's messages of severity error or fatal. */
  List<String> errors(IBaseResource resource) {
    return validator.validateWithResult(resource).getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .map(m -> m.getLocationString() + ": " + m.getMessage())
        .toList();
  }
}

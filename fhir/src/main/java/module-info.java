/**
 * FHIR R4 for impsci instruments: every registered instrument as a {@code Questionnaire} with a
 * {@code CodeSystem} of its answers, and {@code QuestionnaireResponse}s scored by the instrument's
 * rules, with {@code Observation}s and {@code OperationOutcome}s.
 *
 * <p>HAPI FHIR's jars carry neither a {@code module-info} nor an {@code Automatic-Module-Name}
 * (checked for 8.8.1), so they are automatic modules named after their files: {@code
 * hapi.fhir.base} (the context and parsers), {@code org.hl7.fhir.r4} (the R4 model) and {@code
 * hapi.fhir.structures.r4} (the R4 context's structure definitions, found on the path at run
 * time).
 */
module org.impsci.fhir {
  requires transitive org.impsci.assessment;
  requires org.impsci.barriers;
  requires transitive hapi.fhir.base;
  requires transitive org.hl7.fhir.r4;
  requires hapi.fhir.structures.r4;
  // Compile time only: the kernel's value types carry Immutables' style annotation.
  requires static org.immutables.value.annotations;

  exports org.impsci.fhir;
}

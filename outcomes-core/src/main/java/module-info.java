/**
 * Implementation outcomes for impsci: the AIM, IAM and FIM measures of acceptability,
 * appropriateness and feasibility and the ORIC readiness measure, registered as instruments.
 */
module org.impsci.outcomes {
  requires transitive org.impsci.assessment;
  requires static org.immutables.value.annotations;

  exports org.impsci.outcomes.measures;

  // Jackson reaches the value types; the kernel reads the bundled JSON resources.
  opens org.impsci.outcomes.measures to com.fasterxml.jackson.databind, org.impsci.assessment;

  provides org.impsci.assessment.spi.InstrumentProvider with
      org.impsci.outcomes.internal.OutcomesInstrumentProvider;
}

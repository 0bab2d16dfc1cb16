/**
 * Implementation outcomes for impsci: Proctor's implementation outcomes as a framework with the
 * CFIR Outcomes Addendum's distinctions, the AIM, IAM, FIM and ORIC measures registered as
 * instruments, RE-AIM metrics computed from counts, and before/after change from paired counts.
 */
module org.impsci.outcomes {
  requires transitive org.impsci.assessment;
  requires static org.immutables.value.annotations;

  exports org.impsci.outcomes;
  exports org.impsci.outcomes.effect;
  exports org.impsci.outcomes.measures;
  exports org.impsci.outcomes.reaim;

  // Jackson reaches the value types; the kernel reads the bundled JSON resources.
  opens org.impsci.outcomes to com.fasterxml.jackson.databind, org.impsci.assessment;
  opens org.impsci.outcomes.effect to com.fasterxml.jackson.databind;
  opens org.impsci.outcomes.measures to com.fasterxml.jackson.databind, org.impsci.assessment;
  opens org.impsci.outcomes.reaim to com.fasterxml.jackson.databind;

  provides org.impsci.assessment.spi.FrameworkProvider with
      org.impsci.outcomes.internal.OutcomesFrameworkProvider;
  provides org.impsci.assessment.spi.InstrumentProvider with
      org.impsci.outcomes.internal.OutcomesInstrumentProvider;
}

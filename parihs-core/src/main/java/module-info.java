/**
 * PARIHS for impsci: PARIHS and i-PARIHS as frameworks with typed handles, a PARIHS diagnostic
 * assessment, i-PARIHS's handles and facilitation-planning assessment (package {@code iparihs}),
 * and the ORCA readiness survey with its scoring.
 */
module org.impsci.parihs {
  requires transitive org.impsci.assessment;
  requires static org.immutables.value.annotations;

  exports org.impsci.parihs;
  exports org.impsci.parihs.iparihs;
  exports org.impsci.parihs.orca;

  // Jackson reaches the value types; the kernel reads the bundled JSON resources.
  opens org.impsci.parihs to com.fasterxml.jackson.databind, org.impsci.assessment;
  opens org.impsci.parihs.iparihs to com.fasterxml.jackson.databind;
  opens org.impsci.parihs.orca to com.fasterxml.jackson.databind, org.impsci.assessment;

  provides org.impsci.assessment.spi.FrameworkProvider with
      org.impsci.parihs.internal.ParihsFrameworkProvider;
  provides org.impsci.assessment.spi.InstrumentProvider with
      org.impsci.parihs.internal.ParihsInstrumentProvider;
}

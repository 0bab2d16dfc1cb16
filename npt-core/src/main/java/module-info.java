/**
 * Normalization Process Theory for impsci: NPT, extended NPT and the NPT coding manual as
 * frameworks with typed handles, and the NoMAD survey with its scoring.
 */
module org.impsci.npt {
  requires transitive org.impsci.assessment;
  requires static org.immutables.value.annotations;

  exports org.impsci.npt;
  exports org.impsci.npt.nomad;

  // Jackson reaches the value types; the kernel reads the bundled JSON resources.
  opens org.impsci.npt to com.fasterxml.jackson.databind, org.impsci.assessment;
  opens org.impsci.npt.nomad to com.fasterxml.jackson.databind, org.impsci.assessment;

  provides org.impsci.assessment.spi.FrameworkProvider with
      org.impsci.npt.internal.NptFrameworkProvider;
  provides org.impsci.assessment.spi.InstrumentProvider with
      org.impsci.npt.internal.NptInstrumentProvider;
}

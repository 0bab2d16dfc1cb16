/**
 * Barrier taxonomies and implementation strategies for impsci: CFIR 2009 and CFIR 2.0 with the
 * crosswalk, TDF v2, COM-B and the Behaviour Change Wheel, the TICD checklist, ERIC, construct
 * ratings and the matching of barriers to strategies.
 */
module org.impsci.barriers {
  requires transitive org.impsci.assessment;
  requires static org.immutables.value.annotations;

  exports org.impsci.barriers;
  exports org.impsci.barriers.behaviour;
  exports org.impsci.barriers.cfir;
  exports org.impsci.barriers.pcat;
  exports org.impsci.barriers.rating;
  exports org.impsci.barriers.strategy;
  exports org.impsci.barriers.ticd;

  // Jackson reaches the value types; the kernel reads the bundled JSON resources.
  opens org.impsci.barriers to com.fasterxml.jackson.databind, org.impsci.assessment;
  opens org.impsci.barriers.behaviour to com.fasterxml.jackson.databind, org.impsci.assessment;
  opens org.impsci.barriers.cfir to com.fasterxml.jackson.databind, org.impsci.assessment;
  opens org.impsci.barriers.pcat to com.fasterxml.jackson.databind, org.impsci.assessment;
  opens org.impsci.barriers.rating to com.fasterxml.jackson.databind;
  opens org.impsci.barriers.strategy to com.fasterxml.jackson.databind, org.impsci.assessment;
  opens org.impsci.barriers.ticd to com.fasterxml.jackson.databind, org.impsci.assessment;

  provides org.impsci.assessment.spi.FrameworkProvider with
      org.impsci.barriers.internal.BarrierFrameworkProvider;
  provides org.impsci.assessment.spi.InstrumentProvider with
      org.impsci.barriers.internal.BarrierInstrumentProvider;
}

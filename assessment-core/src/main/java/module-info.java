/**
 * The framework-neutral kernel of impsci: framework trees, instruments, responses, scoring,
 * reliability, qualitative coding, and JSON and CSV input and output (REFI-QDA exchange is the
 * {@code org.impsci.qda} module's).
 */
module org.impsci.assessment {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.immutables.value.annotations;

  exports org.impsci.assessment;
  exports org.impsci.assessment.framework;
  exports org.impsci.assessment.instrument;
  exports org.impsci.assessment.scoring;
  exports org.impsci.assessment.reliability;
  exports org.impsci.assessment.io;
  exports org.impsci.assessment.survey;
  exports org.impsci.assessment.coding;
  exports org.impsci.assessment.statistics;
  exports org.impsci.assessment.spi;

  // Ids, rule violations and code lines, for the REFI-QDA module's code ids and codebooks.
  exports org.impsci.assessment.internal to org.impsci.qda;
  // The CSV record reader, for the REFI-QDA module's mapping CSVs.
  exports org.impsci.assessment.internal.csv to org.impsci.qda;

  // Value types: the generated classes' package-private JSON creators are reached by Jackson.
  opens org.impsci.assessment to com.fasterxml.jackson.databind;
  opens org.impsci.assessment.framework to com.fasterxml.jackson.databind;
  opens org.impsci.assessment.instrument to com.fasterxml.jackson.databind;
  opens org.impsci.assessment.scoring to com.fasterxml.jackson.databind;
  opens org.impsci.assessment.reliability to com.fasterxml.jackson.databind;
  opens org.impsci.assessment.io to com.fasterxml.jackson.databind;
  opens org.impsci.assessment.survey to com.fasterxml.jackson.databind;
  opens org.impsci.assessment.coding to com.fasterxml.jackson.databind;

  uses org.impsci.assessment.spi.FrameworkProvider;
  uses org.impsci.assessment.spi.InstrumentProvider;
}

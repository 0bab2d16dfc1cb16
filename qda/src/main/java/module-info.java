/**
 * REFI-QDA exchange for impsci: frameworks as codebooks ({@code .qdc}) for NVivo, MAXQDA,
 * ATLAS.ti and QualCoder, coded projects ({@code .qdpx}) read into coded segments and written
 * from them, and two coders' agreement. Kept apart from the kernel, as Jackson keeps each format
 * in its own artifact: it adds the JDK's XML parser and archive handling, with safe settings.
 */
module org.impsci.qda {
  requires transitive org.impsci.assessment;
  requires java.xml;
  requires static org.immutables.value.annotations;

  exports org.impsci.qda;

  // Value types: the generated classes' package-private JSON creators are reached by Jackson.
  opens org.impsci.qda to com.fasterxml.jackson.databind;
}

/**
 * Reporting for impsci as a library: site-by-scale tables with n, mean, SD and a t-based 95%
 * confidence interval under the instrument's labels, the items in no scale, construct-profile and
 * pCAT diverging bar charts as SVG and PNG, and the self-contained HTML report with its methods
 * block and its pCAT, RE-AIM, coding and strategies sections.
 */
module org.impsci.report {
  requires transitive org.impsci.assessment;
  requires transitive org.impsci.barriers;
  requires transitive org.impsci.outcomes;
  // Java2D and ImageIO, for the PNG charts (headless).
  requires transitive java.desktop;
  // Compile time only: the value types carry Immutables' annotations.
  requires static org.immutables.value.annotations;

  exports org.impsci.report;

  opens org.impsci.report to com.fasterxml.jackson.databind;
}

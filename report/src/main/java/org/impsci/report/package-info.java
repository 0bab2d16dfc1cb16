/**
 * Reporting as a library: site-by-scale tables with t-based 95% intervals ({@link
 * org.impsci.report.ScaleTables}), the items in no scale ({@link
 * org.impsci.report.SingleItemSummaries}), charts as SVG and PNG ({@link
 * org.impsci.report.ProfileChart}, {@link org.impsci.report.PcatChart}) and the self-contained HTML
 * report ({@link org.impsci.report.HtmlReport}).
 */
package org.impsci.report;

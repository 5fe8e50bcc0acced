/**
 * Writing reports: the run's and the compare's four files (index.html, report.json, report.md, junit.xml), and what
 * every report of cutover shares — {@link dev.cutover.report.ReportFolder} (a report folder is whole or absent),
 * {@link dev.cutover.report.HtmlPage} with the one stylesheet and {@link dev.cutover.report.HtmlText}, the one HTML
 * escaper — and junit.xml through the JDK's XMLStreamWriter.
 *
 * <p>May use: verdict (compare reports show verdicts), parity, run, wire. Used by load, overhead and cli.
 */
package dev.cutover.report;

/**
 * Load runs, whole: profiles ({@code load/*.yaml}), the rig (mock provider scripted to the profile's speed, gateway
 * launched), the one generic Gatling simulation and what it records per request, the LLM latency metrics, the
 * per-metric judge against a baseline ({@link dev.cutover.load.MetricJudge}), a plan's load limits held against two
 * runs ({@link dev.cutover.load.LoadLimitCheck}), the verdict, and the report folder (load.html, load.json, samples,
 * Gatling's own report). The report lives here rather than in a package of its own because a simulation started by
 * Maven's Gatling plugin writes its report itself when it ends.
 *
 * <p>May use: stats, wire, yaml, http, mock, scenario, target, run (sessions and request building), verdict (the
 * verdict type and a plan's load limits) and report (the report folder and the HTML frame). Used by cli only.
 */
package dev.cutover.load;

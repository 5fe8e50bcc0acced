/**
 * Running scenarios against a target: a {@link dev.cutover.run.Session} (mock, profile, launched gateway,
 * known differences), the preflight, the {@link dev.cutover.run.ScenarioRunner} that builds each request,
 * sends it, attaches what reached the provider and checks every expectation, and the outcomes.
 *
 * <p>May use: expect, scenario, launch, target, http, mock, standin, oracle, wire, yaml.
 */
package dev.cutover.run;

/**
 * Scenarios: the records read from {@code scenarios/<area>/<id>.yaml}, the reader whose every complaint
 * names file, line and field (lint's rules live here), the {@link dev.cutover.scenario.Catalog} of a run,
 * and the typed {@link dev.cutover.scenario.Feature}s scenarios need and targets claim.
 *
 * <p>May use: expect, wire, yaml.
 */
package dev.cutover.scenario;

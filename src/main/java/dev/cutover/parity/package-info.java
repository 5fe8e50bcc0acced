/**
 * Baseline against candidate: observations normalised into snapshots, compared field by field, noise
 * filtered (the baseline runs twice), each difference classified as breaking, behavioural or cosmetic.
 *
 * <p>May use: run, scenario, wire.
 */
package dev.cutover.parity;

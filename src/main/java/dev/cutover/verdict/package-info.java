/**
 * Plans ({@code plans/*.yaml}: sides, scenario selection, policy, waivers and a load part whose limits are plain
 * numbers here, {@link dev.cutover.verdict.LoadLimits}), the one {@link dev.cutover.verdict.Verdict} type with its
 * rule, the judge that weighs parity's differences, and {@link dev.cutover.verdict.CompareRun}, which runs a plan's
 * scenarios on both sides.
 *
 * <p>May use: parity, run, scenario, target, mock, wire and yaml. Never load, report or anything above them: load and
 * the compare reports use verdicts, not the other way round.
 */
package dev.cutover.verdict;

package dev.cutover.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs a Gatling load profile against a target, optionally after a baseline, and judges it (cutover load).
 * Not bound to a build by default in the sense that a team adds it on purpose: load takes minutes.
 */
@Mojo(name = "load", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class LoadMojo extends CutoverMojo {
    /** A plan: its load profile against its baseline, then its candidate, with its thresholds. */
    @Parameter(property = "cutover.plan")
    String plan;

    /** Target profile: the candidate (default: targets/direct-mock.yaml). */
    @Parameter(property = "cutover.target")
    String target;

    /** Load profile (default: load/smoke.yaml, or the plan's). */
    @Parameter(property = "cutover.profile")
    String profile;

    /** Run the profile against this target first and compare the target with it. */
    @Parameter(property = "cutover.baseline")
    String baseline;

    /** Compare with an earlier load report folder instead of running a baseline. */
    @Parameter(property = "cutover.baselineReport")
    String baselineReport;

    @Override
    String command() {
        return "load";
    }

    @Override
    List<String> arguments(Path home) {
        List<String> args = new ArrayList<>();
        option(args, "--plan", plan);
        option(args, "--target", target);
        option(args, "--profile", profile);
        option(args, "--baseline", baseline);
        option(args, "--baseline-report", baselineReport);
        return args;
    }
}

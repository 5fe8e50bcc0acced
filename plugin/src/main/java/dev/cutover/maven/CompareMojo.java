package dev.cutover.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares a baseline with a candidate (cutover compare): a plan, or two targets over the scenarios. Fails the
 * build on NO-GO, and on INCONCLUSIVE (a required feature did not run on both sides).
 */
@Mojo(name = "compare", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompareMojo extends ScenarioMojo {
    /** A plan file: its targets, scenarios, policy and waivers. */
    @Parameter(property = "cutover.plan")
    String plan;

    /** Baseline target profile (without a plan). */
    @Parameter(property = "cutover.baseline")
    String baseline;

    /** Candidate target profile (without a plan). */
    @Parameter(property = "cutover.candidate")
    String candidate;

    /** Waiver files applied too (as accept writes them). */
    @Parameter(property = "cutover.waivers")
    List<String> waivers;

    /** Write today's blocking differences and warnings to this new waiver file, for a person to review. */
    @Parameter(property = "cutover.accept")
    String accept;

    /** Fail on GO WITH WARNINGS too. */
    @Parameter(property = "cutover.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    @Override
    String command() {
        return "compare";
    }

    @Override
    List<String> arguments(Path home) throws MojoExecutionException {
        List<String> args = new ArrayList<>();
        boolean pair = (baseline != null && !baseline.isBlank()) || (candidate != null && !candidate.isBlank());
        if (plan != null && !plan.isBlank()) {
            if (pair) throw new MojoExecutionException("cutover compare: give a plan, or a baseline and a candidate, not both");
            option(args, "--plan", plan);
        } else {
            if (baseline == null || baseline.isBlank() || candidate == null || candidate.isBlank()) {
                throw new MojoExecutionException("cutover compare: give a plan, or a baseline and a candidate");
            }
            option(args, "--baseline", baseline);
            option(args, "--candidate", candidate);
        }
        filters(args);
        if (waivers != null) for (String w : waivers) option(args, "--waivers", w);
        option(args, "--accept", accept);
        if (failOnWarnings) args.add("--fail-on-warnings");
        if (!pair) return args; // a plan names its own scenarios
        args.add("--");
        args.addAll(scenarioPaths(home));
        return args;
    }
}

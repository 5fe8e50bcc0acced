package dev.cutover.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the scenarios against one target and writes a report (cutover run). Fails the build when a scenario
 * fails, or when too little of what applies ran (INCONCLUSIVE).
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class RunMojo extends ScenarioMojo {
    /** The target profile: the team's own (targets/staging.yaml), else a shipped one of that path. */
    @Parameter(property = "cutover.target", defaultValue = "targets/direct-mock.yaml")
    String target;

    /** Share of the applicable scenarios that must run for a pass; less is INCONCLUSIVE. */
    @Parameter(property = "cutover.minCoverage", defaultValue = "0.8")
    String minCoverage;

    @Override
    String command() {
        return "run";
    }

    @Override
    List<String> arguments(Path home) throws MojoExecutionException {
        List<String> args = new ArrayList<>();
        option(args, "--target", target);
        option(args, "--min-coverage", minCoverage);
        filters(args);
        args.add("--");
        args.addAll(scenarioPaths(home));
        return args;
    }
}

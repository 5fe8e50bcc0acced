package dev.cutover.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that run scenarios (run, compare): which scenario files, and the command line's filters. */
abstract class ScenarioMojo extends CutoverMojo {
    /**
     * The team's own scenario files or folders, relative to the project (default: its scenarios folder, when
     * there is one). A scenario with the id of a shipped one replaces it.
     */
    @Parameter(property = "cutover.scenarios")
    List<String> scenarios;

    /** Run cutover's shipped catalog too (before the team's own scenarios). */
    @Parameter(property = "cutover.catalog", defaultValue = "true")
    boolean catalog;

    /** Only these scenario ids; * matches anything (errors-429-*); comma-separated. */
    @Parameter(property = "cutover.scenario")
    String scenario;

    /** Only scenarios of these areas (folders), e.g. streaming; comma-separated. */
    @Parameter(property = "cutover.area")
    String area;

    /** Only scenarios with one of these tags; comma-separated. */
    @Parameter(property = "cutover.tag")
    String tag;

    /** Only scenarios needing one of these features, e.g. streaming; comma-separated. */
    @Parameter(property = "cutover.feature")
    String feature;

    /** Only scenarios of these levels: core, extended; comma-separated. */
    @Parameter(property = "cutover.level")
    String level;

    /** No progress line per scenario. */
    @Parameter(property = "cutover.quiet", defaultValue = "false")
    boolean quiet;

    /** The scenario paths: the shipped catalog, then the team's own. */
    List<String> scenarioPaths(Path home) throws MojoExecutionException {
        List<String> paths = new ArrayList<>();
        if (catalog) paths.add(home.resolve("scenarios").toString());
        if (scenarios != null && !scenarios.isEmpty()) {
            paths.addAll(scenarios);
        } else if (Files.isDirectory(basedir.toPath().resolve("scenarios"))) {
            paths.add("scenarios");
        }
        if (paths.isEmpty()) {
            throw new MojoExecutionException("cutover " + command() + ": no scenarios: catalog is false and the project has no "
                    + "scenarios folder (" + new File(basedir, "scenarios") + "); name them in <scenarios>");
        }
        return paths;
    }

    /** The filters and {@code --quiet}, as options. */
    void filters(List<String> args) {
        option(args, "--scenario", scenario);
        option(args, "--area", area);
        option(args, "--tag", tag);
        option(args, "--feature", feature);
        option(args, "--level", level);
        if (quiet) args.add("--quiet");
    }
}

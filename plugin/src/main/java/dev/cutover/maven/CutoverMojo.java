package dev.cutover.maven;

import dev.cutover.launch.Home;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: it unpacks cutover's shipped catalog into the build folder, runs the cutover command
 * line in a JVM of its own (in the project's folder, so relative paths read as they would from a shell there,
 * then among the shipped files), and turns its exit code into the build's result.
 *
 * <p>A JVM of its own, not Maven's: a run starts gateways and a mock provider and may take the machine's ports
 * and memory for minutes, Gatling needs an opened java.lang, and nothing a run does should outlive it.
 */
abstract class CutoverMojo extends AbstractMojo {
    /** Skips the goal (also -Dcutover.skip). */
    @Parameter(property = "cutover.skip", defaultValue = "false")
    boolean skip;

    /** Where report folders go; cutover adds one folder per run. */
    @Parameter(property = "cutover.reports", defaultValue = "${project.build.directory}/cutover-reports")
    File reports;

    /**
     * Fail the build when scenarios fail, a comparison says NO-GO or a run is INCONCLUSIVE; false only logs it
     * (bad input and internal errors always fail).
     */
    @Parameter(property = "cutover.failOnFailure", defaultValue = "true")
    boolean failOnFailure;

    /**
     * Lets a target whose gateway is not installed run its install command first (npm ci for the shipped
     * Portkey and nullplatform targets), in the unpacked catalog under the build folder.
     */
    @Parameter(property = "cutover.installGateways", defaultValue = "false")
    boolean installGateways;

    /**
     * The SDKs that judge each answer: openai-java,openai-node,anthropic-java,anthropic-node (the Node ones need
     * their npm install; Anthropic's judge Messages steps only), a part of that list, or none.
     */
    @Parameter(property = "cutover.sdks", defaultValue = "openai-java,openai-node,anthropic-java,anthropic-node")
    String sdks;

    /** The goal's whole time; past it the run is stopped and the build fails. */
    @Parameter(property = "cutover.timeoutMinutes", defaultValue = "60")
    int timeoutMinutes;

    /**
     * A named environment: targets/env/NAME.env (or a .env file) fills the ${env:…} values the environment does
     * not set, e.g. staging or production URLs; keys stay in the environment.
     */
    @Parameter(property = "cutover.env")
    String env;

    /** Options for the JVM that runs cutover, e.g. -Xmx2g (a heap and a collector are chosen otherwise). */
    @Parameter(property = "cutover.jvmOptions")
    List<String> jvmOptions;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    List<Artifact> pluginArtifacts;

    /** The command line's subcommand: run, compare or load. */
    abstract String command();

    /** Its options, as a user would type them after the subcommand. */
    abstract List<String> arguments(Path home) throws MojoExecutionException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("cutover " + command() + ": skipped");
            return;
        }
        Path home = Home.unpack(buildDirectory.toPath().resolve("cutover-home"));
        List<String> line = new ArrayList<>();
        line.add(command());
        line.add("--reports");
        line.add(reports.getAbsolutePath());
        option(line, "--env", env);
        line.addAll(arguments(home));
        getLog().info("cutover " + String.join(" ", line));
        int code = new Fork(getLog(), basedir.toPath(), timeoutMinutes).run(javaCommand(home, line));
        ExitCode.judge(code, command(), failOnFailure, getLog());
    }

    private List<String> javaCommand(Path home, List<String> cutoverLine) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> options = jvmOptions == null ? List.of() : jvmOptions;
        // As the launcher chooses: ZGC's sub-millisecond pauses where timing is measured, G1's smaller footprint elsewhere.
        if (options.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            cmd.add(command().equals("load") ? "-XX:+UseZGC" : "-XX:+UseG1GC");
        }
        if (options.stream().noneMatch(o -> o.startsWith("-Xmx"))) cmd.add(command().equals("load") ? "-Xmx1g" : "-Xmx768m");
        cmd.addAll(options);
        cmd.add("--add-opens=java.base/java.lang=ALL-UNNAMED"); // Gatling's stats writer reads String internals
        cmd.add("-Dcutover.home=" + home);
        cmd.add("-Dcutover.sdks=" + sdks);
        if (installGateways) cmd.add("-Dcutover.installGateways=true");
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add("dev.cutover.cli.Main");
        cmd.addAll(cutoverLine);
        return cmd;
    }

    /** The engine and its runtime dependencies, as this plugin resolved them. */
    private String classpath() {
        List<String> parts = new ArrayList<>();
        for (Artifact a : pluginArtifacts) {
            if (a.getFile() != null && a.getArtifactHandler().isAddedToClasspath()) parts.add(a.getFile().getAbsolutePath());
        }
        return String.join(File.pathSeparator, parts);
    }

    /** {@code --name value} when the value is set. */
    static void option(List<String> args, String name, String value) {
        if (value != null && !value.isBlank()) {
            args.add(name);
            args.add(value.trim());
        }
    }
}

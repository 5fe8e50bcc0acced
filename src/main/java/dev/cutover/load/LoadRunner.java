package dev.cutover.load;

import dev.cutover.report.ReportFolder;
import dev.cutover.run.GatewayLog;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the generic simulation in this JVM against one target and turns its samples into a run. The rig
 * (mock provider, gateway) is opened here, before Gatling starts, so that a bad file or a gateway that
 * does not start is a clear error rather than a Gatling stack trace.
 */
public final class LoadRunner {
    /** Gatling's own HTML report, inside each load report folder. */
    public static final String GATLING_DIR = "gatling";

    private LoadRunner() {}

    /**
     * Runs and returns the run, its samples and Gatling's report kept in a report folder under {@code reportsRoot}
     * that {@link LoadReport#write} completes and moves into place.
     *
     * @throws dev.cutover.yaml.InputException for unusable files; {@link dev.cutover.launch.LaunchException}
     */
    public static LoadRun run(Path targetFile, LoadProfile profile, Path reportsRoot) {
        requireOpenJavaLang();
        return run(LoadRig.open(targetFile, profile), profile, reportsRoot);
    }

    /** Runs on an opened rig, which it closes. */
    static LoadRun run(LoadRig rig, LoadProfile profile, Path reportsRoot) {
        LoadJob job;
        try {
            job = new LoadJob(profile, rig, ReportFolder.create(reportsRoot));
        } catch (RuntimeException e) {
            rig.close();
            throw e;
        }
        Path work = job.dir();
        boolean ran = false;
        try {
            LoadJob.handOver(job);
            Path results = work.resolve(".gatling-results");
            int code = Gatling$.MODULE$.fromArgs(new String[] {
                    "-s", LoadSimulation.class.getName(), "-rf", results.toString(),
                    "-rd", profile.name() + " against " + rig.target().name(), "-l", "cutover"});
            LoadJob.take(); // in case Gatling stopped before instantiating the simulation
            if (job.samples().written() == 0 && code != 0) {
                throw new IllegalStateException("Gatling ended with status " + code + " before any request was sent");
            }
            flattenGatlingReport(results, work.resolve(GATLING_DIR));
            ran = true;
        } finally {
            job.close();
            // Gatling throws checked exceptions unannounced (Scala): a flag, not a catch, covers them all.
            // A run that did not finish leaves no report: its folder goes, Gatling's half-written report with it.
            if (!ran) job.folder().close();
        }
        try {
            return collect(job, rig);
        } catch (RuntimeException e) {
            job.folder().close();
            throw e;
        }
    }

    /** Gatling's stats writer reads String internals; without the opening it crashes after the gateway started. */
    private static void requireOpenJavaLang() {
        if (!Object.class.getModule().isOpen("java.lang", LoadRunner.class.getModule())) {
            throw new IllegalStateException("Gatling needs the JVM option --add-opens java.base/java.lang=ALL-UNNAMED "
                    + "(java -jar cutover.jar sets it from the jar's manifest)");
        }
    }

    private static LoadRun collect(LoadJob job, LoadRig rig) {
        List<Sample> all = SampleLog.read(List.of(job.dir().resolve(SampleLog.FILE)));
        List<Sample> samples = LoadMetrics.afterWarmup(all, job.profile().warmupSeconds());
        LoadMetrics metrics = LoadMetrics.of(samples, job.profile().slo());
        GatewayLog.save(rig.launchLog(), rig.redactor(), job.dir());
        return new LoadRun(rig.target().name(), rig.target().gateway(), rig.target().standInFor(),
                rig.redactor().mask(rig.target().baseUrl()),
                job.profile(), job.startedAt(), LoadRun.stopReason(job.profile(), job.issued(),
                        LoadMetrics.of(all, job.profile().slo()).durationS()),
                samples, metrics, job.resends().refused(), rig.mockTiming(), job.folder());
    }

    /** For a simulation started by Maven's Gatling plugin: target and profile from system properties. */
    static LoadJob openFromSystemProperties() {
        String target = System.getProperty("cutover.target", "targets/direct-mock.yaml");
        // Maven passes the conformance default list; a load run takes the first target.
        target = target.split(",")[0].trim();
        String profile = System.getProperty("cutover.profile", "load/smoke.yaml");
        Path reports = Path.of(System.getProperty("cutover.reports", "reports"));
        LoadProfile p = LoadProfileReader.read(Path.of(profile));
        return new LoadJob(p, LoadRig.open(Path.of(target), p), ReportFolder.create(reports));
    }

    /** The end of a Maven-started run: our report from the samples (Gatling's HTML stays where the plugin puts it). */
    static void finishOwn(LoadJob job) {
        job.close();
        LoadRun run = collect(job, job.rig());
        Path dir = LoadReport.write(run, null, LoadVerdict.of(run.metrics(), run.profile().thresholds()));
        System.out.println("cutover load report: " + dir.resolve(LoadReport.HTML));
    }

    /** Gatling writes results/<simulation>-<time>/; keep that report as gatling/ beside ours. */
    private static void flattenGatlingReport(Path results, Path into) {
        if (!Files.isDirectory(results)) return;
        try (Stream<Path> runs = Files.list(results)) {
            Path only = runs.filter(Files::isDirectory).findFirst().orElse(null);
            if (only != null) Files.move(only, into);
            Files.deleteIfExists(results);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move Gatling's report into " + into, e);
        }
    }
}

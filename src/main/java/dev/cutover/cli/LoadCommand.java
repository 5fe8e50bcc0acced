package dev.cutover.cli;

import dev.cutover.launch.Home;
import dev.cutover.load.Baseline;
import dev.cutover.load.LoadLimitCheck;
import dev.cutover.load.LoadMetrics;
import dev.cutover.load.LoadProfile;
import dev.cutover.load.LoadProfileReader;
import dev.cutover.load.LoadReport;
import dev.cutover.load.LoadRun;
import dev.cutover.load.LoadRunner;
import dev.cutover.load.LoadVerdict;
import dev.cutover.load.Metric;
import dev.cutover.load.MetricComparison;
import dev.cutover.report.ReportFolder;
import dev.cutover.stats.Distribution;
import dev.cutover.verdict.LoadLimits;
import dev.cutover.verdict.Plan;
import dev.cutover.verdict.PlanReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Runs a Gatling load profile against a target (and optionally a baseline first), "
                + "reports TTFT, inter-token latency, TPOT, e2e latency, throughput, errors and goodput, "
                + "and compares baseline with candidate.")
final class LoadCommand implements Callable<Integer> {
    private static final Path DEFAULT_TARGET = Path.of("targets/direct-mock.yaml");
    private static final Path DEFAULT_PROFILE = Path.of("load/smoke.yaml");

    @Mixin
    EnvOption env = new EnvOption();

    @Option(names = "--plan", description = "A plan (plans/*.yaml): its load profile against its baseline, then its "
            + "candidate, compared as with --baseline, and the plan's load thresholds as verdict reasons.", converter = InputPath.class)
    Path plan;

    // No picocli defaults for these two: with --plan, a given --target is a mistake and the profile is the plan's.
    @Option(names = {"-t", "--target"}, description = "Target profile: the candidate (default: targets/direct-mock.yaml).",
            converter = InputPath.class)
    Path target;

    @Option(names = {"-p", "--profile"}, description = "Load profile (default: load/smoke.yaml, or the plan's).",
            converter = InputPath.class)
    Path profile;

    @Option(names = "--baseline", description = "Run the profile against this target first and compare the target with it.",
            converter = InputPath.class)
    Path baseline;

    @Option(names = "--baseline-report", description = "Compare with an earlier load report folder instead of running a baseline.")
    Path baselineReport;

    @Option(names = "--reports", description = "Where report folders go (default: ${DEFAULT-VALUE}).", defaultValue = "reports")
    Path reports;

    /** Every run this command made, for the mock provider's own timing in the verdict. */
    private final List<LoadRun> measured = new ArrayList<>();

    @Override
    public Integer call() {
        env.apply();
        try {
            return measure();
        } finally {
            // A run whose report was never written (an error after it) leaves no half folder behind.
            measured.forEach(r -> r.folder().close());
        }
    }

    private int measure() {
        ReportFolder.requireWritable(reports);
        if (plan != null) return runPlan();
        if (baseline != null && baselineReport != null) {
            System.err.println("error: give --baseline or --baseline-report, not both");
            return Main.BAD_INPUT;
        }
        Path candidate = target == null ? Home.resolve(DEFAULT_TARGET) : target;
        LoadProfile p = LoadProfileReader.read(profile == null ? Home.resolve(DEFAULT_PROFILE) : profile);
        if (baseline != null) return compare(baseline, candidate, p, null);
        if (baselineReport != null) LoadReport.requireBaseline(baselineReport);
        LoadRun c = run(candidate, p, baselineReport == null ? "run" : "candidate");
        Baseline base = baselineReport == null ? null : LoadReport.readBaseline(baselineReport, c);
        return finish(c, base, p, null);
    }

    private int runPlan() {
        if (target != null || baseline != null || baselineReport != null) {
            System.err.println("error: a plan names its baseline and candidate; drop --target, --baseline and --baseline-report");
            return Main.BAD_INPUT;
        }
        Plan p = PlanReader.read(plan);
        if (p.load() == null) {
            System.err.println("error: " + plan + " has no 'load' part to run; add one, e.g. load: {profile: "
                    + "../load/steady.yaml, thresholds: {ttftP95IncreaseMs: 50}} (docs/plans.md)");
            return Main.BAD_INPUT;
        }
        System.out.println("cutover load: plan " + p.name() + " (" + plan + ")");
        return compare(p.baseline(), p.candidate(), LoadProfileReader.read(profile == null ? p.load().profile() : profile),
                new LoadReport.Plan(p.name(), p.load().thresholds()));
    }

    /** The profile against the baseline, then the candidate; the candidate's report carries the comparison. */
    /** @param plan the plan with its load limits, or null */
    private int compare(Path baselineFile, Path candidateFile, LoadProfile p, LoadReport.Plan plan) {
        LoadRun b = run(baselineFile, p, "baseline");
        Path dir = LoadReport.write(b, null, LoadVerdict.of(b.metrics(), p.thresholds()).withMockTiming(List.of(b)));
        System.out.println("baseline report: " + dir.resolve(LoadReport.HTML));
        LoadRun c = run(candidateFile, p, "candidate");
        return finish(c, Baseline.of(b, dir.getFileName().toString(), c), p, plan);
    }

    private LoadRun run(Path targetFile, LoadProfile p, String role) {
        System.out.printf("cutover load: %s profile %s against %s (%s)%n", role, p.name(), targetFile, describe(p));
        LoadRun r = LoadRunner.run(targetFile, p, reports);
        measured.add(r);
        summary(r);
        return r;
    }

    private int finish(LoadRun candidate, Baseline base, LoadProfile p, LoadReport.Plan plan) {
        LoadLimits limits = plan == null ? LoadLimits.NONE : plan.limits();
        LoadVerdict verdict = base == null ? LoadVerdict.of(candidate.metrics(), p.thresholds())
                : LoadVerdict.of(candidate.metrics(), p.thresholds(), base.comparisons())
                        .with(LoadLimitCheck.of(limits, base.metrics(), candidate.metrics()));
        verdict = verdict.withMockTiming(measured);
        Path dir = LoadReport.write(candidate, base, verdict, plan);
        if (base != null) {
            System.out.println("\nbaseline " + base.target() + " vs candidate " + candidate.target() + ":");
            for (MetricComparison c : base.comparisons()) System.out.printf("  %-8s %s%n", c.outcome(), c.explanation());
        }
        String label = base != null ? verdict.decision().label() : verdict.passed() ? "PASS" : "FAIL";
        System.out.println("\nverdict: " + label);
        verdict.reasons().forEach(r -> System.out.println("  reason: " + r));
        verdict.warnings().forEach(w -> System.out.println("  warning: " + w));
        System.out.println("report: " + dir.resolve(LoadReport.HTML));
        return verdict.passed() ? Main.PASS : Main.FAIL;
    }

    private static void summary(LoadRun r) {
        LoadMetrics m = r.metrics();
        System.out.printf("%s: %d requests, %d failed (%.2f %%), %.2f req/s, %.1f output tokens/s, %s%n", r.target(),
                m.requests(), m.failed(), m.errorRate() * 100, m.requestsPerSecond(), m.outputTokensPerSecond(), r.stopReason());
        if (r.mockTiming() != null) {
            System.out.printf("  mock provider's own lateness: p50 %.2f  p99 %.2f  max %.1f ms over %d answer parts%s%n",
                    r.mockTiming().p50Ms(), r.mockTiming().p99Ms(), r.mockTiming().maxMs(), r.mockTiming().parts(),
                    r.mockTiming().late() ? " — LATE, see the verdict" : "");
        }
        if (r.resendsRefused() > 0) {
            System.out.printf("  %d broken stream(s) Gatling tried to resend: refused, counted as failed%n", r.resendsRefused());
        }
        for (Metric metric : Metric.values()) {
            Distribution d = m.latency().get(metric);
            System.out.printf("  %-20s n=%-6d p50 %8.1f  p90 %8.1f  p95 %8.1f  p99 %8.1f ms%n", metric.label(), d.count(),
                    d.p50(), d.p90(), d.p95(), d.p99());
        }
    }

    private static String describe(LoadProfile p) {
        return p.model().name().toLowerCase() + " model, " + Math.round(p.streaming() * 100) + " % streamed, caps "
                + p.limits().seconds() + " s / " + p.limits().requests() + " requests";
    }
}

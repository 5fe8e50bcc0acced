package dev.cutover.cli;

import dev.cutover.load.Baseline;
import dev.cutover.load.LoadMetrics;
import dev.cutover.load.LoadProfile;
import dev.cutover.load.LoadProfileReader;
import dev.cutover.load.LoadRun;
import dev.cutover.load.LoadRunner;
import dev.cutover.load.LoadVerdict;
import dev.cutover.load.Metric;
import dev.cutover.load.MetricComparison;
import dev.cutover.load.report.LoadReport;
import dev.cutover.load.stats.Distribution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Runs a Gatling load profile against a target (and optionally a baseline first), "
                + "reports TTFT, inter-token latency, TPOT, e2e latency, throughput, errors and goodput, "
                + "and compares baseline with candidate.")
final class LoadCommand implements Callable<Integer> {

    @Option(names = {"-t", "--target"}, description = "Target profile: the candidate (default: ${DEFAULT-VALUE}).",
            defaultValue = "targets/direct-mock.yaml")
    Path target;

    @Option(names = {"-p", "--profile"}, description = "Load profile (default: ${DEFAULT-VALUE}).",
            defaultValue = "load/smoke.yaml")
    Path profile;

    @Option(names = "--baseline", description = "Run the profile against this target first and compare the target with it.")
    Path baseline;

    @Option(names = "--baseline-report", description = "Compare with an earlier load report folder instead of running a baseline.")
    Path baselineReport;

    @Option(names = "--reports", description = "Where report folders go (default: ${DEFAULT-VALUE}).", defaultValue = "reports")
    Path reports;

    /** Every run this command made, for the mock provider's own timing in the verdict. */
    private final List<LoadRun> measured = new ArrayList<>();

    @Override
    public Integer call() {
        if (baseline != null && baselineReport != null) {
            System.err.println("error: give --baseline or --baseline-report, not both");
            return Main.BAD_INPUT;
        }
        LoadProfile p = LoadProfileReader.read(profile);
        Baseline base = null;
        if (baseline != null) {
            LoadRun b = run(baseline, p, "baseline");
            Path dir = LoadReport.write(b, null, LoadVerdict.of(b.metrics(), p.thresholds()).withMockTiming(List.of(b)), reports);
            System.out.println("baseline report: " + dir.resolve(LoadReport.HTML));
            LoadRun c = run(target, p, "candidate");
            base = Baseline.of(b.target(), b.gateway(), dir.getFileName().toString(), b.samples(), c);
            return finish(c, base, p);
        }
        LoadRun c = run(target, p, baselineReport == null ? "run" : "candidate");
        if (baselineReport != null) base = LoadReport.readBaseline(baselineReport, c);
        return finish(c, base, p);
    }

    private LoadRun run(Path targetFile, LoadProfile p, String role) {
        System.out.printf("cutover load: %s profile %s against %s (%s)%n", role, p.name(), targetFile, describe(p));
        LoadRun r = LoadRunner.run(targetFile, p, reports);
        measured.add(r);
        summary(r);
        return r;
    }

    private int finish(LoadRun candidate, Baseline base, LoadProfile p) {
        LoadVerdict verdict = base == null ? LoadVerdict.of(candidate.metrics(), p.thresholds())
                : LoadVerdict.of(candidate.metrics(), p.thresholds(), base.comparisons());
        verdict = verdict.withMockTiming(measured);
        Path dir = LoadReport.write(candidate, base, verdict, reports);
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

package dev.cutover.cli;

import dev.cutover.launch.Home;
import dev.cutover.mock.MockOptions;
import dev.cutover.report.ReportFolder;
import dev.cutover.report.Reports;
import dev.cutover.run.GatewayLog;
import dev.cutover.run.Outcome;
import dev.cutover.run.RunResult;
import dev.cutover.run.Session;
import dev.cutover.run.Status;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Selection;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs conformance scenarios against one target and writes a report.")
final class RunCommand implements Callable<Integer> {

    @Option(names = {"-t", "--target"}, description = "Target profile (default: ${DEFAULT-VALUE}).",
            defaultValue = "targets/direct-mock.yaml", converter = InputPath.class)
    Path target;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Scenario files or folders (default: scenarios).",
            converter = InputPath.class)
    List<Path> scenarios = List.of(Home.resolve(Path.of("scenarios")));

    @Mixin
    ScenarioFilters filters = new ScenarioFilters();

    @Mixin
    EnvOption env = new EnvOption();


    @Spec
    CommandSpec spec;

    @Option(names = "--reports", description = "Where report folders go (default: ${DEFAULT-VALUE}).", defaultValue = "reports")
    Path reports;

    @Option(names = "--quiet", description = "No progress line per scenario.")
    boolean quiet;

    @Option(names = "--min-coverage", description = "Share of the applicable scenarios (those whose features the target "
            + "claims) that must run for a pass; less is INCONCLUSIVE, exit 4 (default: ${DEFAULT-VALUE}).", defaultValue = "0.8")
    double minCoverage;

    @Option(names = "--max-requests", description = "Against real providers: send at most this many requests; the scenarios "
            + "past it are not run, and say so (default: 200 when the target's upstream is real, else no cap).")
    Integer maxRequests;

    @Option(names = "--max-tokens", description = "Against real providers: start no scenario once the answers' usage adds up "
            + "to this many tokens (default: 100000 when the target's upstream is real, else no cap).")
    Long maxTokens;

    @Override
    public Integer call() {
        env.apply();
        if (!(minCoverage >= 0 && minCoverage <= 1)) {
            System.err.println("error: --min-coverage is a share from 0 to 1, got " + minCoverage);
            return Main.BAD_INPUT;
        }
        Selection selection = filters.selection(scenarios, spec.commandLine());
        Catalog catalog = selection.apply(Catalog.load(scenarios));
        if (catalog.scenarios().isEmpty() && catalog.broken().isEmpty()) {
            System.err.println("error: no scenarios found under " + scenarios
                    + (selection.filters() ? " matching " + selection.describe() : ""));
            return Main.BAD_INPUT;
        }
        // Unreadable files are named up front (and are ERROR rows below); with nothing readable there is nothing to run.
        if (reportBroken(catalog) && catalog.scenarios().isEmpty()) return Main.BAD_INPUT;
        if ((maxRequests != null && maxRequests < 0) || (maxTokens != null && maxTokens < 0)) {
            System.err.println("error: --max-requests and --max-tokens are 0 or more");
            return Main.BAD_INPUT;
        }
        ReportFolder.requireWritable(reports);
        try (Session session = Session.open(target, MockOptions.defaults())) {
            if (maxRequests != null || maxTokens != null) session.limit(session.bill().cap().with(maxRequests, maxTokens));
            int total = catalog.scenarios().size() + catalog.broken().size();
            System.out.printf("cutover run: %d scenarios against %s (%s, %s)%n", total, session.target().name(),
                    session.target().gatewayLabel(), session.redactor().mask(session.target().baseUrl()));
            Progress progress = new Progress(total, quiet);
            RunResult result = session.runAll(catalog, progress::print);
            Path dir;
            // The gateway's log is part of the report folder, moved into place with it: whole or absent.
            try (ReportFolder folder = ReportFolder.create(reports)) {
                Reports.write(result, session.redactor(), folder);
                GatewayLog.save(session.launchLog(), session.redactor(), folder.path());
                dir = folder.commit(session.target().name(), result.startedAt());
            }
            printSummary(result, dir);
            if (!catalog.broken().isEmpty()) {
                System.out.printf("%d scenario file%s could not be read (errors above): exit 2%n", catalog.broken().size(),
                        catalog.broken().size() == 1 ? "" : "s");
                return Main.BAD_INPUT;
            }
            return switch (result.result(minCoverage)) {
                case PASS -> Main.PASS;
                case FAIL -> Main.FAIL;
                case INCONCLUSIVE -> {
                    System.out.printf(Locale.ROOT, "INCONCLUSIVE: %s, less than the %.0f %% asked for (--min-coverage): exit 4%n",
                            result.coverage().summary(), minCoverage * 100);
                    yield Main.INCONCLUSIVE;
                }
            };
        }
    }

    /** Prints each problem of each unreadable scenario file as {@code error: file:line: field: message}; true if any. */
    static boolean reportBroken(Catalog catalog) {
        catalog.broken().forEach(b -> b.errors().forEach(e -> System.err.println("error: " + e)));
        return !catalog.broken().isEmpty();
    }

    private static void printSummary(RunResult result, Path dir) {
        Map<Status, Integer> c = result.counts();
        String known = c.get(Status.KNOWN_DIFFERENCE) == 0 ? "" : c.get(Status.KNOWN_DIFFERENCE) + " known differences, ";
        System.out.printf("%n%d passed, %d failed, %s%d not supported, %d errors in %.1f s%n",
                c.get(Status.PASSED), c.get(Status.FAILED), known, c.get(Status.NOT_SUPPORTED), c.get(Status.ERROR),
                result.durationMs() / 1000.0);
        System.out.println("coverage: " + result.coverage().summary());
        if (result.bill().realUpstream()) {
            System.out.println("bill: " + result.bill().summary());
            if (!result.bill().models().isEmpty()) System.out.println("  " + result.bill().perModel());
        }
        result.coverage().notRun().stream().limit(3).forEach(n -> System.out.println("  not run: " + n));
        if (result.coverage().notRun().size() > 3) System.out.println("  … and " + (result.coverage().notRun().size() - 3) + " more");
        result.outcomes().stream().filter(o -> o.status() == Status.ERROR).map(Outcome::reason).distinct().limit(1)
                .forEach(r -> System.out.println("diagnosis: " + r));
        System.out.println("report: " + dir.resolve("index.html"));
    }
}

package dev.cutover.cli;

import dev.cutover.launch.Home;
import dev.cutover.mock.MockOptions;
import dev.cutover.report.CompareReports;
import dev.cutover.report.ReportFolder;
import dev.cutover.run.Outcome;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Selection;
import dev.cutover.verdict.AcceptedDifferences;
import dev.cutover.verdict.CompareRun;
import dev.cutover.verdict.ComparisonResult;
import dev.cutover.verdict.Impact;
import dev.cutover.verdict.Plan;
import dev.cutover.verdict.PlanReader;
import dev.cutover.verdict.Verdict;
import dev.cutover.verdict.Waiver;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Runs the same scenarios against a baseline and a candidate target and says whether moving "
                + "traffic from one to the other is safe: GO, GO WITH WARNINGS or NO-GO, with reasons.",
                "The baseline runs twice so that what varies by itself is not reported as a difference."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:GO, or GO WITH WARNINGS without --fail-on-warnings", "1:NO-GO (or warnings with --fail-on-warnings)",
                "4:INCONCLUSIVE: a required feature did not run on both sides, or too little of what applies did",
                "2:bad input or usage (the message names file, line and field)", "3:internal error"})
final class CompareCommand implements Callable<Integer> {

    @Option(names = "--plan", description = "A plan file (plans/*.yaml): targets, scenarios, policy, waivers.",
            converter = InputPath.class)
    Path plan;

    @Option(names = "--baseline", description = "Baseline target profile (without --plan).", converter = InputPath.class)
    Path baseline;

    @Option(names = "--candidate", description = "Candidate target profile (without --plan).", converter = InputPath.class)
    Path candidate;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Scenario files or folders, without --plan (default: scenarios).",
            converter = InputPath.class)
    List<Path> scenarios = List.of();

    @Mixin
    ScenarioFilters filters = new ScenarioFilters();

    @Mixin
    EnvOption env = new EnvOption();


    @Spec
    CommandSpec spec;

    @Option(names = "--accept", description = "Write today's blocking differences and warnings to this new waiver file, "
            + "for a person to review and commit (it is not applied to this compare).")
    Path accept;

    @Option(names = "--waivers", description = "Apply the waivers in this file too (as --accept writes them); repeatable.")
    List<Path> waiverFiles = List.of();

    @Option(names = "--fail-on-warnings", description = "Exit 1 for GO WITH WARNINGS too.")
    boolean failOnWarnings;

    @Option(names = "--reports", description = "Where report folders go (default: ${DEFAULT-VALUE}).", defaultValue = "reports")
    Path reports;

    @Option(names = "--quiet", description = "No progress line per scenario.")
    boolean quiet;

    @Option(names = "--max-requests", description = "Per side, against real providers: send at most this many requests "
            + "(default: the plan's maxRequests, else 200 for a side with real providers behind it).")
    Integer maxRequests;

    @Option(names = "--max-tokens", description = "Per side, against real providers: start no scenario once the answers' "
            + "usage adds up to this many tokens (default: the plan's maxTokens, else 100000).")
    Long maxTokens;

    @Override
    public Integer call() {
        env.apply();
        if ((maxRequests != null && maxRequests < 0) || (maxTokens != null && maxTokens < 0)) {
            System.err.println("error: --max-requests and --max-tokens are 0 or more");
            return Main.BAD_INPUT;
        }
        Plan p = plan();
        if (p == null) return Main.BAD_INPUT;
        p = p.withCaps(maxRequests, maxTokens);
        if (accept != null && Files.exists(accept)) {
            System.err.println("error: --accept " + accept + " exists; name a new file (it is for a person to review, not to overwrite)");
            return Main.BAD_INPUT;
        }
        Path acceptFolder = accept == null ? null : accept.toAbsolutePath().getParent();
        if (acceptFolder != null && !Files.isDirectory(acceptFolder)) {
            // Found out only after the whole comparison, it was "internal error: UncheckedIOException", exit 3.
            System.err.println("error: --accept " + accept + ": " + acceptFolder + " is not a folder; name a file in an existing folder");
            return Main.BAD_INPUT;
        }
        p = withWaiverFiles(p);
        // Read once here too, so that unreadable scenario files are named before two targets start.
        Catalog selected = p.selection().apply(Catalog.load(p.selection().paths()));
        if (RunCommand.reportBroken(selected) && selected.scenarios().isEmpty()) return Main.BAD_INPUT;
        ReportFolder.requireWritable(reports);
        try (CompareRun run = CompareRun.open(p, MockOptions.defaults())) {
            int n = run.scenarioCount();
            System.out.printf("cutover compare: %s — %d scenarios, baseline %s vs candidate %s%n", p.name(), n,
                    run.baselineSide().describe(), run.candidateSide().describe());
            System.out.println("each scenario runs three times: baseline, baseline again (to learn its noise), candidate");
            ComparisonResult result = run.run(progress(), Clock.systemUTC());
            Path dir;
            // The gateways' logs are part of the report folder, moved into place with it: whole or absent.
            try (ReportFolder folder = ReportFolder.create(reports)) {
                CompareReports.write(result, run.redactor(), folder);
                saveGatewayLogs(run, folder);
                dir = folder.commit("compare-" + p.name(), result.startedAt());
            }
            printVerdict(result, dir);
            printBills(run);
            if (accept != null) writeAccepted(result);
            if (!selected.broken().isEmpty()) {
                System.out.println(selected.broken().size() + " scenario file(s) could not be read (errors above): exit 2");
                return Main.BAD_INPUT;
            }
            return exitCode(result.verdict());
        }
    }

    /** The plan with the waivers of every --waivers file added to its own. */
    private Plan withWaiverFiles(Plan p) {
        if (waiverFiles.isEmpty()) return p;
        List<Waiver> all = new ArrayList<>(p.waivers());
        for (Path f : waiverFiles) all.addAll(PlanReader.waiverFile(f));
        return new Plan(p.name(), p.description(), p.file(), p.baseline(), p.candidate(), p.selection(), p.required(),
                p.policy(), List.copyOf(all), p.load(), p.minCoverage(), p.maxRequests(), p.maxTokens());
    }

    private void writeAccepted(ComparisonResult result) {
        String text = AcceptedDifferences.render(result, LocalDate.now(Clock.systemUTC()));
        if (text == null) {
            System.out.println("accept: nothing to accept, no blocking difference or warning is left; " + accept + " not written");
            return;
        }
        try {
            Files.writeString(accept, text, java.nio.file.StandardOpenOption.CREATE_NEW);
            System.out.println("accepted differences written to " + accept + ": review each reason, then apply with --waivers "
                    + accept);
        } catch (IOException e) {
            throw new InputException(new InputError(accept, 0, "--accept", "cannot write the accepted differences: " + e));
        }
    }

    private Plan plan() {
        boolean pair = baseline != null || candidate != null;
        if (plan != null && pair) {
            System.err.println("error: give either --plan or --baseline with --candidate, not both");
            return null;
        }
        if (plan != null && !scenarios.isEmpty()) {
            System.err.println("error: with --plan, the plan's 'scenarios' section names the folders; drop PATH");
            return null;
        }
        if (plan != null) {
            // The command line's filters narrow the plan's selection (e.g. one failing scenario, re-run).
            Plan read = PlanReader.read(plan);
            Selection narrowed = read.selection().and(filters.selection(read.selection().paths(), spec.commandLine()));
            return new Plan(read.name(), read.description(), read.file(), read.baseline(), read.candidate(), narrowed,
                    read.required(), read.policy(), read.waivers(), read.load(), read.minCoverage(), read.maxRequests(),
                    read.maxTokens());
        }
        if (baseline == null || candidate == null) {
            System.err.println("error: give --plan FILE, or both --baseline FILE and --candidate FILE");
            return null;
        }
        List<Path> paths = scenarios.isEmpty() ? List.of(Home.resolve(Path.of("scenarios"))) : scenarios;
        return Plan.adHoc(baseline, candidate, filters.selection(paths, spec.commandLine()));
    }

    /** One line per scenario once it has run on all three passes; a differing outcome names the candidate's reason. */
    private CompareRun.Progress progress() {
        return (done, total, runs) -> {
            if (quiet) return;
            Outcome a = runs.baseline();
            Outcome b = runs.candidate();
            String width = String.valueOf(total);
            String line = String.format("[%" + width.length() + "d/%s] %s/%s: baseline %s, again %s, candidate %s", done, width,
                    a.area(), a.scenarioId(), label(a), label(runs.baselineAgain()), label(b));
            if (a.status() != b.status() && b.reason() != null) line += " — " + b.reason();
            System.out.println(line);
        };
    }

    private static String label(Outcome o) {
        return switch (o.status()) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case NOT_SUPPORTED -> "SKIP";
            case KNOWN_DIFFERENCE -> "KNOWN";
            case ERROR -> "ERR";
        };
    }

    private static void printVerdict(ComparisonResult r, Path dir) {
        System.out.printf("%n%s — %d blocking, %d warnings, %d notes; %d dropped as noise; in %.1f s%n",
                r.verdict().label(), r.decision().count(Impact.BLOCKING), r.decision().count(Impact.WARNING),
                r.decision().count(Impact.NOTE),
                r.parity().noiseDropped(), r.durationMs() / 1000);
        System.out.println("coverage: " + r.decision().coverage().summary() + " on both sides");
        r.decision().reasons().forEach(reason -> System.out.println("- " + reason));
        System.out.println("report: " + dir.resolve("index.html"));
    }

    /** What each side with real providers behind it sent (the baseline's two passes together). */
    private static void printBills(CompareRun run) {
        String[] roles = {"baseline", "candidate"};
        for (int i = 0; i < 2; i++) {
            var bill = run.sessions().get(i).bill();
            if (!bill.realUpstream()) continue;
            System.out.println("bill, " + roles[i] + ": " + bill.summary() + (bill.models().isEmpty() ? "" : " — " + bill.perModel()));
        }
    }

    /** Beside the report, as the run command does; one file per side that started a gateway. */
    private static void saveGatewayLogs(CompareRun run, ReportFolder folder) {
        String[] roles = {"baseline", "candidate"};
        for (int i = 0; i < 2; i++) {
            List<String> lines = run.sessions().get(i).launchLog();
            if (lines.isEmpty()) continue;
            StringBuilder sb = new StringBuilder();
            lines.forEach(l -> sb.append(run.redactor().mask(l)).append('\n'));
            folder.write(roles[i] + "-gateway.log", sb.toString());
        }
    }

    private int exitCode(Verdict v) {
        return switch (v) {
            case GO -> Main.PASS;
            case GO_WITH_WARNINGS -> failOnWarnings ? Main.FAIL : Main.PASS;
            case NO_GO -> Main.FAIL;
            case INCONCLUSIVE -> Main.INCONCLUSIVE;
        };
    }
}

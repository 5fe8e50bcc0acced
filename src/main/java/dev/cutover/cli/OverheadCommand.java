package dev.cutover.cli;

import dev.cutover.mock.MockOptions;
import dev.cutover.overhead.OverheadReport;
import dev.cutover.overhead.OverheadResult;
import dev.cutover.overhead.PairedProbe;
import dev.cutover.report.ReportFolder;
import dev.cutover.run.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "overhead", mixinStandardHelpOptions = true,
        description = "Measures what a gateway adds to latency and time to first token: interleaved pairs of the "
                + "same chat request through the gateway and straight to the provider, both over one mock provider.")
final class OverheadCommand implements Callable<Integer> {

    @Mixin
    EnvOption env = new EnvOption();

    @Option(names = {"-t", "--target"}, required = true, description = "The gateway's target profile.",
            converter = InputPath.class)
    Path target;

    @Option(names = "--direct", description = "The profile that calls the provider directly (default: ${DEFAULT-VALUE}).",
            defaultValue = "targets/direct-mock.yaml", converter = InputPath.class)
    Path direct;

    /** Far above any useful probe (2,000 pairs is the default); above it, warm-up plus pairs could overflow. */
    static final int MAX_PAIRS = 1_000_000;
    static final int MAX_SECONDS = 86_400;

    @Option(names = "--requests", description = "Pairs to record per kind (default: ${DEFAULT-VALUE}).", defaultValue = "2000")
    int requests;

    @Option(names = "--warmup", description = "Pairs to run first and discard (default: ${DEFAULT-VALUE}).", defaultValue = "200")
    int warmup;

    @Option(names = "--seconds", description = "Time limit for the whole probe (default: ${DEFAULT-VALUE}).", defaultValue = "120")
    int seconds;

    @Option(names = "--no-stream", description = "Probe only non-streaming latency, not streaming time to first token.")
    boolean noStream;

    @Option(names = "--reports", description = "Where report folders go (default: ${DEFAULT-VALUE}).", defaultValue = "reports")
    Path reports;

    @Override
    public Integer call() {
        env.apply();
        if (requests <= 0 || requests > MAX_PAIRS || warmup < 0 || warmup > MAX_PAIRS || seconds <= 0 || seconds > MAX_SECONDS) {
            System.err.println("error: --requests from 1 to " + MAX_PAIRS + ", --warmup from 0 to " + MAX_PAIRS + ", --seconds from 1 to "
                    + MAX_SECONDS);
            return Main.BAD_INPUT;
        }
        // One answer may take the whole probe's time but no more, so a gateway that trickles cannot hold it past --seconds for long.
        int timeoutMs = (int) Math.min(30_000, seconds * 1000L);
        PairedProbe.Options options = new PairedProbe.Options(requests, warmup, Duration.ofSeconds(seconds), !noStream, timeoutMs);
        ReportFolder.requireWritable(reports);
        try (Session directSession = Session.open(direct, MockOptions.defaults());
             Session gatewaySession = Session.open(target, directSession.mock())) {
            for (Session s : new Session[] {directSession, gatewaySession}) {
                Optional<String> problem = s.preflight();
                if (problem.isPresent()) {
                    System.err.println("error: " + s.target().name() + " unreachable: " + problem.get());
                    return Main.FAIL;
                }
            }
            OverheadResult result;
            try {
                result = PairedProbe.between(directSession, gatewaySession, options);
            } catch (IllegalArgumentException e) {
                System.err.println("error: " + e.getMessage());
                return Main.BAD_INPUT;
            }
            System.out.print(OverheadReport.table(result));
            if (result.pairs() == 0) {
                System.err.println("error: no pair completed; nothing to report");
                return Main.FAIL;
            }
            System.out.println("report: " + OverheadReport.write(result, reports, Instant.now()));
            return Main.PASS;
        }
    }
}

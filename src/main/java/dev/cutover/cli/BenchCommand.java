package dev.cutover.cli;

import dev.cutover.bench.MockBench;
import dev.cutover.bench.OverheadBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks cutover's own parts on this machine. bench mock's throughput and memory parts need wrk on the PATH (Debian: apt-get install wrk).",
        subcommands = {BenchCommand.Mock.class, BenchCommand.Overhead.class})
final class BenchCommand {

    @Command(name = "mock", mixinStandardHelpOptions = true,
            description = "The mock provider side by side with a minimal Netty server (the ceiling) and WireMock with its journal "
                    + "off serving the mock's own answer, each in a fresh JVM: cold start and steady throughput under wrk; "
                    + "concurrent timed streams, open streams, and live heap over a long run. Exit 0 when every bar is met.")
    static final class Mock implements Callable<Integer> {
        @Option(names = "--threads", defaultValue = "2", description = "wrk threads (default: ${DEFAULT-VALUE}).")
        int threads;
        @Option(names = "--connections", defaultValue = "50", description = "wrk connections (default: ${DEFAULT-VALUE}).")
        int connections;
        @Option(names = "--seconds", defaultValue = "10", description = "Each throughput run (default: ${DEFAULT-VALUE}).")
        int seconds;
        @Option(names = "--rounds", defaultValue = "2", description = "Steady rounds, each running ceiling, mock and WireMock in turn (default: ${DEFAULT-VALUE}).")
        int rounds;
        @Option(names = "--streams", defaultValue = "1000", description = "Concurrent timed streams (default: ${DEFAULT-VALUE}).")
        int streams;
        @Option(names = "--ttft-ms", defaultValue = "200", description = "Their TTFT (default: ${DEFAULT-VALUE}).")
        int ttftMs;
        @Option(names = "--gap-ms", defaultValue = "20", description = "Their inter-token gap (default: ${DEFAULT-VALUE}).")
        int gapMs;
        @Option(names = "--tokens", defaultValue = "30", description = "Their token count (default: ${DEFAULT-VALUE}).")
        int tokens;
        @Option(names = "--open-streams", defaultValue = "10000", description = "Streams open at once (default: ${DEFAULT-VALUE}).")
        int openStreams;
        @Option(names = "--memory-requests", defaultValue = "1000000", description = "Requests of the memory run (default: ${DEFAULT-VALUE}).")
        long memoryRequests;
        @Option(names = "--memory-seconds", defaultValue = "300", description = "Time limit of the memory run (default: ${DEFAULT-VALUE}).")
        int memorySeconds;
        @Option(names = "--only", split = ",", paramLabel = "PART",
                description = "Run only these parts: throughput, streams, memory (comma-separated; default: all).")
        java.util.EnumSet<MockBench.Part> only = java.util.EnumSet.allOf(MockBench.Part.class);

        @Override
        public Integer call() throws Exception {
            if (threads <= 0 || connections < threads || seconds <= 0 || rounds <= 0 || streams <= 0 || tokens < 2
                    || ttftMs < 0 || gapMs < 0 || openStreams <= 0 || memoryRequests <= 0 || memorySeconds <= 0) {
                System.err.println("error: counts and durations must be positive (connections ≥ threads, tokens ≥ 2)");
                return Main.BAD_INPUT;
            }
            boolean needsWrk = only.contains(MockBench.Part.THROUGHPUT) || only.contains(MockBench.Part.MEMORY);
            if (needsWrk && !MockBench.wrkInstalled()) {
                System.err.println("error: wrk not found on the PATH (Debian/Ubuntu: apt-get install wrk)");
                return Main.BAD_INPUT;
            }
            return MockBench.run(new MockBench.Options(threads, connections, seconds, rounds, streams, ttftMs, gapMs,
                    tokens, openStreams, memoryRequests, memorySeconds, only), System.out) ? Main.PASS : Main.FAIL;
        }
    }

    @Command(name = "overhead", mixinStandardHelpOptions = true,
            description = "Whether `cutover overhead` resolves microseconds: a proxy adding a known delay against the same proxy "
                    + "adding none, one mock behind both, measured by the overhead probe. Exit 0 when both the delay and zero "
                    + "are reported within the tolerance. Needs no wrk.")
    static final class Overhead implements Callable<Integer> {
        @Option(names = "--delay-us", defaultValue = "50", description = "The injected delay in microseconds (default: ${DEFAULT-VALUE}).")
        double delayUs;
        @Option(names = "--tolerance-us", defaultValue = "20", description = "How close the reported p50 must be (default: ${DEFAULT-VALUE}).")
        double toleranceUs;
        @Option(names = "--pairs", defaultValue = "3000", description = "Measured pairs per proxy (default: ${DEFAULT-VALUE}).")
        int pairs;
        @Option(names = "--warmup", defaultValue = "1000", description = "Warm-up pairs, not counted (default: ${DEFAULT-VALUE}).")
        int warmup;
        @Option(names = "--seconds", defaultValue = "120", description = "Time limit per proxy (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Override
        public Integer call() throws Exception {
            if (delayUs < 0 || toleranceUs <= 0 || pairs <= 0 || warmup < 0 || seconds <= 0) {
                System.err.println("error: the delay must not be negative; tolerance, pairs and seconds must be positive");
                return Main.BAD_INPUT;
            }
            return OverheadBench.run(new OverheadBench.Options(delayUs, toleranceUs, pairs, warmup, seconds), System.out)
                    ? Main.PASS : Main.FAIL;
        }
    }
}

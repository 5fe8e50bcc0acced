package dev.cutover.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How close the mock comes to the practical ceiling, in one interleaved side-by-side run: the mock, a minimal Netty
 * server writing the mock's own answer as fixed bytes ({@link CeilingServer}), and WireMock standalone with its
 * journal off serving the same bytes — each in a fresh JVM with this JVM's options, driven by the same wrk. First
 * the cold start of each (one-second runs from the moment it listens: what a short load run or CI job sees), then
 * steady rounds in the order ceiling, mock, WireMock and back, so that drift on a shared machine falls on all.
 */
final class ThroughputBench {
    /** The bars from the issue: steady against the ceiling, and the mock's first seconds against the same. */
    static final double MIN_STEADY = 0.9;
    static final double MIN_COLD = 0.8;
    static final int COLD_SECONDS = 10;
    private static final String PATH = "/v1/chat/completions";
    private static final String KEY = "bench.plain";

    private final Wrk wrk;
    private final int seconds;
    private final int rounds;
    private final PrintStream out;

    ThroughputBench(Wrk wrk, int seconds, int rounds, PrintStream out) {
        this.wrk = wrk;
        this.seconds = seconds;
        this.rounds = rounds;
        this.out = out;
    }

    /** Runs both parts; true when both bars are met. */
    boolean run() throws Exception {
        String body = MockRequests.body(KEY, false);
        out.printf(Locale.ROOT, "%nthroughput: one chat completion POSTed by wrk -t%d -c%d; each server in a fresh JVM with this JVM's "
                + "options %s%n", wrk.threads(), wrk.connections(), ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).toList());
        Map<String, List<Wrk.Result>> cold = new LinkedHashMap<>();
        Path answerFile = Files.createTempFile("cutover-bench-answer-", ".json");
        try (ServerProcess mock = ServerProcess.start("mock", KEY)) {
            cold.put("mock", coldStart(mock, body));
            HttpResponse<byte[]> sample = sampleAnswer(mock.url(PATH), body);
            Files.write(answerFile, sample.body());
            String type = sample.headers().firstValue("content-type").orElse("application/json");
            out.printf(Locale.ROOT, "  the mock's answer: %d bytes of %s, served as fixed bytes by the other two%n", sample.body().length, type);
            try (ServerProcess ceiling = ServerProcess.start("ceiling", answerFile.toString(), type)) {
                cold.put("netty ceiling", coldStart(ceiling, body));
                try (ServerProcess wireMock = ServerProcess.start("wiremock", answerFile.toString(), type)) {
                    cold.put("wiremock", coldStart(wireMock, body));
                    printCold(cold);
                    return steady(body, ceiling, mock, wireMock, cold.get("mock"));
                }
            }
        } finally {
            Files.deleteIfExists(answerFile);
        }
    }

    private List<Wrk.Result> coldStart(ServerProcess server, String body) throws IOException, InterruptedException {
        List<Wrk.Result> windows = new ArrayList<>();
        for (int s = 0; s < COLD_SECONDS; s++) windows.add(wrk.post(server.url(PATH), body, MockRequests.AUTHORIZATION, 1));
        return windows;
    }

    private void printCold(Map<String, List<Wrk.Result>> cold) {
        out.printf(Locale.ROOT, "  cold start: req/s in each one-second wrk run from the moment the server listens%n");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "    %-14s", "second"));
        for (int s = 1; s <= COLD_SECONDS; s++) head.append(String.format(Locale.ROOT, "%8d", s));
        out.println(head.append(String.format(Locale.ROOT, "%10s", "mean")));
        cold.forEach((who, windows) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %-14s", who));
            windows.forEach(w -> line.append(String.format(Locale.ROOT, "%8.0f", w.requestsPerSecond())));
            out.println(line.append(String.format(Locale.ROOT, "%10.0f", mean(windows))));
        });
    }

    private boolean steady(String body, ServerProcess ceiling, ServerProcess mock, ServerProcess wireMock,
                           List<Wrk.Result> mockCold) throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "  steady: %d rounds of -d%ds runs, in the order ceiling, mock, WireMock, then back%n", rounds, seconds);
        Map<String, ServerProcess> servers = new LinkedHashMap<>();
        servers.put("netty ceiling", ceiling);
        servers.put("mock", mock);
        servers.put("wiremock", wireMock);
        Map<String, List<Wrk.Result>> runs = new LinkedHashMap<>();
        servers.keySet().forEach(k -> runs.put(k, new ArrayList<>()));
        for (int round = 1; round <= rounds; round++) {
            List<String> order = new ArrayList<>(servers.keySet());
            if (round % 2 == 0) java.util.Collections.reverse(order);
            for (String who : order) {
                Wrk.Result r = wrk.post(servers.get(who).url(PATH), body, MockRequests.AUTHORIZATION, seconds);
                runs.get(who).add(r);
                out.printf(Locale.ROOT, "    round %d %-14s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  non-2xx %d  socket errors %s%n",
                        round, who, r.requestsPerSecond(), r.p50Ms(), r.p99Ms(), r.non2xx(), r.socketErrors());
            }
        }
        double ceilingRate = mean(runs.get("netty ceiling"));
        double mockRate = mean(runs.get("mock"));
        double wireMockRate = mean(runs.get("wiremock"));
        double steadyRatio = mockRate / ceilingRate;
        double coldRatio = mean(mockCold) / ceilingRate;
        boolean errors = runs.values().stream().flatMap(List::stream).anyMatch(r -> r.non2xx() > 0);
        out.printf(Locale.ROOT, "  mock ÷ netty ceiling, steady:           %.2f (bar ≥ %.2f) %s%n", steadyRatio, MIN_STEADY, MockBench.mark(steadyRatio >= MIN_STEADY));
        out.printf(Locale.ROOT, "  mock's first %d s ÷ ceiling's steady:   %.2f (bar ≥ %.2f) %s%n", COLD_SECONDS, coldRatio, MIN_COLD, MockBench.mark(coldRatio >= MIN_COLD));
        out.printf(Locale.ROOT, "  mock ÷ WireMock (journal off), steady:  %.1f×%n", mockRate / wireMockRate);
        if (errors) out.println("  some runs had non-2xx answers: the figures above are not of the same work  MISSED");
        return steadyRatio >= MIN_STEADY && coldRatio >= MIN_COLD && !errors;
    }

    private static double mean(List<Wrk.Result> runs) {
        return runs.stream().mapToDouble(Wrk.Result::requestsPerSecond).average().orElse(0);
    }

    private static HttpResponse<byte[]> sampleAnswer(String url, String body) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("content-type", "application/json").header("authorization", MockRequests.AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IllegalStateException("the mock answered " + r.statusCode() + " to the bench request");
        return r;
    }
}

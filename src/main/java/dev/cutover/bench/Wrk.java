package dev.cutover.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk, the load generator both servers are measured with, as an external process; POSTs a fixed body through a generated Lua script. */
final class Wrk {
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)\\b");
    private static final Pattern P50 = Pattern.compile("\\n\\s+50%\\s+([0-9.]+)(us|ms|s)\\b");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");

    /** One wrk run as parsed from its output, latencies in milliseconds; {@code command} is what was run. */
    record Result(String command, double requestsPerSecond, long requests, double p50Ms, double p99Ms,
                  long non2xx, String socketErrors) {}

    private final int threads;
    private final int connections;

    Wrk(int threads, int connections) {
        this.threads = threads;
        this.connections = connections;
    }

    int threads() {
        return threads;
    }

    int connections() {
        return connections;
    }

    /** Whether wrk is installed. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Result post(String url, String body, String authorization, int seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile("cutover-wrk-", ".lua");
        try {
            Files.writeString(script, lua(body, authorization));
            List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                    "--latency", "-s", script.toString(), url));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) p.destroyForcibly();
            String shown = String.join(" ", cmd.subList(0, 5)) + " -s post.lua " + url;
            return parse(shown, out);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    static Result parse(String command, String out) {
        Matcher rps = RPS.matcher(out);
        if (!rps.find()) throw new IllegalStateException("wrk printed no Requests/sec:\n" + out);
        Matcher total = TOTAL.matcher(out);
        Matcher non2xx = NON_2XX.matcher(out);
        Matcher socket = SOCKET_ERRORS.matcher(out);
        return new Result(command, Double.parseDouble(rps.group(1)), total.find() ? Long.parseLong(total.group(1)) : 0,
                ms(P50.matcher(out)), ms(P99.matcher(out)), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
                socket.find() ? socket.group(1).trim() : "none");
    }

    private static double ms(Matcher m) {
        if (!m.find()) return Double.NaN;
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    private static String lua(String body, String authorization) {
        StringBuilder s = new StringBuilder();
        s.append("wrk.method = \"POST\"\n");
        s.append("wrk.body = ").append(quote(body)).append('\n');
        s.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
        s.append("wrk.headers[\"Authorization\"] = ").append(quote(authorization)).append('\n');
        return s.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

package dev.cutover.overhead;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.report.ReportFolder;
import dev.cutover.stats.Distribution;
import dev.cutover.wire.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The probe's result as a table for a terminal, {@code overhead.json} for machines and {@code index.html} ({@link OverheadHtml}). */
public final class OverheadReport {
    static final String JSON = "overhead.json";

    private OverheadReport() {}

    public static String table(OverheadResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "cutover overhead: %s vs %s — %d pairs (after %d warm-up), stopped by %s, %.1f s%n",
                r.target(), r.direct(), r.pairs(), r.warmup(), r.stoppedBy(), r.durationMs() / 1000));
        sb.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s %9s %9s %9s%n", "ms", "p50", "p90", "p99", "min", "max", "mean"));
        section(sb, "non-streaming latency", r.latency(), r);
        if (r.ttft() != null) section(sb, "streaming time to first token", r.ttft(), r);
        sb.append(String.format(Locale.ROOT, "failures %d, reconnects %d; %d cores, load average %.2f at start%n",
                r.failures(), r.reconnects(), r.conditions().cores(), r.conditions().loadAverage()));
        if (r.firstFailure() != null) sb.append("first failure: ").append(r.firstFailure()).append('\n');
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, Comparison c, OverheadResult r) {
        sb.append(title).append('\n');
        row(sb, "  direct (" + r.direct() + ")", c.direct());
        row(sb, "  gateway (" + r.target() + ")", c.gateway());
        row(sb, "  added, paired", c.added());
    }

    private static void row(StringBuilder sb, String label, Distribution d) {
        sb.append(String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f%n",
                label.length() > 28 ? label.substring(0, 27) + "…" : label, d.p50(), d.p90(), d.p99(), d.min(), d.max(), d.mean()));
    }

    /**
     * Writes {@code <reportsRoot>/<yyyyMMdd-HHmmss>-overhead-<target>/} with overhead.json and index.html, whole or
     * not at all; returns the JSON file.
     */
    public static Path write(OverheadResult r, Path reportsRoot, Instant at) {
        try (ReportFolder folder = ReportFolder.create(reportsRoot)) {
            folder.write(JSON, json(r));
            folder.write("index.html", OverheadHtml.render(r));
            return folder.commit("overhead-" + r.target(), at).resolve(JSON);
        }
    }

    /**
     * overhead.json: the result as it is, except that a figure never measured (NaN) is null, as in load.json, and
     * figures are rounded to the nanosecond they were measured in (interpolated percentiles carry binary noise).
     */
    static String json(OverheadResult r) {
        JsonNode tree = Json.MAPPER.valueToTree(r);
        tidy(tree);
        return Json.report(tree);
    }

    private static void tidy(JsonNode node) {
        if (!(node instanceof ObjectNode o)) return;
        List<String> doubles = new ArrayList<>();
        o.fields().forEachRemaining(e -> {
            if (e.getValue().isFloatingPointNumber()) doubles.add(e.getKey());
            else tidy(e.getValue());
        });
        for (String k : doubles) {
            double v = o.get(k).doubleValue();
            if (Double.isNaN(v)) o.putNull(k);
            else o.put(k, Math.round(v * 1e6) / 1e6);
        }
    }
}

package dev.cutover.report;

import dev.cutover.run.Outcome;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.SseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One side of a compared step as a person reads it — outcome, status, headers, body or events, timings,
 * what reached the provider — with the lines holding a differing field marked.
 */
final class CompareSides {
    private static final Pattern MEMBER = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\['([^']*)'\\]");

    /** A display line and the part of the observation it shows. */
    record Line(String section, String text) {}

    private CompareSides() {}

    /** Events shown per side: a side-by-side view of a runaway stream would bury the page. */
    private static final int MAX_EVENTS = 500;

    static List<Line> lines(Outcome o, int step, Redactor redactor) {
        List<Line> out = new ArrayList<>();
        out.add(new Line("outcome", "outcome: " + o.status() + (o.reason() == null ? "" : " — " + redactor.mask(o.reason()))));
        if (step < 0 || step >= o.steps().size()) return out;
        Observation obs = o.steps().get(step).observation();
        if (obs.transportError() != null) out.add(new Line("transport", "transport error: " + redactor.mask(obs.transportError())));
        out.add(new Line("status", "status " + obs.status()));
        obs.headers().values().forEach((k, vs) -> vs.forEach(v -> out.add(new Line("header", k + ": " + redactor.maskHeader(k, v)))));
        if (obs.events().isEmpty()) {
            for (String l : Bodies.display(obs.body(), redactor).split("\n", -1)) out.add(new Line("body", l));
        } else {
            for (SseEvent e : obs.events().subList(0, Math.min(obs.events().size(), MAX_EVENTS))) {
                String ev = e.event() == null ? "" : "event: " + e.event() + " ";
                out.add(new Line("event", String.format(Locale.ROOT, "[%8.1f ms] %sdata: %s", e.atMs(), ev,
                        Bodies.shown(e.data(), redactor))));
            }
            if (obs.events().size() > MAX_EVENTS) out.add(new Line("event", "… and " + (obs.events().size() - MAX_EVENTS) + " more events"));
        }
        out.add(new Line("timing", String.format(Locale.ROOT, "timings: headers %.1f ms, first token %s, total %.1f ms",
                obs.timings().headersMs(), obs.timings().firstTokenMs() == null ? "—"
                        : String.format(Locale.ROOT, "%.1f ms", obs.timings().firstTokenMs()), obs.timings().totalMs())));
        if (!obs.upstream().isEmpty()) {
            ReceivedRequest first = obs.upstream().get(0);
            out.add(new Line("upstream", "— the provider received " + obs.upstream().size() + " request"
                    + (obs.upstream().size() == 1 ? "" : "s") + "; the first: " + first.method() + " " + first.path()));
            first.headers().values().forEach((k, vs) -> vs.forEach(v -> out.add(new Line("upstream-header", k + ": " + redactor.maskHeader(k, v)))));
            for (String l : Bodies.display(first.body(), redactor).split("\n", -1)) out.add(new Line("upstream-body", l));
        }
        return out;
    }

    /** Whether this line shows the field at {@code path} (the grammar of parity's Snapshot). */
    static boolean shows(Line l, String path) {
        String s = l.section();
        if (path.equals("outcome") || path.equals("status") || path.equals("transport")) return s.equals(path);
        if (path.startsWith("timing.")) return s.equals("timing");
        if (path.startsWith("header.")) return s.equals("header") && l.text().startsWith(path.substring(7) + ":");
        if (path.equals("body")) return s.equals("body");
        if (path.startsWith("body.")) return s.equals("body") && l.text().contains(prettyKey(path));
        if (path.equals("stream.done")) return s.equals("event") && l.text().endsWith("[DONE]");
        if (path.equals("stream.content")) return s.equals("event") && l.text().contains("\"content\":");
        if (path.equals("stream.tool_arguments")) return s.equals("event") && l.text().contains("\"arguments\":");
        if (path.equals("stream.finish_reason")) return s.equals("event") && l.text().contains("\"finish_reason\":\"");
        if (path.equals("stream[*].event")) return s.equals("event") && l.text().contains("] event: ");
        if (path.startsWith("stream[*].")) return s.equals("event") && l.text().contains(compactKey(path));
        if (path.equals("upstream.count") || path.equals("upstream.path")) return s.equals("upstream");
        if (path.startsWith("upstream.header.")) return s.equals("upstream-header") && l.text().startsWith(path.substring(16) + ":");
        if (path.startsWith("upstream.body.")) return s.equals("upstream-body") && l.text().contains(prettyKey(path));
        return false;
    }

    /** Jackson's pretty printer writes {@code "key" : value}. */
    private static String prettyKey(String path) {
        String k = lastKey(path);
        return k == null ? "\u0000" : "\"" + k + "\" :";
    }

    /** Events are shown as received, compact: {@code "key":value}. */
    private static String compactKey(String path) {
        String k = lastKey(path);
        return k == null ? "\u0000" : "\"" + k + "\":";
    }

    private static String lastKey(String path) {
        int dollar = path.indexOf('$');
        Matcher m = MEMBER.matcher(dollar < 0 ? path : path.substring(dollar));
        String last = null;
        while (m.find()) last = m.group(1) != null ? m.group(1) : m.group(2);
        return last;
    }
}

package dev.cutover.report;

import dev.cutover.oracle.SdkVerdict;
import dev.cutover.report.StepReport.CheckReport;
import dev.cutover.report.StepReport.EventReport;
import dev.cutover.report.StepReport.RequestReport;
import dev.cutover.report.StepReport.ResponseReport;
import dev.cutover.report.StepReport.SdkReport;
import dev.cutover.report.StepReport.TimingsReport;
import dev.cutover.report.StepReport.UpstreamReport;
import dev.cutover.run.Check;
import dev.cutover.run.Coverage;
import dev.cutover.run.Outcome;
import dev.cutover.run.RunResult;
import dev.cutover.run.Status;
import dev.cutover.run.StepResult;
import dev.cutover.scenario.Feature;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.SseEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a RunResult into a RunReport. This is the one place secrets are masked, so that no writer can
 * forget to: every string goes through {@link Redactor#mask}, header values through
 * {@link Redactor#maskHeader}. Nulls from partial outcomes (unreadable files, transport failures)
 * become empty lists or maps here so the writers need not check.
 */
final class ReportModel {
    private final Redactor redactor;

    private ReportModel(Redactor redactor) {
        this.redactor = redactor;
    }

    static RunReport build(RunResult result, Redactor redactor) {
        return new ReportModel(redactor).run(result);
    }

    private RunReport run(RunResult r) {
        List<OutcomeReport> outcomes = list(r.outcomes()).stream().map(this::outcome).toList();
        Map<String, Map<Status, Integer>> features = new TreeMap<>();
        Map<String, Map<Status, Integer>> levels = new LinkedHashMap<>();
        for (String level : List.of("CORE", "EXTENDED")) levels.put(level, zeroCounts());
        for (OutcomeReport o : outcomes) {
            for (String f : o.features()) features.computeIfAbsent(f, k -> zeroCounts()).merge(o.status(), 1, Integer::sum);
            if (o.level() != null) levels.computeIfAbsent(o.level(), k -> zeroCounts()).merge(o.status(), 1, Integer::sum);
        }
        Map<Status, Integer> counts = zeroCounts();
        outcomes.forEach(o -> counts.merge(o.status(), 1, Integer::sum));
        return new RunReport(RunReport.SCHEMA_VERSION,
                new RunReport.Target(r.target() == null ? "(unnamed target)" : mask(r.target()), mask(r.gateway()),
                        mask(r.baseUrl())),
                r.startedAt() == null ? null : r.startedAt().toString(),
                r.durationMs(), counts, coverage(r.coverage()), features, levels, SdkSummary.of(outcomes), outcomes);
    }

    private RunReport.CoverageReport coverage(Coverage c) {
        return new RunReport.CoverageReport(c.applicable(), c.ran(), Math.round(c.share() * 1000) / 1000.0, c.summary(),
                new TreeMap<>(c.features()), c.notRun().stream().map(this::mask).toList());
    }

    static Map<Status, Integer> zeroCounts() {
        Map<Status, Integer> c = new EnumMap<>(Status.class);
        for (Status s : Status.values()) c.put(s, 0);
        return c;
    }

    private OutcomeReport outcome(Outcome o) {
        String id = o.scenarioId() == null ? "(unnamed)" : mask(o.scenarioId());
        // Forward slashes so the same run reads the same on every OS.
        String file = o.file() == null ? null : mask(o.file().toString().replace('\\', '/'));
        return new OutcomeReport(id,
                o.title() == null || o.title().isBlank() ? id : mask(o.title()),
                o.area() == null || o.area().isBlank() ? "unknown" : mask(o.area()),
                file,
                Feature.names(o.features()).stream().map(this::mask).distinct().toList(),
                o.level() == null ? null : o.level().name(),
                o.severity() == null ? null : o.severity().name(),
                o.status() == null ? Status.ERROR : o.status(),
                mask(o.reason()),
                o.durationMs(),
                list(o.steps()).stream().map(this::step).toList());
    }

    /** What report.json lists of one response at most: enough to read, bounded whatever a gateway sent. */
    static final int MAX_BODY_CHARS = 256 * 1024;
    static final int MAX_EVENTS = 2_000;

    private StepReport step(StepResult s) {
        List<CheckReport> checks = list(s.checks()).stream().map(this::check).toList();
        boolean passed = checks.stream().allMatch(CheckReport::passed);
        Observation ob = s.observation();
        List<SdkReport> sdks = list(s.sdks()).stream().map(this::sdk).toList();
        String finding = s.sdkFinding().word();
        if (ob == null) return new StepReport(mask(s.name()), passed, checks, finding, sdks, null, null, null, null, List.of());
        RequestReport request = ob.request() == null ? null : new RequestReport(mask(ob.request().method()),
                mask(ob.request().url()), headers(ob.request().headers()), body(ob.request().body()));
        List<SseEvent> events = list(ob.events());
        List<EventReport> listed = events.stream().limit(MAX_EVENTS)
                .map(e -> new EventReport(mask(e.event()), body(e.data()), e.atMs())).toList();
        String body = body(ob.body());
        String cut = ob.cut() == null ? null : ob.cut().marker();
        if (body != null && body.length() > MAX_BODY_CHARS) {
            cut = (cut == null ? "" : cut + "; ") + String.format(Locale.ROOT, "report shows the first %,d of %,d characters",
                    MAX_BODY_CHARS, body.length());
            body = Bodies.cutAt(body, MAX_BODY_CHARS);
        }
        ResponseReport response = new ResponseReport(ob.status(), headers(ob.headers()), body, cut, listed,
                events.size() - listed.size(), list(ob.streamProblems()).stream().map(this::mask).toList());
        TimingsReport timings = ob.timings() == null ? null
                : new TimingsReport(ob.timings().headersMs(), ob.timings().firstTokenMs(), ob.timings().totalMs());
        return new StepReport(mask(s.name()), passed, checks, finding, sdks, request, response, timings, mask(ob.transportError()),
                list(ob.upstream()).stream().map(this::upstream).toList());
    }

    private CheckReport check(Check c) {
        List<String> problems = list(c.problems()).stream().map(this::mask).toList();
        return new CheckReport(mask(c.expectation()), c.source() == null ? null : mask(c.source().toString()), problems.isEmpty(),
                problems);
    }

    private SdkReport sdk(SdkVerdict v) {
        return new SdkReport(mask(v.sdk()), mask(v.version()), v.outcome().name(), mask(v.raised()), mask(v.detail()));
    }

    private UpstreamReport upstream(ReceivedRequest u) {
        return new UpstreamReport(mask(u.method()), mask(u.path()), mask(u.query()), headers(u.headers()),
                body(u.body()));
    }

    /** Sorted by name; names are masked too, in case a secret was sent as a header name. */
    private Map<String, List<String>> headers(Headers h) {
        Map<String, List<String>> out = new TreeMap<>();
        if (h == null) return out;
        h.values().forEach((name, values) -> {
            List<String> masked = new ArrayList<>();
            for (String v : values) masked.add(redactor.maskHeader(name, v));
            out.put(mask(name), masked);
        });
        return out;
    }

    private String body(String s) {
        return Bodies.mask(s, redactor);
    }

    private String mask(String s) {
        return redactor.mask(s);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}

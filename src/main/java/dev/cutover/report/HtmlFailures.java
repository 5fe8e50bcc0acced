package dev.cutover.report;

import dev.cutover.report.StepReport.CheckReport;
import dev.cutover.report.StepReport.EventReport;
import dev.cutover.report.StepReport.RequestReport;
import dev.cutover.report.StepReport.ResponseReport;
import dev.cutover.report.StepReport.TimingsReport;
import dev.cutover.report.StepReport.UpstreamReport;
import dev.cutover.wire.Redactor;
import java.util.List;
import java.util.Map;

/**
 * One section per FAILED or ERROR outcome: why, which checks failed, and for every step the request
 * beside the response, then what reached the provider upstream. All steps are shown, passed ones too,
 * because an earlier step is often the cause of a later failure.
 */
final class HtmlFailures {
    private final Html h;
    private final Redactor redactor;

    HtmlFailures(Html h, Redactor redactor) {
        this.h = h;
        this.redactor = redactor;
    }

    void section(OutcomeReport o, String anchor) {
        h.raw("<section class=\"failure ").raw(o.status().name()).raw("\" id=\"").raw(anchor).raw("\">\n");
        h.raw("<h3><span class=\"status ").raw(o.status().name()).raw("\">").text(o.status().name()).raw("</span> ")
                .text(o.id()).raw(" — ").text(o.title()).raw("</h3>\n<dl class=\"meta\">");
        meta("File", o.file());
        meta("Area", o.area());
        meta("Severity", Format.lower(o.severity()));
        meta("Level", Format.lower(o.level()));
        meta("Features", String.join(", ", o.features()));
        meta("Duration", Format.duration(o.durationMs()));
        h.raw("</dl>\n");
        h.el("div", "reason", o.reason() == null ? "(no reason given)" : o.reason()).raw("\n");
        if (o.steps().isEmpty()) h.el("p", "muted", "No step ran.").raw("\n");
        o.steps().forEach(this::step);
        h.raw("</section>\n");
    }

    private void step(StepReport s) {
        h.raw("<div class=\"step ").raw(s.passed() ? "ok" : "bad").raw("\">\n");
        h.el("h4", null, "Step " + s.name() + (s.passed() ? " — passed" : " — failed")).raw("\n");
        List<CheckReport> failed = s.failedChecks();
        if (!failed.isEmpty()) {
            h.raw("<ul class=\"checks\">\n");
            for (CheckReport c : failed) {
                h.raw("<li><code>").text(c.expectation()).raw("</code>");
                if (c.source() != null) h.raw(" <span class=\"muted\">").text(c.source()).raw("</span>");
                h.raw("<ul>");
                c.problems().forEach(p -> h.el("li", null, p));
                h.raw("</ul></li>\n");
            }
            h.raw("</ul>\n");
        }
        h.el("p", "muted", s.checks().isEmpty() ? "No checks in this step."
                : (s.checks().size() - failed.size()) + " of " + s.checks().size() + " checks passed").raw("\n");
        HtmlSdks.stepLine(h, s);
        if (s.transportError() != null) h.el("p", "transport", "Transport error: " + s.transportError()).raw("\n");
        h.raw("<div class=\"pair\">\n<div>");
        request(s.request());
        h.raw("</div>\n<div>");
        response(s.response());
        h.raw("</div>\n</div>\n");
        timings(s.timings());
        upstream(s.upstream());
        h.raw("</div>\n");
    }

    private void request(RequestReport r) {
        h.el("h5", null, "Request sent");
        if (r == null) {
            h.el("p", "muted", "Nothing was sent.");
            return;
        }
        h.el("pre", null, r.method() + " " + r.url());
        headers(r.headers());
        body(r.body());
    }

    private void response(ResponseReport r) {
        h.el("h5", null, "Response");
        if (r == null || r.status() == 0) {
            h.el("p", "muted", "No response arrived.");
            return;
        }
        h.el("pre", null, "HTTP " + r.status());
        headers(r.headers());
        if (!r.events().isEmpty()) {
            h.raw("<table class=\"headers\"><tr><th>at</th><th>event</th><th>data</th></tr>\n");
            for (EventReport e : r.events()) {
                h.raw("<tr>").el("td", "num", Format.ms(e.atMs())).el("td", null, e.event() == null ? "" : e.event())
                        .el("td", null, Bodies.truncate(e.data() == null ? "" : e.data())).raw("</tr>\n");
            }
            h.raw("</table>\n");
            if (r.eventsOmitted() > 0) h.el("p", "muted", "… and " + r.eventsOmitted() + " more events, not listed").raw("\n");
        } else {
            body(r.body());
        }
        if (r.bodyCut() != null) h.el("p", "muted", "Body not shown whole: " + r.bodyCut()).raw("\n");
        if (!r.streamProblems().isEmpty()) {
            h.raw("<p class=\"transport\">Not valid SSE:</p><ul>");
            r.streamProblems().forEach(p -> h.el("li", null, p));
            h.raw("</ul>");
        }
    }

    private void timings(TimingsReport t) {
        if (t == null) return;
        String first = t.firstTokenMs() == null ? "—" : Format.ms(t.firstTokenMs());
        h.el("p", "muted", "Timings: headers " + Format.ms(t.headersMs()) + ", first token " + first
                + ", total " + Format.ms(t.totalMs())).raw("\n");
    }

    /** The last upstream request is the one a failure is usually about (after retries, the final attempt). */
    private void upstream(List<UpstreamReport> upstream) {
        h.raw("<div class=\"upstream\">");
        if (upstream.isEmpty()) {
            h.el("h5", null, "Upstream: nothing reached the provider").raw("</div>\n");
            return;
        }
        UpstreamReport last = upstream.get(upstream.size() - 1);
        h.el("h5", null, "Upstream: " + upstream.size() + (upstream.size() == 1 ? " request" : " requests")
                + " reached the provider; the last one:");
        String query = last.query() == null || last.query().isEmpty() ? "" : "?" + last.query();
        h.el("pre", null, last.method() + " " + last.path() + query);
        headers(last.headers());
        body(last.body());
        h.raw("</div>\n");
    }

    private void headers(Map<String, List<String>> headers) {
        if (headers.isEmpty()) return;
        h.raw("<table class=\"headers\">");
        headers.forEach((name, values) -> values.forEach(v -> h.raw("<tr>").el("td", null, name).el("td", null, v).raw("</tr>")));
        h.raw("</table>\n");
    }

    private void body(String body) {
        if (body == null || body.isEmpty()) {
            h.el("p", "muted", "(empty body)");
        } else {
            h.el("pre", null, Bodies.display(body, redactor));
        }
    }

    private void meta(String label, String value) {
        h.el("dt", null, label).el("dd", null, value == null || value.isEmpty() ? "—" : value);
    }
}

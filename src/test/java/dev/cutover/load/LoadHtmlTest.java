package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.load.LoadProfile.Slo;
import dev.cutover.verdict.LoadLimits;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** load.html reads top down: what was compared and which side is a stand-in, the verdict, thresholds, the judge, then charts. */
class LoadHtmlTest {
    private static final LoadProfile SMOKE = LoadProfileReader.read(Path.of("load/smoke.yaml"));

    private static List<Sample> samples(double scale) {
        List<Sample> out = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            boolean stream = i % 2 == 0;
            out.add(new Sample(i * 100L, stream, 200, null, i * scale, stream ? i * scale / 3 : null,
                    stream ? List.of(5.0, 6.0) : List.of(), 3));
        }
        return out;
    }

    private static LoadRun run(String target, String standInFor, List<Sample> samples) {
        return new LoadRun(target, "portkey", standInFor, "http://127.0.0.1:1/v1", SMOKE, Instant.parse("2026-01-01T00:00:00Z"),
                "stages completed", samples, LoadMetrics.of(samples, Slo.NONE), 0, null, null);
    }

    private static String compared() {
        LoadRun candidate = run("new <gw>", null, samples(1.5));
        Baseline base = Baseline.of("old-gw", "litellm-standin", "litellm", "20260101-load-old", samples(1), candidate);
        LoadVerdict v = LoadVerdict.of(candidate.metrics(), SMOKE.thresholds(), base.comparisons())
                .with(LoadLimitCheck.of(new LoadLimits(1.0, null, null, null, null), base.metrics(), candidate.metrics()));
        return LoadHtml.render(candidate, base, v, null, new LoadReport.Plan("old-to-new", new LoadLimits(1.0, null, null, null, null)));
    }

    @Test
    void theVerdictThresholdsAndJudgeComeBeforeTheFiguresAndCharts() {
        String html = compared();
        int badge = html.indexOf("class=\"badge standin\"");
        int verdict = html.indexOf("id=\"verdict\"");
        int thresholds = html.indexOf("id=\"thresholds\"");
        int judge = html.indexOf("id=\"judge\"");
        int figures = html.indexOf("id=\"figures\"");
        int charts = html.indexOf("id=\"charts\"");
        assertTrue(badge > 0 && badge < verdict && verdict < thresholds && thresholds < judge && judge < figures
                && figures < charts, "badge, verdict, thresholds, judge, figures, charts");
        assertTrue(html.contains(">NO-GO<"), "TTFT p95 rose beyond the plan's 1 ms");
        assertTrue(html.contains("stand-in for LiteLLM") && html.contains("baseline old-gw"), "the baseline is badged");
        assertTrue(html.contains("ttftP95IncreaseMs") && html.contains("p99E2eMs"), "the plan's and the profile's thresholds");
    }

    @Test
    void theBaselineComesBeforeTheCandidate() {
        String html = compared();
        String judge = html.substring(html.indexOf("id=\"judge\""), html.indexOf("id=\"figures\""));
        assertTrue(judge.indexOf("baseline median") < judge.indexOf("candidate median"));
        String figures = html.substring(html.indexOf("id=\"figures\""), html.indexOf("id=\"percentiles\""));
        assertTrue(figures.indexOf("baseline old-gw") < figures.indexOf("candidate new &lt;gw&gt;"));
    }

    @Test
    void namesAreEscapedAndTheChartsAreInline() {
        String html = compared();
        assertFalse(html.contains("new <gw>"), "a target name is text, never markup");
        assertTrue(html.contains("new &lt;gw&gt;"));
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src=\"http"), "self-contained");
        assertTrue(html.split("<svg", -1).length - 1 >= 7, "the charts, inline");
    }

    @Test
    void aRunOnItsOwnSaysPassOrFailAndHasNoJudge() {
        LoadRun alone = run("solo", "dial", samples(1));
        String html = LoadHtml.render(alone, null, LoadVerdict.of(alone.metrics(), SMOKE.thresholds()), null, null);
        assertTrue(html.contains(">PASS<"));
        assertTrue(html.contains("stand-in for DIAL") && html.contains("target solo"));
        assertFalse(html.contains("id=\"judge\""));
        assertTrue(html.indexOf("id=\"thresholds\"") < html.indexOf("id=\"charts\""));
    }
}

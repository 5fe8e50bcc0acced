package dev.cutover.report;

import dev.cutover.parity.Difference;
import dev.cutover.parity.ScenarioRuns;
import dev.cutover.run.Outcome;
import dev.cutover.run.Status;
import dev.cutover.scenario.Feature;
import dev.cutover.verdict.ComparisonResult;
import dev.cutover.verdict.Impact;
import dev.cutover.verdict.Side;
import dev.cutover.verdict.Weighed;
import dev.cutover.wire.Redactor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a ComparisonResult into a CompareReport, masking every string on the way. */
final class CompareModel {
    private final Redactor redactor;

    private CompareModel(Redactor redactor) {
        this.redactor = redactor;
    }

    static CompareReport build(ComparisonResult r, Redactor redactor) {
        return new CompareModel(redactor).report(r);
    }

    private CompareReport report(ComparisonResult r) {
        var plan = r.plan();
        List<CompareReport.DifferenceReport> diffs = r.decision().differences().stream().map(this::difference).toList();
        long waived = r.decision().differences().stream().filter(w -> w.waivedBy() != null).count();
        int compared = (int) r.runs().stream().filter(x -> ran(x.baseline()) && ran(x.candidate())).count();
        return new CompareReport(CompareReport.SCHEMA_VERSION, "compare",
                new CompareReport.Plan(mask(plan.name()), path(plan.file()), mask(plan.description()),
                        mask(plan.selection().describe()), Feature.names(plan.required())),
                r.verdict().name(), r.verdict().label(), r.decision().coverage().summary() + " on both sides",
                r.decision().reasons().stream().map(this::mask).toList(),
                side(r.baseline()), side(r.candidate()), r.startedAt().toString(), r.durationMs(),
                new CompareReport.Totals(r.runs().size(), compared, r.parity().stepsCompared(),
                        r.decision().count(Impact.BLOCKING), r.decision().count(Impact.WARNING),
                        r.decision().count(Impact.NOTE), waived, r.parity().noiseDropped()),
                features(r), diffs,
                r.parity().noisyPaths().stream().map(n -> new CompareReport.NoiseReport(mask(n.path()), n.seen(),
                        n.baselineDiffers(), n.candidateDiffers(), n.dropped(), n.filtered())).toList(),
                r.decision().waivers().stream().map(u -> new CompareReport.WaiverReport(mask(u.waiver().scenario()),
                        mask(u.waiver().difference()), mask(u.waiver().reason()), u.waiver().expires().toString(),
                        u.expired(), u.matched(), mask(u.describe()))).toList(),
                scenarios(r));
    }

    private CompareReport.SideReport side(Side s) {
        return new CompareReport.SideReport(s.role(), mask(s.target()), s.gateway(), mask(s.baseUrl()), s.standInFor(),
                s.upstream(), Feature.names(s.features()), path(s.file()));
    }

    private CompareReport.DifferenceReport difference(Weighed w) {
        Difference d = w.difference();
        return new CompareReport.DifferenceReport(mask(d.scenarioId()), mask(d.title()), mask(d.area()), Feature.names(d.features()),
                d.severity().name(), d.step(), mask(d.stepName()), mask(d.path()), d.kind().name(), mask(d.baseline()),
                mask(d.candidate()), d.diffClass().name(), mask(d.why()), w.impact().name(), w.counted().name(),
                w.waivedBy() == null ? null : mask(w.waivedBy().describe() + " — " + w.waivedBy().reason()
                        + " (until " + w.waivedBy().expires() + ")"));
    }

    private Map<String, CompareReport.FeatureRow> features(ComparisonResult r) {
        Map<String, Map<Status, Integer>> a = new TreeMap<>();
        Map<String, Map<Status, Integer>> b = new TreeMap<>();
        Map<String, Integer> diffs = new TreeMap<>();
        for (ScenarioRuns x : r.runs()) {
            for (String f : features(x.baseline())) {
                a.computeIfAbsent(f, k -> ReportModel.zeroCounts()).merge(x.baseline().status(), 1, Integer::sum);
                b.computeIfAbsent(f, k -> ReportModel.zeroCounts()).merge(x.candidate().status(), 1, Integer::sum);
            }
        }
        for (Weighed w : r.decision().differences()) {
            if (w.counted() == Impact.BLOCKING || w.counted() == Impact.WARNING) w.difference().features().forEach(f -> diffs.merge(f.wireName(), 1, Integer::sum));
        }
        Map<String, CompareReport.FeatureRow> out = new TreeMap<>();
        a.forEach((f, counts) -> out.put(f, new CompareReport.FeatureRow(counts, b.get(f), diffs.getOrDefault(f, 0))));
        return out;
    }

    private List<CompareReport.ScenarioRow> scenarios(ComparisonResult r) {
        List<CompareReport.ScenarioRow> out = new ArrayList<>();
        for (int i = 0; i < r.runs().size(); i++) {
            ScenarioRuns x = r.runs().get(i);
            String id = x.scenarioId();
            int n = (int) r.decision().differences().stream().filter(w -> w.difference().scenarioId().equals(id)).count();
            Outcome c = x.candidate();
            out.add(new CompareReport.ScenarioRow(i, mask(id), mask(c.title()), mask(c.area()),
                    c.severity() == null ? null : c.severity().name(), x.baseline().status(), x.baselineAgain().status(),
                    c.status(), mask(c.reason()), n));
        }
        return out;
    }

    static boolean ran(Outcome o) {
        return ran(o.status());
    }

    static boolean ran(Status s) {
        return s != Status.NOT_SUPPORTED && s != Status.ERROR;
    }

    private static List<String> features(Outcome o) {
        return Feature.names(o.features());
    }

    /** Relative to the working directory when inside it, so that reports do not carry the machine's layout. */
    private String path(Path p) {
        if (p == null) return null;
        Path here = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        Path shown = abs.startsWith(here) ? here.relativize(abs) : p;
        return mask(shown.toString().replace('\\', '/'));
    }

    private String mask(String s) {
        return redactor.mask(s);
    }
}

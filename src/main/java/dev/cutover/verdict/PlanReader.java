package dev.cutover.verdict;

import dev.cutover.parity.DiffClass;
import dev.cutover.run.Coverage;
import dev.cutover.scenario.Feature;
import dev.cutover.scenario.Level;
import dev.cutover.scenario.Selection;
import dev.cutover.yaml.YamlFiles;
import dev.cutover.yaml.YamlNode;
import dev.cutover.launch.Home;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a plan; every problem names file, line and field. Paths in a plan are relative to the plan's own
 * folder, as target profiles' are ({@code ../targets/x.yaml} from {@code plans/}); {@code cutover:targets/x.yaml}
 * names a shipped file ({@link Home}), so that a team's plan can compare its own target with a shipped one.
 */
public final class PlanReader {
    private static final List<String> KEYS = List.of("name", "description", "baseline", "candidate", "scenarios",
            "required", "policy", "waivers", "load", "minCoverage");
    private static final Map<String, Impact> IMPACTS = Map.of("block", Impact.BLOCKING, "warn", Impact.WARNING, "note", Impact.NOTE);

    private PlanReader() {}

    /** @throws dev.cutover.yaml.InputException naming file, line and field */
    public static Plan read(Path file) {
        YamlNode root = YamlFiles.read(file);
        if (!root.isMap()) throw root.error("a plan is a map with name, baseline, candidate, ...");
        root.onlyKeys(KEYS);
        Path dir = folder(file);
        return new Plan(root.require("name").text(),
                root.get("description").map(YamlNode::text).map(String::strip).orElse(null),
                file,
                existingFile(root.require("baseline"), dir),
                existingFile(root.require("candidate"), dir),
                selection(root.get("scenarios").orElse(null), dir),
                root.get("required").map(PlanReader::features).orElse(List.of()),
                root.get("policy").map(PlanReader::policy).orElse(Policy.DEFAULT),
                root.get("waivers").map(w -> waivers(w, file)).orElse(List.of()),
                root.get("load").map(l -> load(l, dir)).orElse(null),
                root.get("minCoverage").map(PlanReader::share).orElse(Coverage.DEFAULT_MINIMUM));
    }

    private static double share(YamlNode n) {
        Object v = n.plain();
        if (!(v instanceof Number num) || !(num.doubleValue() >= 0 && num.doubleValue() <= 1)) {
            throw n.error("a share from 0 to 1 (0.8 means 80 % of the scenarios that apply to both sides must run on both)");
        }
        return num.doubleValue();
    }

    private static Selection selection(YamlNode n, Path dir) {
        if (n == null) return new Selection(List.of(dir.resolve("../scenarios").normalize()), List.of(), List.of(), List.of(), List.of());
        n.onlyKeys(List.of("paths", "areas", "features", "tags", "exclude", "ids", "levels"));
        List<Path> paths = n.get("paths").map(p -> p.items().stream().map(i -> existing(i, dir)).toList())
                .orElse(List.of(dir.resolve("../scenarios").normalize()));
        List<String> areas = n.get("areas").map(YamlNode::texts).orElse(List.of());
        if (n.get("areas").isPresent()) {
            List<YamlNode> items = n.require("areas").isList() ? n.require("areas").items() : List.of(n.require("areas"));
            for (YamlNode a : items) {
                if (paths.stream().noneMatch(p -> Files.isDirectory(p.resolve(a.text())))) {
                    throw a.error("no area folder '" + a.text() + "' under " + paths);
                }
            }
        }
        return new Selection(paths, areas, n.get("features").map(PlanReader::features).orElse(List.of()),
                n.get("tags").map(YamlNode::texts).orElse(List.of()), n.get("exclude").map(YamlNode::texts).orElse(List.of()),
                n.get("ids").map(YamlNode::texts).orElse(List.of()),
                n.get("levels").map(l -> (l.isList() ? l.items() : List.of(l)).stream().map(i -> i.oneOf(Level.class)).toList())
                        .orElse(List.of()));
    }

    private static List<Feature> features(YamlNode n) {
        return (n.isList() ? n.items() : List.of(n)).stream().map(Feature::read).distinct().toList();
    }

    private static Policy policy(YamlNode n) {
        n.onlyKeys(List.of("breaking", "behavioural", "cosmetic"));
        Map<DiffClass, Impact> m = new EnumMap<>(DiffClass.class);
        n.entries().forEach((k, v) -> m.put(DiffClass.valueOf(k.toUpperCase()), IMPACTS.get(v.oneOf(IMPACTS.keySet()))));
        return new Policy(m);
    }

    static List<Waiver> waivers(YamlNode n, Path file) {
        List<Waiver> out = new ArrayList<>();
        for (YamlNode w : n.items()) {
            w.onlyKeys(List.of("scenario", "difference", "baseline", "candidate", "reason", "expires"));
            String scenario = w.get("scenario").map(YamlNode::text).orElse(null);
            String difference = w.get("difference").map(YamlNode::text).orElse(null);
            if (scenario == null && difference == null) throw w.error("a waiver names a scenario, a difference (field path), or both");
            String reason = w.require("reason").text().strip();
            if (reason.isEmpty()) throw w.require("reason").error("say why the difference is acceptable");
            // A key written with null means "absent on that side": read the entries, not get(), which skips nulls.
            YamlNode before = w.entries().get("baseline");
            YamlNode after = w.entries().get("candidate");
            if ((before == null) != (after == null)) throw w.error("give both 'baseline' and 'candidate' (null for absent), or neither");
            Waiver.Values values = before == null ? null : new Waiver.Values(value(before), value(after));
            out.add(new Waiver(scenario, difference, reason, date(w.require("expires")), file, w.line(), values));
        }
        return List.copyOf(out);
    }

    private static String value(YamlNode n) {
        return n.isNull() ? null : n.text();
    }

    /** A waiver file ({@code waivers: [...]}, as {@code compare --accept} writes it). */
    public static List<Waiver> waiverFile(Path file) {
        YamlNode root = YamlFiles.read(file);
        if (!root.isMap()) throw root.error("a waiver file is a map with 'waivers'");
        root.onlyKeys(List.of("waivers"));
        return waivers(root.require("waivers"), file);
    }

    private static LoadPlan load(YamlNode n, Path dir) {
        n.onlyKeys(List.of("profile", "thresholds"));
        // The load command reads the profile and owns its format; here it must at least exist, so that
        // lint and compare catch a plan whose load part cannot run.
        Path profile = existingFile(n.require("profile"), dir);
        return new LoadPlan(profile, n.get("thresholds").map(PlanReader::thresholds).orElse(LoadLimits.NONE));
    }

    private static LoadLimits thresholds(YamlNode t) {
        t.get("overheadP50Ms").ifPresent(o -> {
            // A load run times each side end to end under load; what the gateway itself adds is only
            // measurable with paired requests through it and straight to the provider, which it does not send.
            throw o.error("a load run cannot measure a gateway's own overhead; measure it with "
                    + "'cutover overhead --target <candidate profile>' and remove this limit");
        });
        t.onlyKeys(LoadLimits.KEYS);
        Map<String, Double> v = new TreeMap<>();
        t.entries().forEach((k, n) -> v.put(k, bounded(k, n)));
        return new LoadLimits(v.get("ttftP95IncreaseMs"), v.get("latencyP95IncreaseMs"), v.get("itlP95IncreaseMs"),
                v.get("errorRateMax"), v.get("throughputDecreasePct"));
    }

    private static LocalDate date(YamlNode n) {
        try {
            return LocalDate.parse(n.text().trim());
        } catch (DateTimeParseException e) {
            throw n.error("expected a date as YYYY-MM-DD, found '" + n.text() + "'");
        }
    }

    private static double number(YamlNode n) {
        try {
            double d = Double.parseDouble(n.text().trim());
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) throw n.error("expected a number of zero or more");
            return d;
        } catch (NumberFormatException e) {
            throw n.error("expected a number, found '" + n.text() + "'");
        }
    }

    /** A share is at most 1, a percentage at most 100, a time at most 10 minutes: beyond, a limit limits nothing. */
    private static double bounded(String key, YamlNode n) {
        double d = number(n);
        double max = key.equals("errorRateMax") ? 1 : key.endsWith("Pct") ? 100 : 600_000;
        if (d > max) throw n.error("expected at most " + (long) max + (key.endsWith("Ms") ? " ms" : "") + ", found " + n.text().trim());
        return d;
    }

    /** A profile or target file: a folder there would only fail later, naming the folder instead of the plan. */
    private static Path existingFile(YamlNode n, Path dir) {
        Path p = existing(n, dir);
        if (!Files.isRegularFile(p)) throw n.error("'" + n.text().trim() + "' is not a file");
        return p;
    }

    private static Path existing(YamlNode n, Path dir) {
        Path p = Home.resolve(n.text(), dir);
        if (!Files.exists(p)) {
            throw n.error("no such file or folder '" + n.text().trim() + "' (paths are relative to the plan's folder; "
                    + Home.SHIPPED + "x names x among cutover's shipped files)");
        }
        return p;
    }

    private static Path folder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}

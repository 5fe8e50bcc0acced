package dev.cutover.load;

import dev.cutover.load.LoadProfile.JudgeSettings;
import dev.cutover.load.LoadProfile.Limits;
import dev.cutover.load.LoadProfile.Model;
import dev.cutover.load.LoadProfile.Provider;
import dev.cutover.load.LoadProfile.Slo;
import dev.cutover.load.LoadProfile.Stage;
import dev.cutover.load.LoadProfile.Thresholds;
import dev.cutover.wire.FirstEvent;
import dev.cutover.yaml.YamlFiles;
import dev.cutover.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a load profile; every problem names file, line and field (see docs/load.md). */
public final class LoadProfileReader {
    /** Above this a run is a benchmark campaign, not a profile: ask for it explicitly in code. */
    static final int MAX_SECONDS = 6 * 3600;
    static final int MAX_REQUESTS = 1_000_000;
    /** Requests per second (open model) or users (closed model) in any stage: beyond, the load generator is the bottleneck. */
    static final int MAX_RATE = 10_000;

    private LoadProfileReader() {}

    /** @throws dev.cutover.yaml.InputException when the profile cannot be used */
    public static LoadProfile read(Path file) {
        YamlNode root = YamlFiles.read(file);
        if (!root.isMap()) throw root.error("a load profile is a map with name, arrival or concurrency, limits, ...");
        root.onlyKeys(List.of("name", "description", "arrival", "concurrency", "warmupSeconds", "streaming", "prompt", "completion",
                "provider", "limits", "slo", "thresholds", "judge"));
        var arrival = root.get("arrival");
        var concurrency = root.get("concurrency");
        if (arrival.isPresent() == concurrency.isPresent()) {
            throw root.error("give exactly one of 'arrival' (open model: requests per second) "
                    + "or 'concurrency' (closed model: users)");
        }
        Model model = arrival.isPresent() ? Model.OPEN : Model.CLOSED;
        List<Stage> stages = stages(arrival.orElseGet(concurrency::get), model);
        YamlNode limitsNode = root.require("limits");
        Limits limits = limits(limitsNode);
        LoadProfile p = new LoadProfile(
                root.require("name").text(),
                root.get("description").map(YamlNode::text).orElse(""),
                model, stages,
                root.get("warmupSeconds").map(n -> whole(n, 0, MAX_SECONDS)).orElse(0),
                root.get("streaming").map(n -> fraction(n)).orElse(0.0),
                root.get("prompt").map(n -> words(n)).orElse(16),
                root.get("completion").map(n -> words(n)).orElse(16),
                root.get("provider").map(LoadProfileReader::provider).orElse(new Provider(0, 0, Provider.DEFAULT_FIRST_EVENT)),
                limits,
                root.get("slo").map(LoadProfileReader::slo).orElse(Slo.NONE),
                root.get("thresholds").map(LoadProfileReader::thresholds).orElse(Thresholds.NONE),
                root.get("judge").map(LoadProfileReader::judge).orElse(JudgeSettings.DEFAULT),
                file);
        if (p.warmupSeconds() >= p.stageSeconds()) {
            throw root.require("warmupSeconds").error("the warm-up must end before the stages do (they last "
                    + p.stageSeconds() + " s), or nothing is measured");
        }
        if (p.stageSeconds() > limits.seconds()) {
            throw limitsNode.require("seconds").error("the stages last " + p.stageSeconds()
                    + " s, longer than this cap: raise the cap or shorten the stages");
        }
        return p;
    }

    private static List<Stage> stages(YamlNode list, Model model) {
        if (!list.isList() || list.items().isEmpty()) throw list.error("expected a list of stages");
        String amount = model == Model.OPEN ? "rate" : "users";
        List<Stage> out = new ArrayList<>();
        for (YamlNode s : list.items()) {
            if (model == Model.OPEN && s.isMap() && s.entries().containsKey("burst")) {
                s.onlyKeys(List.of("burst"));
                out.add(new Stage(rate(s.require("burst"), true), 0, 0, true));
                continue;
            }
            s.onlyKeys(List.of(amount, "seconds"));
            YamlNode a = s.require(amount);
            int seconds = whole(s.require("seconds"), 1, MAX_SECONDS);
            if (a.isMap()) {
                a.onlyKeys(List.of("from", "to"));
                out.add(new Stage(rate(a.require("from"), false), rate(a.require("to"), false), seconds, false));
            } else {
                double v = rate(a, true);
                out.add(new Stage(v, v, seconds, false));
            }
        }
        return List.copyOf(out);
    }

    private static double rate(YamlNode n, boolean positive) {
        double v = positive ? positive(n) : nonNegative(n);
        if (v > MAX_RATE) throw n.error("expected at most " + MAX_RATE + ", found " + n.text());
        return v;
    }

    private static Limits limits(YamlNode n) {
        n.onlyKeys(List.of("seconds", "requests", "requestTimeoutMs"));
        int seconds = whole(n.require("seconds"), 1, MAX_SECONDS);
        int requests = whole(n.require("requests"), 1, MAX_REQUESTS);
        int timeout = n.get("requestTimeoutMs").map(v -> whole(v, 100, 600_000)).orElse(30_000);
        return new Limits(seconds, requests, timeout);
    }

    private static Provider provider(YamlNode n) {
        n.onlyKeys(List.of("ttftMs", "tokensPerSecond", "firstEvent"));
        int ttft = n.get("ttftMs").map(v -> whole(v, 0, 120_000)).orElse(0);
        int gap = n.get("tokensPerSecond").map(v -> {
            double tps = positive(v);
            if (tps > 1000) throw v.error("at most 1000: the mock provider paces tokens in whole milliseconds");
            return (int) Math.round(1000.0 / tps);
        }).orElse(0);
        return new Provider(ttft, gap, n.get("firstEvent").map(v -> v.oneOf(FirstEvent.class, FirstEvent::yamlName)).orElse(Provider.DEFAULT_FIRST_EVENT));
    }

    private static Slo slo(YamlNode n) {
        n.onlyKeys(List.of("ttftMs", "tpotMs", "e2eMs"));
        return new Slo(optionalPositive(n, "ttftMs"), optionalPositive(n, "tpotMs"), optionalPositive(n, "e2eMs"));
    }

    private static Thresholds thresholds(YamlNode n) {
        n.onlyKeys(List.of("p99E2eMs", "p95TtftMs", "errorRate", "minRequestsPerSecond"));
        return new Thresholds(optionalPositive(n, "p99E2eMs"), optionalPositive(n, "p95TtftMs"),
                n.get("errorRate").map(LoadProfileReader::fraction).orElse(null),
                optionalPositive(n, "minRequestsPerSecond"));
    }

    private static JudgeSettings judge(YamlNode n) {
        n.onlyKeys(List.of("alpha", "allowedIncrease", "toleranceMs"));
        JudgeSettings d = JudgeSettings.DEFAULT;
        double alpha = n.get("alpha").map(LoadProfileReader::fraction).orElse(d.alpha());
        if (alpha <= 0 || alpha >= 0.5) throw n.require("alpha").error("expected a level between 0 and 0.5, such as 0.01");
        return new JudgeSettings(alpha,
                n.get("allowedIncrease").map(LoadProfileReader::nonNegative).orElse(d.allowedIncrease()),
                n.get("toleranceMs").map(LoadProfileReader::nonNegative).orElse(d.toleranceMs()));
    }

    private static int words(YamlNode n) {
        n.onlyKeys(List.of("words"));
        return whole(n.require("words"), 1, 100_000);
    }

    private static Double optionalPositive(YamlNode n, String key) {
        return n.get(key).map(LoadProfileReader::positive).orElse(null);
    }

    private static double fraction(YamlNode n) {
        double v = number(n);
        if (v < 0 || v > 1) throw n.error("expected a share between 0 and 1, found " + n.text());
        return v;
    }

    private static double positive(YamlNode n) {
        double v = number(n);
        if (v <= 0) throw n.error("expected a number above 0, found " + n.text());
        return v;
    }

    private static double nonNegative(YamlNode n) {
        double v = number(n);
        if (v < 0) throw n.error("expected a number of 0 or more, found " + n.text());
        return v;
    }

    private static int whole(YamlNode n, int min, int max) {
        int v = n.integer();
        if (v < min || v > max) throw n.error("expected a whole number from " + min + " to " + max + ", found " + v);
        return v;
    }

    private static double number(YamlNode n) {
        try {
            double v = Double.parseDouble(n.text().trim());
            if (!Double.isFinite(v)) throw n.error("expected a finite number, found " + n.text());
            return v;
        } catch (NumberFormatException e) {
            throw n.error("expected a number, found '" + n.text() + "'");
        }
    }
}

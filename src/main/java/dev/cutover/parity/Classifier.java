package dev.cutover.parity;

import dev.cutover.parity.Change.Kind;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Classifies a difference by its field path and what changed; the rules are tabled in docs/parity.md. */
public final class Classifier {
    /** Response fields OpenAI's SDKs parse or users read: absent, retyped or changed, a client breaks. */
    private static final List<Pattern> SDK_FIELDS = List.of(
            p("\\$\\.object"), p("\\$\\.choices.*"), p("\\$\\.usage\\.(prompt|completion|total)_tokens"),
            p("\\$\\.data"), p("\\$\\.data\\[\\d+]\\.(embedding|index|object|id)"), p("\\$\\.id"), p("\\$\\.created"),
            p("\\$\\.model"));
    /** SDK fields whose presence matters but whose value is informational. */
    private static final Set<String> INFORMATIONAL = Set.of("$.id", "$.created", "$.model", "$.data[*].id");
    /** Fields inside choices that carry information, not shape: a different refusal or logprob is not a break. */
    private static final Pattern CHOICE_EXTRAS = p("\\$\\.choices\\[\\d+]\\.(logprobs|message\\.refusal|delta\\.refusal|message\\.annotations).*");
    private static final Set<String> ENVELOPE_KEYS = Set.of("type", "code", "param");
    /** Response headers clients act on: content type decides parsing; the others drive SDK retries. */
    private static final Set<String> RELIED_HEADERS = Set.of("content-type", "retry-after", "retry-after-ms", "x-should-retry");
    /** SDKs retry these statuses and give up on the rest. */
    private static final Set<Integer> RETRIED = Set.of(408, 409, 429);

    private Classifier() {}

    public static Classification classify(Change c) {
        String path = c.path();
        if (path.equals("outcome")) return outcome(c);
        if (path.equals("status")) return status(c);
        if (path.equals("transport")) return Classification.breaking("a broken or refused connection where there was none, or one hidden");
        if (path.startsWith("header.")) return header(path.substring(7), c);
        if (path.equals("timing.delivery")) return Classification.behavioural("the stream reaches the client differently (buffered or not)");
        if (path.startsWith("timing.")) return Classification.behavioural("timing changed by more than 1 s and 2×");
        if (path.startsWith("upstream.")) return upstream(path, c.kind());
        if (path.startsWith("stream")) return stream(path, c);
        if (path.equals("body")) return c.kind() == Kind.CHANGED ? Classification.cosmetic("plain-text body reworded")
                : Classification.breaking("the body changed from JSON to plain text, or back");
        if (path.startsWith("body.")) return json(path.substring(5), c.kind());
        return Classification.behavioural("differs");
    }

    private static Classification outcome(Change c) {
        if ("PASSED".equals(c.baseline())) {
            return "NOT_SUPPORTED".equals(c.candidate())
                    ? Classification.behavioural("the candidate does not support this scenario")
                    : Classification.breaking("passes on the baseline, not on the candidate");
        }
        return Classification.behavioural("ends differently from the baseline (" + c.baseline() + " → " + c.candidate() + ")");
    }

    private static Classification status(Change c) {
        int a = parse(c.baseline());
        int b = parse(c.candidate());
        if (a / 100 != b / 100) return Classification.breaking("status class changed: clients branch on 2xx / 4xx / 5xx");
        if (retried(a) != retried(b)) return Classification.breaking("SDKs retry one status and not the other");
        return Classification.behavioural("a different status of the same class");
    }

    private static Classification header(String name, Change c) {
        Kind kind = c.kind();
        if (RELIED_HEADERS.contains(name)) {
            return kind == Kind.ADDED ? Classification.behavioural("new header '" + name + "' changes how SDKs act")
                    : Classification.breaking("clients rely on '" + name + "'");
        }
        if (name.startsWith("x-ratelimit-")) return Classification.behavioural("rate-limit information changed");
        // A cache-status header that only says caching is off (Portkey's DISABLED, a MISS) changes nothing.
        if (name.contains("cache") && (kind != Kind.ADDED || c.candidate().toUpperCase().contains("HIT"))) {
            return Classification.behavioural("caching differs");
        }
        if (kind == Kind.ADDED) return Classification.cosmetic("extra header");
        if (name.equals("x-request-id") && kind == Kind.MISSING) return Classification.behavioural("request ids are what support asks for");
        return Classification.cosmetic(kind == Kind.MISSING ? "header not sent" : "header value differs");
    }

    private static Classification stream(String path, Change c) {
        switch (path) {
            case "stream.done":
                return "true".equals(c.baseline()) ? Classification.breaking("the stream no longer ends with [DONE]")
                        : Classification.behavioural("the stream now ends with [DONE]");
            case "stream.malformed":
                return c.kind() == Kind.ADDED ? Classification.breaking("SSE lines clients cannot parse")
                        : Classification.behavioural("malformed SSE lines are gone");
            case "stream.content", "stream.tool_arguments", "stream.finish_reason":
                return Classification.breaking("what the client assembles from the stream differs");
            case "stream.events":
                return Classification.cosmetic("re-chunked: the same content in a different number of chunks");
            case "stream[*].event":
                return Classification.behavioural("SSE event names differ");
            default:
                return path.startsWith("stream[*].") ? json(path.substring(10), c.kind()) : Classification.behavioural("stream differs");
        }
    }

    private static Classification json(String path, Kind kind) {
        if (path.startsWith("$.error")) return envelope(path, kind);
        String generic = path.replaceAll("\\[\\d+]", "[*]");
        if (kind == Kind.ADDED) return Classification.cosmetic("extra field");
        boolean sdk = SDK_FIELDS.stream().anyMatch(p -> p.matcher(path).matches()) && !CHOICE_EXTRAS.matcher(path).matches();
        if (sdk && kind == Kind.MISSING) return Classification.breaking("SDKs need " + generic);
        if (sdk && !INFORMATIONAL.contains(generic)) return Classification.breaking("SDKs read " + generic);
        return Classification.behavioural(kind == Kind.MISSING ? "field no longer sent" : "field value differs");
    }

    private static Classification envelope(String path, Kind kind) {
        if (kind == Kind.ADDED) return Classification.cosmetic("extra field in the error");
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        if (path.equals("$.error") || ENVELOPE_KEYS.contains(leaf) || kind == Kind.MISSING && leaf.equals("message")) {
            return Classification.breaking("error envelope shape: SDKs read $.error.{message,type,code,param}");
        }
        return Classification.cosmetic("error text reworded");
    }

    private static Classification upstream(String path, Kind kind) {
        if (path.equals("upstream.count")) {
            return Classification.behavioural(kind == Kind.CHANGED ? "the provider received a different number of requests (retries)"
                    : kind == Kind.MISSING ? "the gateway answered without calling the provider" : "the provider is called where the baseline answered alone");
        }
        if (path.startsWith("upstream.body.")) {
            return kind == Kind.ADDED ? Classification.cosmetic("the gateway adds a field to the provider request")
                    : Classification.behavioural("the provider is asked something different");
        }
        return Classification.cosmetic("the provider request's envelope differs");
    }

    private static boolean retried(int status) {
        return RETRIED.contains(status) || status >= 500;
    }

    private static int parse(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }
}

package dev.cutover.scenario;

import dev.cutover.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ranges and shapes scenario values are held to when read (docs/scenario-format.md, "Limits"), so that
 * whatever lint passes a run can send and the mock can play, and no scenario can make a run wait for days.
 * Target profiles use the header rules too.
 */
public final class Bounds {
    /** Any wait or timeout: 10 minutes. */
    public static final int MAX_MS = 600_000;
    /** chunk_words, embedding_dims. */
    public static final int MAX_COUNT = 65_536;
    /** fail_times, as repeat.max: both count requests one scenario sends. */
    public static final int MAX_REQUESTS = 1000;
    /** Per usage field: two of them still add up within an int (total_tokens). */
    public static final int MAX_TOKENS = 1_000_000_000;

    /** RFC 9110 token characters: what a header name may hold. */
    private static final String TCHAR = "!#$%&'*+-.^_`|~";
    /** The JDK client sets these itself and refuses a request that names them. */
    private static final Set<String> SET_BY_CLIENT = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private Bounds() {}

    /** A wait in milliseconds: 0 to 10 minutes. */
    public static int millis(YamlNode n) {
        return n.integer(0, MAX_MS, "ms");
    }

    /** A timeout in milliseconds: above 0, at most 10 minutes. */
    public static int timeout(YamlNode n) {
        return n.integer(1, MAX_MS, "ms");
    }

    /** Response headers the mock sends: names are tokens, values one line of text. */
    static Map<String, String> headers(YamlNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        n.entries().forEach((name, v) -> out.put(headerName(name, v), headerValue(v, v.text())));
        return out;
    }

    /** Request headers a client sends: as {@link #headers}, and none the HTTP client must set itself. */
    static Map<String, String> requestHeaders(YamlNode n) {
        Map<String, String> out = headers(n);
        n.entries().forEach((name, v) -> requestHeaderName(name, v, "a scenario"));
        return out;
    }

    /**
     * A header a request may carry: an HTTP token, and none the HTTP client sets itself — the JDK's client refuses
     * those, so a profile naming one (its {@code headers}, its key's header) failed every scenario "request not sent",
     * as if the gateway were at fault.
     *
     * @param from what names it, for the message: "a scenario", "a target profile"
     */
    public static String requestHeaderName(String name, YamlNode at, String from) {
        headerName(name, at);
        if (SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
            throw at.error("'" + name + "' is set by the HTTP client itself and cannot be sent from " + from);
        }
        return name;
    }

    /** @throws dev.cutover.yaml.InputException at {@code at} unless {@code name} is an HTTP token */
    public static String headerName(String name, YamlNode at) {
        if (name.isEmpty()) throw at.error("an empty header name");
        for (char c : name.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || TCHAR.indexOf(c) >= 0;
            if (!ok) throw at.error("'" + name + "' is not a header name: only letters, digits and " + TCHAR + " (no spaces or ':')");
        }
        return name;
    }

    /**
     * A header value must stay on its line: a line break would start another header (or end them all).
     * The value itself is not repeated in the message, since it may be a key from the environment.
     */
    public static String headerValue(YamlNode at, String value) {
        for (char c : value.toCharArray()) {
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                throw at.error(String.format("a header value cannot hold control character U+%04X (a line break would "
                        + "start another header)", (int) c));
            }
            if (c > 0xFF) throw at.error("a header value is Latin-1 text; it cannot hold '" + c + "'");
        }
        return value;
    }
}

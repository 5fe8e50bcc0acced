package dev.cutover.parity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is expected to differ on every exchange, whichever gateway answers, replaced by a placeholder before
 * two observations are compared: generated ids, timestamps, fingerprints, trace and request ids, dates,
 * cutover's own exchange marker, loopback ports. Token counts are not rewritten: {@link Differ} compares
 * them within a tolerance.
 */
public final class Normalise {
    public static final String ID = "<id>";
    public static final String TIMESTAMP = "<timestamp>";
    public static final String DATE = "<date>";
    public static final String VOLATILE = "<varies>";
    public static final String GENERATED = "<generated text>";
    /** With a real model: a count or logprob that depends on what it happened to write. */
    public static final String GENERATED_AMOUNT = "<generated amount>";
    /** With a real model: it stopped by itself or at the token limit, which it does as it happens. */
    public static final String NATURAL_END = "<stop or length>";

    /** Runs of 8+ letters and digits; mixing digits and letters, or cases, is the shape of generated ids (chatcmpl-…, call_…). */
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9]{8,}");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    // Each session's marker carries its own nonce: [cutover:<scenario>.<nonce>].
    private static final Pattern MARKER = Pattern.compile("\\[cutover:([^\\].]+)\\.[A-Za-z0-9]+]");
    private static final Pattern EXCHANGE = Pattern.compile("^([^.\\s]+)\\.[A-Za-z0-9]+$");
    // Each side has its own mock provider and gateway on their own free ports.
    private static final Pattern LOOPBACK = Pattern.compile("(127\\.0\\.0\\.1|localhost):\\d+");

    private static final Set<String> TIME_KEYS = Set.of("created", "created_at", "timestamp");
    private static final Set<String> FINGERPRINT_KEYS = Set.of("system_fingerprint");
    private static final Set<String> DATE_HEADERS = Set.of("date", "expires", "last-modified", "age", "etag");
    /** Headers whose value depends on the bytes or the connection, never on behaviour: only presence counts. */
    private static final Set<String> LENGTH_HEADERS = Set.of("content-length", "keep-alive");

    private Normalise() {}

    /** Any text: markers, UUIDs, ISO dates and loopback ports made comparable across sessions. */
    public static String text(String s) {
        if (s == null) return null;
        String out = MARKER.matcher(s).replaceAll("[cutover:$1]");
        out = UUID.matcher(out).replaceAll(ID);
        out = ISO_DATE.matcher(out).replaceAll(DATE);
        return LOOPBACK.matcher(out).replaceAll("$1:<port>");
    }

    /** A JSON string value under the given key (the last name in its path). */
    public static String jsonString(String key, String value) {
        String k = key == null ? "" : key.toLowerCase(Locale.ROOT);
        if (FINGERPRINT_KEYS.contains(k)) return VOLATILE;
        if (TIME_KEYS.contains(k)) return TIMESTAMP;
        // Model ids ("gpt-4o-mini", "text-embedding-3-small") are meaningful and stay.
        if (isIdKey(key) && looksGenerated(value)) return ID;
        return text(value);
    }

    /** A JSON number under the given key: only timestamps are rewritten. */
    public static String jsonNumber(String key, String value) {
        return key != null && TIME_KEYS.contains(key.toLowerCase(Locale.ROOT)) ? TIMESTAMP : value;
    }

    /** A response or upstream header value; the name is already lower case. */
    public static String header(String name, String value) {
        if (DATE_HEADERS.contains(name) || LENGTH_HEADERS.contains(name) || isIdHeader(name) || isTimingHeader(name)) {
            return VOLATILE;
        }
        if (name.equals("content-type")) return mediaType(value);
        if (name.equals("x-cutover-exchange")) return EXCHANGE.matcher(value.trim()).replaceAll("$1");
        return text(value);
    }

    /** Whether two numbers at this path are token counts, compared within {@link Differ#TOKEN_TOLERANCE_ABS}. */
    public static boolean isTokenCount(String path) {
        return path.endsWith("_tokens") || path.endsWith("_tokens]");
    }

    static boolean isIdKey(String key) {
        return key != null && (key.equalsIgnoreCase("id") || key.toLowerCase(Locale.ROOT).endsWith("_id") || key.endsWith("Id"));
    }

    static boolean looksGenerated(String value) {
        var m = RUN.matcher(value);
        while (m.find()) {
            String run = m.group();
            boolean digit = run.chars().anyMatch(Character::isDigit);
            boolean letter = run.chars().anyMatch(Character::isLetter);
            boolean mixedCase = run.chars().anyMatch(Character::isUpperCase) && run.chars().anyMatch(Character::isLowerCase);
            if (digit && letter || mixedCase) return true;
        }
        return false;
    }

    /** Trace and request ids: x-request-id, x-portkey-trace-id, x-litellm-call-id, openai-request-id, … */
    static boolean isIdHeader(String name) {
        return name.endsWith("-id") || name.contains("request-id") || name.contains("trace") || name.contains("call-id");
    }

    /** Durations a gateway reports about itself (openai-processing-ms, x-litellm-overhead-duration-ms, …). */
    static boolean isTimingHeader(String name) {
        return name.endsWith("-ms") || name.contains("duration") || name.contains("processing") || name.endsWith("-time");
    }

    /** text/event-stream; charset=utf-8 and text/event-stream are the same to every client. */
    static String mediaType(String value) {
        int semi = value.indexOf(';');
        return (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}

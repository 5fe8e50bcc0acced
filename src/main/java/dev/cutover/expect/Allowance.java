package dev.cutover.expect;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a gateway may change on the way without it counting against its transparency: typed, documented, and
 * given per gateway in its profile ({@code allowances: [...]}). JSON re-serialisation, key order, number
 * spelling, re-chunked streams and {@code null} written as an absent field are never differences at all.
 */
public enum Allowance {
    /** The request's {@code model} is renamed (routing, aliases), and so may be the answer's. */
    MODEL_NAME("model-name"),
    /** The answer's {@code id}, {@code created} and {@code system_fingerprint} are the gateway's own. */
    RESPONSE_IDS("response-ids"),
    /** An error's message is reworded (gateways prefix their own name); its status, type and code still count. */
    ERROR_MESSAGE("error-message"),
    /** Tool-call ids are reissued (gateways translating to another provider's dialect do). */
    TOOL_CALL_IDS("tool-call-ids"),
    /** Headers the provider set need not reach the client. */
    PROVIDER_HEADERS("provider-headers"),
    /** Request fields may be dropped or changed on the way (a gateway that rewrites requests by design). */
    REQUEST_FIELDS("request-fields"),
    /** An error's type and code may be the gateway's own vocabulary, as long as the status is kept. */
    ERROR_VOCABULARY("error-vocabulary");

    /** What every gateway may do. */
    public static final Set<Allowance> DEFAULTS = EnumSet.of(MODEL_NAME, RESPONSE_IDS, ERROR_MESSAGE);

    private final String wireName;

    Allowance(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Allowance> fromWire(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(Allowance::wireName).collect(Collectors.joining(", "));
    }
}

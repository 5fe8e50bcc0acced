package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code upstream.key_not_forwarded: true} — no request the provider received carries the client's key
 * in any header value. Messages name the request and header, never the key. Without a client key
 * (auth: none) there is nothing that could leak, so the check passes.
 */
record KeyNotForwarded(Source source) implements Expectation {

    @Override
    public boolean readsUpstream() {
        return true;
    }

    @Override
    public String describe() {
        return "the client's key is not forwarded upstream";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        String key = context.clientKey();
        if (key == null || key.isBlank() || o.upstream() == null) return List.of();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < o.upstream().size(); i++) {
            ReceivedRequest r = o.upstream().get(i);
            for (Map.Entry<String, List<String>> h : r.headers().values().entrySet()) {
                if (h.getValue().stream().anyMatch(v -> v.contains(key))) {
                    problems.add("upstream request " + (i + 1) + ": header " + h.getKey() + " carries the client's key");
                }
            }
        }
        return problems;
    }
}

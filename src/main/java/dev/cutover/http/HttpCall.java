package dev.cutover.http;

import dev.cutover.wire.Headers;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.SentRequest;
import java.util.Map;

/** One request to send, fully resolved: absolute URL, final headers (with the real key), JSON body. */
public record HttpCall(String method, String url, Map<String, String> headers, String body, int timeoutMs,
                       boolean stream) {

    /** The request as it may appear in reports: credentials and known secrets masked. */
    public SentRequest masked(Redactor redactor) {
        Map<String, java.util.List<String>> h = new java.util.TreeMap<>();
        headers.forEach((k, v) -> h.put(k, java.util.List.of(redactor.maskHeader(k, v))));
        return new SentRequest(method, redactor.mask(url), Headers.of(h), redactor.mask(body));
    }
}

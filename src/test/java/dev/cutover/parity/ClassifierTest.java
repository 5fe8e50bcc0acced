package dev.cutover.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {

    @ParameterizedTest(name = "{0}: {1} → {2} is {3}")
    @CsvSource(nullValues = "ABSENT", value = {
            "status, 200, 500, BREAKING",
            "status, 429, 400, BREAKING",       // SDKs retry 429, not 400
            "status, 500, 503, BEHAVIOURAL",
            "status, 400, 422, BEHAVIOURAL",
            "transport, stream broken off, ABSENT, BREAKING",
            "outcome, PASSED, FAILED, BREAKING",
            "outcome, PASSED, NOT_SUPPORTED, BEHAVIOURAL",
            "outcome, FAILED, PASSED, BEHAVIOURAL",
            "header.content-type, application/json, text/plain, BREAKING",
            "header.retry-after, 7, ABSENT, BREAKING",
            "header.x-should-retry, ABSENT, true, BEHAVIOURAL",
            "header.x-ratelimit-remaining-requests, 0, ABSENT, BEHAVIOURAL",
            "header.x-portkey-cache-status, ABSENT, DISABLED, COSMETIC",
            "header.x-synapse-cache-status, ABSENT, HIT, BEHAVIOURAL",
            "header.x-portkey-trace-id, ABSENT, <varies>, COSMETIC",
            "header.x-request-id, <varies>, ABSENT, BEHAVIOURAL",
            "body.$.error.type, '\"requests\"', ABSENT, BREAKING",
            "body.$.error.code, '\"rate_limit_exceeded\"', '\"other\"', BREAKING",
            "body.$.error.message, '\"Rate limit\"', '\"openai error: Rate limit\"', COSMETIC",
            "body.$.error.message, '\"Rate limit\"', ABSENT, BREAKING",
            "body.$.provider, ABSENT, '\"openai\"', COSMETIC",
            "body.$.choices[0].message.content, '\"Paris\"', '\"Lyon\"', BREAKING",
            "body.$.choices[0].finish_reason, '\"stop\"', ABSENT, BREAKING",
            "body.$.choices[0].logprobs, null, ABSENT, BEHAVIOURAL",
            "body.$.model, '\"gpt-4o-mini\"', '\"gpt-4o-mini-2024-07-18\"', BEHAVIOURAL",
            "body.$.model, '\"gpt-4o-mini\"', ABSENT, BREAKING",
            "body.$.system_fingerprint, <varies>, ABSENT, BEHAVIOURAL",
            "body.$.data[0].embedding, '[8 numbers, digest 1]', '[8 numbers, digest 2]', BREAKING",
            "body, Not Found, Missing, COSMETIC",
            "stream.done, true, false, BREAKING",
            "stream.done, false, true, BEHAVIOURAL",
            "stream.content, '\"Hello\"', '\"Hel\"', BREAKING",
            "stream.events, 8, 3, COSMETIC",
            "stream.malformed, ABSENT, malformed SSE lines, BREAKING",
            "stream[*].$.choices[0].finish_reason, null | \"stop\", null, BREAKING",
            "stream[*].$.usage.total_tokens, 12, ABSENT, BREAKING",
            "timing.total_ms, 60, 2500, BEHAVIOURAL",
            "timing.delivery, spread over time, all at once, BEHAVIOURAL",
            "upstream.count, 1, 3, BEHAVIOURAL",
            "upstream.count, 1, ABSENT, BEHAVIOURAL",
            "upstream.body.$.temperature, 3.5, 2, BEHAVIOURAL",
            "upstream.body.$.user, ABSENT, '\"x\"', COSMETIC",
            "upstream.header.x-stainless-lang, python, ABSENT, COSMETIC"})
    void classifiesByPathAndWhatChanged(String path, String baseline, String candidate, DiffClass expected) {
        assertEquals(expected, Classifier.classify(new Change(path, baseline, candidate)).diffClass());
    }
}

package dev.cutover.faulty;

import static dev.cutover.faulty.FakeProvider.CONTENT_EVENTS;
import static dev.cutover.faulty.FakeProvider.DONE_EVENT;
import static dev.cutover.faulty.FakeProvider.JSON;
import static dev.cutover.faulty.FakeProvider.RATE_LIMIT;
import static dev.cutover.faulty.FakeProvider.STREAM;
import static dev.cutover.faulty.FakeProvider.USAGE_EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.faulty.FakeProvider.Received;
import dev.cutover.faulty.GatewayClient.Answer;
import dev.cutover.launch.RefusingPort;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FaultyGatewayTest {
    private static final String PROVIDER_KEY = "sk-provider-key";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static FakeProvider provider;

    @BeforeAll
    static void startProvider() throws Exception {
        provider = new FakeProvider();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void forgetRequests() {
        provider.received.clear();
        provider.streamWrites.clear();
    }

    private static Answer call(Defect defect, String fakeReply) throws Exception {
        try (FaultyGateway gateway = FaultyGateway.start(provider.baseUrl(), PROVIDER_KEY, defect)) {
            return GatewayClient.chat(gateway.baseUrl(), gateway.clientKey(), fakeReply);
        }
    }

    /** The provider's stream, each content event written only once the client has read the one before. */
    private static Answer lockstepStream(Defect defect) throws Exception {
        try (FaultyGateway gateway = FaultyGateway.start(provider.baseUrl(), PROVIDER_KEY, defect)) {
            return GatewayClient.chat(gateway.baseUrl(), gateway.clientKey(), FakeProvider.LOCKSTEP, provider::clientRead);
        }
    }

    /**
     * Relayed as it came: each content event reached the client before the provider wrote the next one. A
     * matter of order, not of milliseconds: in lockstep a relaying gateway always passes it (the provider
     * waits for the client's read), one that holds events back never does (the wait runs out first).
     */
    private static void assertRelayedEventByEvent(Answer a) {
        List<Long> written = provider.streamWrites.remove();
        for (int k = 0; k + 1 < CONTENT_EVENTS.size(); k++) {
            assertTrue(a.dataArrivals().get(k) < written.get(k + 1), "content event " + k
                    + " reached the client only after the provider had written the next one: held back, not relayed");
        }
    }

    @Test
    void cleanProxyPassesJsonThroughByteEqualWithHeaders() throws Exception {
        Answer a = call(Defect.NONE, "json");
        assertEquals(200, a.status());
        assertEquals(JSON, a.text());
        assertEquals(Optional.of("application/json"), a.headers().firstValue("content-type"));
        assertEquals(Optional.of("req-1"), a.headers().firstValue("x-request-id"));
    }

    @Test
    void cleanProxyStreamsEventsAsTheyArriveNotBuffered() throws Exception {
        Answer a = lockstepStream(Defect.NONE);
        assertNull(a.failure());
        assertEquals(STREAM, a.text());
        assertEquals(7, a.dataArrivals().size());
        assertRelayedEventByEvent(a);
    }

    @Test
    void providerSeesProviderKeyAndNeverTheClientKey() throws Exception {
        call(Defect.NONE, "json");
        Received r = provider.received.remove();
        assertEquals("POST", r.method());
        assertEquals("/v1/chat/completions?trace=on", r.pathAndQuery());
        assertEquals(List.of("Bearer " + PROVIDER_KEY), r.headers().get("Authorization"));
        assertEquals(List.of("json"), r.headers().get("X-fake-reply"), "other headers are forwarded");
        assertTrue(r.body().contains("\"messages\""));
        assertFalse(r.headers().toString().contains(FaultyGateway.CLIENT_KEY));
    }

    @Test
    void missingClientKeyIs401InOpenAiEnvelope() throws Exception {
        try (FaultyGateway gateway = FaultyGateway.start(provider.baseUrl(), PROVIDER_KEY, Defect.NONE)) {
            Answer a = GatewayClient.chat(gateway.baseUrl(), null, "json");
            assertEquals(401, a.status());
            JsonNode error = MAPPER.readTree(a.text()).get("error");
            assertEquals("invalid_request_error", error.get("type").asText());
            assertTrue(error.get("param").isNull() && error.get("code").isNull());
            assertFalse(error.get("message").asText().isEmpty());
            assertTrue(provider.received.isEmpty(), "nothing goes upstream without a client key");
        }
    }

    @Test
    void wrongClientKeyIs401InvalidApiKey() throws Exception {
        try (FaultyGateway gateway = FaultyGateway.start(provider.baseUrl(), PROVIDER_KEY, Defect.NONE)) {
            Answer a = GatewayClient.chat(gateway.baseUrl(), PROVIDER_KEY, "json");
            assertEquals(401, a.status());
            JsonNode error = MAPPER.readTree(a.text()).get("error");
            assertEquals("invalid_api_key", error.get("code").asText());
            assertEquals("invalid_request_error", error.get("type").asText());
            assertTrue(provider.received.isEmpty());
        }
    }

    @Test
    void unreachableUpstreamIs502InOpenAiEnvelope() throws Exception {
        try (RefusingPort nowhere = new RefusingPort();
             FaultyGateway gateway = FaultyGateway.start("http://127.0.0.1:" + nowhere.number(), PROVIDER_KEY, Defect.NONE)) {
            Answer a = GatewayClient.chat(gateway.baseUrl(), gateway.clientKey(), "json");
            assertEquals(502, a.status());
            assertTrue(MAPPER.readTree(a.text()).path("error").path("message").isTextual());
        }
    }

    @Test
    void upstreamResetBreaksTheClientStream() throws Exception {
        Answer a = call(Defect.NONE, "reset");
        assertNotNull(a.failure(), "a broken upstream must not look like a complete stream: " + a.text());
        assertEquals(CONTENT_EVENTS.get(0) + CONTENT_EVENTS.get(1), a.text(), "what did arrive is passed on");
    }

    @Test
    void swallowUpstreamResetEndsTheStreamCleanly() throws Exception {
        Answer a = call(Defect.SWALLOW_UPSTREAM_RESET, "reset");
        assertNull(a.failure());
        assertEquals(CONTENT_EVENTS.get(0) + CONTENT_EVENTS.get(1), a.text());
    }

    @Test
    void breakSseFrameLeavesALineThatIsNoSseField() throws Exception {
        String[] lines = call(Defect.BREAK_SSE_FRAME, "stream").text().split("\n");
        assertEquals("data: {\"id\":", lines[2]);
        assertTrue(lines[3].startsWith("\"chatcmpl-2\",\"object\":\"chat.completion.chunk\""), lines[3]);
        assertEquals(FakeProvider.chunk(" two", null), lines[2] + lines[3] + "\n\n", "only split, nothing lost");
    }

    @Test
    void bufferStreamDeliversEverythingAtOnce() throws Exception {
        Answer a = call(Defect.BUFFER_STREAM, "stream");
        assertEquals(STREAM, a.text());
        // All at once: not one event reached the client before the provider had written its last (its 50 ms
        // gaps give a relaying gateway time to pass the earlier ones on). Order, not a time bound.
        List<Long> written = provider.streamWrites.remove();
        long last = written.get(written.size() - 1);
        assertTrue(a.dataArrivals().stream().allMatch(t -> t > last), "an event arrived before the provider finished");
    }

    /** Each defect changes exactly what it names; everything else the client or provider sees is as with NONE. */
    @ParameterizedTest
    @EnumSource(Defect.class)
    void eachDefectChangesOnlyWhatItSays(Defect d) throws Exception {
        Answer json = call(d, "json");
        assertEquals(200, json.status());
        assertEquals(expectedJson(d), json.text());
        String upstreamAuth = provider.received.remove().headers().get("Authorization").get(0);
        assertEquals("Bearer " + (d == Defect.FORWARD_CLIENT_KEY ? FaultyGateway.CLIENT_KEY : PROVIDER_KEY), upstreamAuth);

        Answer limited = call(d, "rate-limit");
        assertEquals(switch (d) {
            case RATE_LIMIT_AS_500 -> 500;
            case RATE_LIMIT_AS_503 -> 503;
            case ERROR_AS_200 -> 200;
            default -> 429;
        }, limited.status());
        assertEquals(switch (d) {
            case FLATTEN_ERROR_ENVELOPE -> "{\"status\":\"failure\",\"message\":\"Rate limit reached for requests\"}";
            case ERROR_CODE_AS_STATUS -> RATE_LIMIT.replace("\"requests\"", "null").replace("\"rate_limit_exceeded\"", "\"429\"");
            case NUMERIC_ERROR_CODE -> RATE_LIMIT.replace("\"rate_limit_exceeded\"", "429");
            default -> RATE_LIMIT;
        }, limited.text());
        boolean gone = d == Defect.STRIP_RETRY_AFTER || d == Defect.RETRY_AFTER_PREFIXED;
        assertEquals(gone ? Optional.empty() : Optional.of("7"), limited.headers().firstValue("retry-after"));
        assertEquals(gone ? Optional.empty() : Optional.of("7000"), limited.headers().firstValue("retry-after-ms"));
        assertEquals(d == Defect.RETRY_AFTER_PREFIXED ? Optional.of("7") : Optional.empty(),
                limited.headers().firstValue("llm_provider-retry-after"));

        // In lockstep except through gateways that hold events back on purpose (their own tests show it).
        boolean holds = d == Defect.BUFFER_STREAM || d == Defect.USAGE_BEFORE_FINISH;
        Answer stream = holds ? call(d, "stream") : lockstepStream(d);
        assertNull(stream.failure());
        assertEquals(expectedStream(d), stream.text());
        assertEquals(switch (d) {
            case WRONG_STREAM_CONTENT_TYPE -> "application/json";
            case CHARSET_LATIN1 -> "text/event-stream; charset=iso-8859-1";
            default -> "text/event-stream; charset=utf-8";
        }, stream.headers().firstValue("content-type").orElse(""));
        if (!holds) assertRelayedEventByEvent(stream);
    }

    private static String expectedJson(Defect d) {
        return switch (d) {
            case REWRITE_FINISH_REASON -> JSON.replace("\"length\"", "\"stop\"");
            case RECOUNT_USAGE -> JSON.replace("\"completion_tokens\":2,\"total_tokens\":5", "\"completion_tokens\":3,\"total_tokens\":6");
            case CREATED_IN_MILLISECONDS -> JSON.replace("\"created\":1,", "\"created\":1000,");
            default -> JSON;
        };
    }

    private static String expectedStream(Defect d) {
        String last = CONTENT_EVENTS.get(CONTENT_EVENTS.size() - 1);
        return switch (d) {
            case DROP_DONE -> STREAM.replace(DONE_EVENT, "");
            case DOUBLE_DONE -> STREAM + DONE_EVENT;
            case DROP_USAGE_CHUNK -> STREAM.replace(USAGE_EVENT, "");
            case USAGE_BEFORE_FINISH -> STREAM.replace(last + USAGE_EVENT, USAGE_EVENT + last);
            case RECOUNT_USAGE -> STREAM.replace("\"completion_tokens\":5,\"total_tokens\":8", "\"completion_tokens\":6,\"total_tokens\":9");
            case DUPLICATE_FIRST_CHUNK -> CONTENT_EVENTS.get(0) + STREAM;
            case NON_JSON_KEEPALIVE -> STREAM.replace(CONTENT_EVENTS.get(1), "data: : keepalive\n\n" + CONTENT_EVENTS.get(1));
            case REWRITE_FINISH_REASON -> STREAM.replace("\"finish_reason\":\"length\"", "\"finish_reason\":\"stop\"");
            case BREAK_SSE_FRAME -> STREAM.replace(CONTENT_EVENTS.get(1),
                    CONTENT_EVENTS.get(1).replaceFirst("\\{\"id\":", "{\"id\":\n"));
            case DUPLICATE_USAGE_CHUNK -> STREAM.replace(USAGE_EVENT, USAGE_EVENT + USAGE_EVENT);
            case USAGE_CHUNK_WITH_CHOICE -> STREAM.replace(USAGE_EVENT,
                    USAGE_EVENT.replace("\"choices\":[]", "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":null}]"));
            case CHUNK_IDS_VARY -> numberedIds();
            default -> STREAM;
        };
    }

    /** Every chunk's id with its number in the stream appended, as CHUNK_IDS_VARY sends them. */
    private static String numberedIds() {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String event : FakeProvider.STREAM_EVENTS) {
            out.append(event.equals(DONE_EVENT) ? event : event.replace("\"id\":\"chatcmpl-2\"", "\"id\":\"chatcmpl-2-" + ++n + "\""));
        }
        return out.toString();
    }
}

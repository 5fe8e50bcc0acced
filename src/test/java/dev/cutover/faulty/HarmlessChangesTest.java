package dev.cutover.faulty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.faulty.GatewayClient.Answer;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.SseReader;
import dev.cutover.wire.SseRelay;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each harmless change really changes the bytes (else the catalog passing on it would prove nothing), and only the
 * bytes: the answer and the stream's chunks still say what the provider said.
 */
class HarmlessChangesTest {
    private static final String ANSWER = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o-mini\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Grüße aus Köln\"},\"finish_reason\":\"stop\"}]}";
    private static final List<String> CHUNKS = List.of("Grüße", " aus", " Köln");
    /** Changes that leave a whole JSON body's bytes alone: they concern streams, or only the HTTP framing. */
    private static final Set<Harmless> JSON_UNTOUCHED = EnumSet.of(Harmless.CRLF_LINES, Harmless.DATA_WITHOUT_SPACE,
            Harmless.EVENT_IDS, Harmless.SSE_COMMENTS, Harmless.SPLIT_CHUNKS, Harmless.CHUNKED_BODIES);

    private static String stream() {
        StringBuilder sb = new StringBuilder();
        for (String text : CHUNKS) {
            sb.append("data: {\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"").append(text).append("\"},\"finish_reason\":null}]}\n\n");
        }
        return sb.append("data: [DONE]\n\n").toString();
    }

    /** What a client compares: the value, without the fields a gateway may add or rename. */
    private static JsonNode value(String json) {
        ObjectNode v = (ObjectNode) Json.parse(json).orElseThrow(() -> new AssertionError("not JSON: " + json));
        v.remove(List.of("x_gateway", "model"));
        for (JsonNode c : v.path("choices")) ((ObjectNode) c).remove("provider_specific_fields");
        return v;
    }

    @ParameterizedTest
    @EnumSource(value = Harmless.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aWholeAnswerKeepsItsValue(Harmless change) {
        String out = Restyle.rewritesJson(change) ? Restyle.json(change, Json.parse(ANSWER).orElseThrow()) : ANSWER;
        assertEquals(value(ANSWER), value(out));
        if (JSON_UNTOUCHED.contains(change)) assertEquals(ANSWER, out);
        else assertNotEquals(ANSWER, out, change + " changed no byte of the JSON");
    }

    @ParameterizedTest
    @EnumSource(value = Harmless.class, names = {"NONE", "CHUNKED_BODIES"}, mode = EnumSource.Mode.EXCLUDE)
    void aStreamKeepsItsChunksAndText(Harmless change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SseRelay.relay(new ByteArrayInputStream(stream().getBytes(StandardCharsets.UTF_8)), out, new SseRestyle(change));
        String relayed = out.toString(StandardCharsets.UTF_8);
        assertNotEquals(stream(), relayed, change + " changed no byte of the stream");
        SseReader reader = SseReader.of(relayed);
        assertTrue(reader.problems().isEmpty(), "well-formed SSE: " + reader.problems());
        List<SseEvent> events = reader.events();
        assertTrue(events.get(events.size() - 1).isDone(), "ends with [DONE]");
        StringBuilder text = new StringBuilder();
        for (SseEvent e : events.subList(0, events.size() - 1)) {
            text.append(value(e.data()).at("/choices/0/delta/content").asText(""));
        }
        assertEquals(String.join("", CHUNKS), text.toString());
    }

    @Test
    void chunkedBodiesGoOutChunkedThroughTheGateway() throws Exception {
        try (FakeProvider provider = new FakeProvider();
             FaultyGateway gateway = FaultyGateway.start(provider.baseUrl(), "sk-provider-key", Harmless.CHUNKED_BODIES)) {
            Answer a = GatewayClient.chat(gateway.baseUrl(), gateway.clientKey(), "json");
            assertEquals(FakeProvider.JSON, a.text());
            assertEquals("chunked", a.headers().firstValue("transfer-encoding").orElse(""));
        }
    }
}

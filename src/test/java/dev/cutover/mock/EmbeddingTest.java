package dev.cutover.mock;

import static dev.cutover.mock.TestClient.json;
import static dev.cutover.mock.TestClient.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Marker;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EmbeddingTest extends OneMockPerClass {
    static JsonNode embed(String key, String input, String extra) {
        return json(client.post("/v1/embeddings", "{\"model\":\"text-embedding-3-small\",\"input\":" + input
                + (extra.isEmpty() ? "" : "," + extra) + "}").body());
    }

    @Test
    void floatsForEachInputWithTheScriptedLength() {
        mock.script("emb-float", script("{\"embedding_dims\":16}"));
        String tag = Marker.tag("emb-float");
        JsonNode body = embed("emb-float", "[\"one two " + tag + "\",\"three\"]", "");
        assertEquals("list", body.get("object").asText());
        assertEquals("text-embedding-3-small", body.get("model").asText());
        assertEquals(2, body.get("data").size());
        for (int i = 0; i < 2; i++) {
            JsonNode item = body.get("data").get(i);
            assertEquals("embedding", item.get("object").asText());
            assertEquals(i, item.get("index").asInt());
            assertEquals(16, item.get("embedding").size());
        }
        assertEquals(3, body.at("/usage/prompt_tokens").asInt());
        assertEquals(3, body.at("/usage/total_tokens").asInt());
        // Deterministic: the same text (marker aside) gives the same vector.
        JsonNode again = embed("emb-float", "\"three\"", "\"dimensions\":16");
        assertEquals(body.at("/data/1/embedding"), again.at("/data/0/embedding"));
    }

    @Test
    void base64IsLittleEndianFloat32OfTheSameVector() {
        String input = "\"hello " + Marker.tag("emb-b64") + "\"";
        JsonNode floats = embed("emb-b64", input, "\"dimensions\":12").at("/data/0/embedding");
        String b64 = embed("emb-b64", input, "\"dimensions\":12,\"encoding_format\":\"base64\"").at("/data/0/embedding").asText();
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(b64)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(12 * 4, buf.remaining());
        double norm = 0;
        for (int i = 0; i < 12; i++) {
            float v = buf.getFloat();
            assertEquals((float) floats.get(i).asDouble(), v);
            norm += v * v;
        }
        assertEquals(1.0, norm, 1e-5);
    }

    @Test
    void tokenArraysCountAsTokens() {
        JsonNode body = embed("emb-tokens", "[[1,2,3],[4,5]]", "");
        assertEquals(2, body.get("data").size());
        assertEquals(5, body.at("/usage/prompt_tokens").asInt());
        assertTrue(body.at("/data/0/embedding").isArray());
    }
}

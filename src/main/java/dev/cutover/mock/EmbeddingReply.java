package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Marker;
import dev.cutover.wire.ProviderScript;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An embeddings reply: one unit-length vector per input, derived from the input's text (markers
 * removed) so the same input always gets the same vector.
 */
final class EmbeddingReply {
    private EmbeddingReply() {}

    static ObjectNode of(ApiRequest request, ProviderScript script) {
        JsonNode body = request.body();
        int dims = body.path("dimensions").asInt(0) > 0 ? body.get("dimensions").asInt() : script.embeddingDims();
        boolean base64 = "base64".equals(body.path("encoding_format").asText());
        List<String> inputs = inputs(body.get("input"));
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("object", "list");
        ArrayNode data = root.putArray("data");
        int tokens = 0;
        for (int i = 0; i < inputs.size(); i++) {
            float[] vector = vector(inputs.get(i), dims);
            ObjectNode item = data.addObject();
            item.put("object", "embedding");
            item.put("index", i);
            if (base64) item.put("embedding", base64(vector));
            else {
                ArrayNode values = item.putArray("embedding");
                for (float v : vector) values.add(v);
            }
            tokens += Words.count(inputs.get(i));
        }
        root.put("model", request.model());
        int prompt = script.usage() != null ? script.usage().promptTokens() : tokens;
        root.putObject("usage").put("prompt_tokens", prompt).put("total_tokens", prompt);
        return root;
    }

    /**
     * One text per embedding: a string; a list of strings; a token array (one input); a list of token
     * arrays. Token arrays become their numbers joined by spaces, so each number counts as one token.
     */
    private static List<String> inputs(JsonNode input) {
        List<String> out = new ArrayList<>();
        if (input.isTextual()) {
            out.add(Marker.strip(input.asText()));
        } else if (input.isArray() && input.size() > 0 && input.get(0).isNumber()) {
            out.add(joined(input));
        } else {
            for (JsonNode item : input) out.add(item.isArray() ? joined(item) : Marker.strip(item.asText()));
        }
        return out;
    }

    private static String joined(JsonNode tokens) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode t : tokens) sb.append(t.asText()).append(' ');
        return sb.toString().trim();
    }

    private static float[] vector(String text, int dims) {
        SplittableRandom random = new SplittableRandom(text.hashCode());
        float[] v = new float[dims];
        double norm = 0;
        for (int j = 0; j < dims; j++) {
            v[j] = (float) (random.nextDouble() * 2 - 1);
            norm += v[j] * v[j];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int j = 0; j < dims; j++) v[j] *= scale;
        return v;
    }

    /** OpenAI's base64 format: the float32 values in little-endian byte order. */
    private static String base64(float[] vector) {
        ByteBuffer buf = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) buf.putFloat(v);
        return Base64.getEncoder().encodeToString(buf.array());
    }
}

package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.ProviderScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The model-like mock's answer to a request nobody scripted: a provider script made up the way a model would answer,
 * different every time, so that checks that hold for any model's output can be proven here before they meet a real
 * one. Random words up to the request's token limit (cut there with {@code finish_reason: length}, as a model stops),
 * honouring {@code stop}; a forced tool call ({@code tool_choice} required or named, a legacy {@code function_call})
 * with arguments made up to meet the tool's schema; JSON when {@code response_format} asks; usage counted from what it
 * wrote; tokens streamed at a model's pace; and the headers OpenAI sends. What it refuses is {@link ModelRules}'.
 */
final class ModelLike {
    private static final String[] WORDS = {"the", "a", "model", "answers", "with", "some", "words", "that", "vary", "from",
        "run", "to", "run", "gateway", "token", "stream", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "river",
        "light", "north", "green", "seven", "paper", "window", "music", "ocean", "garden", "silver", "quiet", "Paris",
        "Grüße", "café", "naïve", "東京", "Köln", "🙂", "—", "data,", "line.", "yes.", "perhaps", "maybe", "still", "again"};
    /**
     * A model "wants" to write this many tokens at most: fewer than the 16 a live check allows, so that a limit of 16
     * lets it finish ({@code stop}) as a real model finishes a one-word answer.
     */
    private static final int LONGEST = 14;
    /** And at least this many: enough tokens for a stream to take a model's time, and to be cut by a limit of 1 or 2. */
    private static final int SHORTEST = 5;
    /** Fixed per process, as a backend's fingerprint is; a client comparing two answers sees the same one. */
    private static final String FINGERPRINT = "fp_" + Long.toHexString(new SplittableRandom().nextLong() & 0xffffffffffL);

    private ModelLike() {}

    static String word(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    static ProviderScript script(ApiRequest r) {
        SplittableRandom random = new SplittableRandom();
        ProviderScript.Builder b = ProviderScript.builder().headers(headers(random)).serviceTier("default").systemFingerprint(FINGERPRINT);
        if (r.endpoint() == Endpoint.EMBEDDINGS) return b.embeddingDims(1536).build();
        JsonNode body = r.body();
        int limit = limit(body);
        b.ttftMs(20 + random.nextInt(60));
        List<Integer> gaps = new ArrayList<>();
        for (int i = 0; i < LONGEST; i++) gaps.add(10 + random.nextInt(20));
        b.gapsMs(gaps);
        String written = forcedCall(body, b, random);
        if (written == null) written = content(body, b, random, limit);
        int completion = Math.min(limit, Words.count(written)) * r.n();
        // OpenAI counts a few tokens of framing per message besides the words.
        int prompt = Words.count(r.promptText()) + 3 + 4 * body.path("messages").size();
        Map<String, Integer> promptDetails = new LinkedHashMap<>(Map.of("cached_tokens", 0));
        promptDetails.put("audio_tokens", 0);
        Map<String, Integer> completionDetails = new LinkedHashMap<>();
        for (String k : List.of("reasoning_tokens", "audio_tokens", "accepted_prediction_tokens", "rejected_prediction_tokens")) {
            completionDetails.put(k, 0);
        }
        return b.usage(new ProviderScript.Usage(prompt, completion, promptDetails, completionDetails)).build();
    }

    /** max_completion_tokens, else max_tokens, else as much as the model wants to write. */
    private static int limit(JsonNode body) {
        JsonNode max = body.hasNonNull("max_completion_tokens") ? body.get("max_completion_tokens") : body.get("max_tokens");
        return max != null && max.canConvertToInt() && max.asInt() > 0 ? max.asInt() : Integer.MAX_VALUE;
    }

    /** A call the request forced; returns its arguments (what was written), or null when nothing was forced. */
    private static String forcedCall(JsonNode body, ProviderScript.Builder b, SplittableRandom random) {
        JsonNode choice = body.path("tool_choice");
        String named = choice.path("function").path("name").asText(null);
        if (body.path("tools").isArray() && ("required".equals(choice.asText()) || named != null)) {
            List<String> args = new ArrayList<>();
            for (JsonNode tool : body.get("tools")) {
                String name = tool.path("function").path("name").asText();
                if (named != null && !named.equals(name)) continue;
                args.add(SchemaValues.of(tool.path("function").path("parameters"), random).toString());
                b.toolCall(name, args.get(args.size() - 1));
                // One call unless the request allows parallel calls and offered more than one tool to call.
                if (named != null || !body.path("parallel_tool_calls").asBoolean(true)) break;
            }
            if (args.isEmpty()) return null;
            // OpenAI's own quirk: a call forced by name finishes with "stop", not "tool_calls".
            if (named != null) b.finishReason("stop");
            return String.join(" ", args);
        }
        String function = body.path("function_call").path("name").asText(null);
        if (function == null || !body.path("functions").isArray()) return null;
        for (JsonNode f : body.get("functions")) {
            if (!function.equals(f.path("name").asText())) continue;
            String args = SchemaValues.of(f.path("parameters"), random).toString();
            b.functionCall(new ProviderScript.ToolCall(function, args)).finishReason("stop");
            return args;
        }
        return null;
    }

    /** JSON when the response format asks for it; else words, cut at the limit or a stop sequence. */
    private static String content(JsonNode body, ProviderScript.Builder b, SplittableRandom random, int limit) {
        JsonNode format = body.path("response_format");
        String type = format.path("type").asText("");
        if (type.equals("json_schema") || type.equals("json_object")) {
            JsonNode schema = type.equals("json_schema") ? format.path("json_schema").path("schema") : null;
            String json = schema != null && schema.isObject() ? SchemaValues.of(schema, random).toString()
                    : "{\"" + word(random) + "\":\"" + word(random) + "\"}";
            b.content(json);
            return json;
        }
        int wants = SHORTEST + random.nextInt(LONGEST - SHORTEST + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(wants, limit); i++) {
            if (i > 0) text.append(random.nextInt(12) == 0 ? "\n" : " ");
            text.append(word(random));
        }
        String content = text.toString();
        String finish = wants > limit ? "length" : "stop";
        for (String stop : stops(body)) {
            int at = content.indexOf(stop);
            if (!stop.isEmpty() && at >= 0) {
                content = content.substring(0, at);
                finish = "stop";
            }
        }
        b.content(content).finishReason(finish);
        return content;
    }

    private static List<String> stops(JsonNode body) {
        JsonNode stop = body.get("stop");
        List<String> out = new ArrayList<>();
        if (stop != null && stop.isTextual()) out.add(stop.asText());
        if (stop != null && stop.isArray()) stop.forEach(s -> out.add(s.asText()));
        return out;
    }

    /** What OpenAI sends with every answer: a request id, its processing time, version, and the rate-limit state. */
    static Map<String, String> headers(SplittableRandom random) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("x-request-id", "req_" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
        h.put("openai-processing-ms", String.valueOf(80 + random.nextInt(400)));
        h.put("openai-version", "2020-10-01");
        h.put("openai-organization", "org-cutover-model-like");
        h.put("x-ratelimit-limit-requests", "10000");
        h.put("x-ratelimit-remaining-requests", String.valueOf(9990 + random.nextInt(10)));
        h.put("x-ratelimit-reset-requests", (6 + random.nextInt(20)) + "ms");
        h.put("x-ratelimit-limit-tokens", "200000");
        h.put("x-ratelimit-remaining-tokens", String.valueOf(199000 + random.nextInt(1000)));
        h.put("x-ratelimit-reset-tokens", (8 + random.nextInt(20)) + "ms");
        return h;
    }
}

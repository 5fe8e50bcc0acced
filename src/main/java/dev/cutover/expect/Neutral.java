package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Dialect;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseEvent;
import java.util.List;

/**
 * A translated exchange in one vocabulary, so that the both-ways check can compare by value what a gateway sent in
 * another dialect. The words are OpenAI's, the content the few things every dialect carries:
 *
 * <ul>
 *   <li>a request: {@code model}, {@code system} (all system text, joined), {@code messages} ({@code role},
 *   {@code content} as text, {@code tool_calls} [{@code id, name, arguments} as JSON], {@code tool_call_id}),
 *   {@code max_tokens}, {@code temperature}, {@code top_p}, {@code stop} (a list), {@code stream}, {@code user},
 *   {@code tools} [{@code name, description, parameters}];</li>
 *   <li>an answer: {@code choices[0]} with {@code message.content}, {@code message.tool_calls} and
 *   {@code finish_reason}, and {@code usage} ({@code prompt_tokens} counting the whole prompt, cached tokens in
 *   {@code prompt_tokens_details.cached_tokens}, as OpenAI counts them).</li>
 * </ul>
 *
 * What a dialect cannot carry is left out ({@link #carried}), so that dropping it is no difference; mapping it
 * wrongly is.
 */
final class Neutral {
    private Neutral() {}

    /** A request body (and, for Gemini, its path) in the neutral words. */
    static ObjectNode request(Dialect dialect, JsonNode body, String path) {
        return switch (dialect) {
            case ANTHROPIC -> AnthropicNeutral.request(body);
            case GEMINI -> GeminiNeutral.request(body, path);
            case OPENAI -> openAiRequest(body);
        };
    }

    /** A whole answer (a JSON body, or Gemini's streamed array) in the neutral words. */
    static ObjectNode answer(Dialect dialect, JsonNode body) {
        return switch (dialect) {
            case ANTHROPIC -> AnthropicNeutral.answer(body);
            case GEMINI -> GeminiNeutral.answer(body.isArray() ? body : Json.MAPPER.createArrayNode().add(body));
            case OPENAI -> openAiAnswer(body);
        };
    }

    /** A stream's events in the neutral words, as a client assembles them. */
    static ObjectNode stream(Dialect dialect, List<SseEvent> events) {
        List<JsonNode> data = events.stream().filter(e -> !e.isDone()).flatMap(e -> Json.parse(e.data()).stream()).toList();
        return switch (dialect) {
            case ANTHROPIC -> AnthropicNeutral.stream(data);
            case GEMINI -> GeminiNeutral.answer(Json.MAPPER.valueToTree(data));
            case OPENAI -> openAiAnswer(StreamAssembly.of(data));
        };
    }

    /** Only what the upstream dialect can carry of a neutral request: Gemini has no tool-call ids. */
    static ObjectNode carried(ObjectNode request, Dialect upstream) {
        ObjectNode copy = request.deepCopy();
        if (upstream == Dialect.GEMINI) {
            copy.remove("user");
            for (JsonNode m : copy.path("messages")) {
                ((ObjectNode) m).remove("tool_call_id");
                if ("tool".equals(m.path("role").asText())) ((ObjectNode) m).remove("content");
                for (JsonNode call : m.path("tool_calls")) ((ObjectNode) call).remove("id");
            }
            // Gemini takes a subset of JSON Schema: gateways rewrite parameters, so only the names are compared.
            for (JsonNode tool : copy.path("tools")) ((ObjectNode) tool).remove(List.of("parameters", "description"));
        }
        return copy;
    }

    /** Tool-call ids out of a neutral answer: a dialect without them, or a gateway allowed to reissue them. */
    static void dropCallIds(ObjectNode answer) {
        for (JsonNode call : answer.path("choices").path(0).path("message").path("tool_calls")) ((ObjectNode) call).remove("id");
    }

    // ---- OpenAI ----

    private static ObjectNode openAiRequest(JsonNode body) {
        ObjectNode out = Json.object();
        copy(body, "model", out, "model");
        StringBuilder system = new StringBuilder();
        ArrayNode messages = out.putArray("messages");
        for (JsonNode m : body.path("messages")) {
            String role = m.path("role").asText();
            if (role.equals("system") || role.equals("developer")) {
                appendText(m.get("content"), system);
                continue;
            }
            ObjectNode n = messages.addObject().put("role", role);
            text(n, m.get("content"));
            for (JsonNode call : m.path("tool_calls")) {
                toolCall(n.withArray("tool_calls"), call.path("id").asText(null), call.path("function").path("name").asText(),
                        call.path("function").path("arguments"));
            }
            if (m.path("tool_call_id").isTextual()) n.put("tool_call_id", m.get("tool_call_id").textValue());
        }
        if (!system.isEmpty()) out.put("system", squeeze(system));
        copy(body, body.has("max_tokens") ? "max_tokens" : "max_completion_tokens", out, "max_tokens");
        copy(body, "temperature", out, "temperature");
        copy(body, "top_p", out, "top_p");
        JsonNode stop = body.path("stop");
        if (stop.isTextual()) out.putArray("stop").add(stop.textValue());
        else if (stop.isArray()) out.set("stop", stop);
        if (body.path("stream").asBoolean(false)) out.put("stream", true);
        copy(body, "user", out, "user");
        for (JsonNode t : body.path("tools")) {
            JsonNode f = t.path("function");
            if (!f.isObject()) continue;
            ObjectNode tool = out.withArray("tools").addObject().put("name", f.path("name").asText());
            if (f.path("description").isTextual()) tool.put("description", f.get("description").textValue());
            if (f.path("parameters").isObject()) tool.set("parameters", f.get("parameters"));
        }
        return out;
    }

    /** A chat completion (or what a stream assembles to) reduced to choice 0 and usage. */
    private static ObjectNode openAiAnswer(JsonNode completion) {
        ObjectNode out = Json.object();
        JsonNode choice = completion.path("choices").path(0);
        ObjectNode message = choice0(out);
        JsonNode m = choice.path("message");
        text(message, m.get("content"));
        for (JsonNode call : m.path("tool_calls")) {
            toolCall(message.withArray("tool_calls"), call.path("id").asText(null), call.path("function").path("name").asText(),
                    call.path("function").path("arguments"));
        }
        if (choice.path("finish_reason").isTextual()) ((ObjectNode) out.get("choices").get(0)).set("finish_reason", choice.get("finish_reason"));
        JsonNode u = completion.path("usage");
        if (u.isObject()) {
            usage(out, u.path("prompt_tokens").asInt(), u.path("completion_tokens").asInt(), u.path("total_tokens").asInt(),
                    u.path("prompt_tokens_details").path("cached_tokens").asInt(0));
        }
        return out;
    }

    // ---- shared by the dialect views ----

    /** A neutral answer's message, created as {@code choices[0].message}. */
    static ObjectNode choice0(ObjectNode answer) {
        ObjectNode choice = answer.putArray("choices").addObject();
        choice.put("index", 0);
        return choice.putObject("message");
    }

    static void usage(ObjectNode answer, int prompt, int completion, int total, int cached) {
        ObjectNode u = answer.putObject("usage");
        u.put("prompt_tokens", prompt).put("completion_tokens", completion).put("total_tokens", total);
        if (cached > 0) u.putObject("prompt_tokens_details").put("cached_tokens", cached);
    }

    /** A tool call with its arguments as a JSON value when they parse (a gateway may re-serialise them). */
    static void toolCall(ArrayNode calls, String id, String name, JsonNode arguments) {
        ObjectNode call = calls.addObject();
        if (id != null) call.put("id", id);
        call.put("type", "function");
        ObjectNode f = call.putObject("function").put("name", name);
        if (arguments.isTextual()) f.set("arguments", Json.parse(arguments.textValue()).orElse(arguments));
        else if (!arguments.isMissingNode() && !arguments.isNull()) f.set("arguments", arguments);
    }

    /** Sets {@code content} to the text of a string or of a list of parts, when there is any. */
    static void text(ObjectNode into, JsonNode content) {
        StringBuilder sb = new StringBuilder();
        appendText(content, sb);
        if (!sb.isEmpty()) into.put("content", sb.toString());
    }

    /** The text of a string, or of a list of parts (text blocks, Gemini parts; reasoning parts aside), joined. */
    static void appendText(JsonNode content, StringBuilder sb) {
        if (content == null) return;
        if (content.isTextual()) sb.append(content.textValue());
        else if (content.isArray()) {
            for (JsonNode part : content) {
                if (part.isTextual()) sb.append(part.textValue());
                else if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) sb.append(part.get("text").textValue());
            }
        }
    }

    /**
     * System text compares without its whitespace: gateways join several system messages, or a message's parts, each
     * in their own way (blocks, a blank line, nothing), and none of these changes what the model is told.
     */
    static String squeeze(CharSequence text) {
        return text.toString().replaceAll("\\s+", "");
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode v = from.get(field);
        if (v != null && !v.isNull()) to.set(as, v);
    }
}

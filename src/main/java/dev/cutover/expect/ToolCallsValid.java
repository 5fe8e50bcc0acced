package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tool_calls_valid: true} — the tool calls of every choice (a body's, or a stream's as it assembles) are calls
 * an agent can execute, whatever the model chose to put in them: each names a tool the request offered (the one
 * {@code tool_choice} named, when it named one), carries an id and type {@code function}, and its arguments parse as
 * JSON and meet that tool's {@code parameters} schema. When {@code tool_choice} forced a call ({@code required} or a
 * named function) there is one; with {@code none} there is none. A legacy {@code function_call} is held to the request's
 * {@code functions} the same way.
 */
record ToolCallsValid(Source source) implements Expectation {

    @Override
    public String describe() {
        return "tool calls are valid calls of the request's tools (arguments are JSON meeting the tool's schema)";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<List<JsonNode>> choices = Answer.choices(o);
        if (choices.failed()) return choices.problems();
        JsonNode request = Answer.request(o);
        Map<String, JsonNode> tools = new LinkedHashMap<>();
        request.path("tools").forEach(t -> tools.put(t.path("function").path("name").asText(), t.path("function").path("parameters")));
        Map<String, JsonNode> functions = new LinkedHashMap<>();
        request.path("functions").forEach(f -> functions.put(f.path("name").asText(), f.path("parameters")));
        JsonNode choice = request.path("tool_choice");
        String forcedTool = choice.path("function").path("name").isTextual() ? choice.path("function").path("name").asText() : null;
        String forcedFunction = request.path("function_call").path("name").isTextual()
                ? request.path("function_call").path("name").asText() : null;
        boolean forced = "required".equals(choice.asText()) || forcedTool != null || forcedFunction != null;
        List<String> problems = new ArrayList<>();
        for (JsonNode c : choices.value()) {
            String who = "choice " + c.path("index").asInt(0);
            JsonNode message = c.path("message");
            JsonNode calls = message.path("tool_calls");
            JsonNode function = message.path("function_call");
            boolean none = (!calls.isArray() || calls.isEmpty()) && !function.isObject();
            if ("none".equals(choice.asText()) && calls.isArray() && !calls.isEmpty()) {
                problems.add(who + ": tool_choice was none, yet the answer calls " + calls.get(0).path("function").path("name"));
            }
            if (forced && none) problems.add(who + ": no tool call, though the request forced one (" + forcing(request) + ")");
            for (JsonNode call : calls) toolCall(who, call, tools, forcedTool, problems);
            if (function.isObject()) call(who + ": function_call", function, functions, forcedFunction, problems);
        }
        return problems;
    }

    private static void toolCall(String who, JsonNode call, Map<String, JsonNode> tools, String forced, List<String> problems) {
        String name = call.path("function").path("name").asText("");
        String label = who + ": tool call " + (name.isEmpty() ? "#" + call.path("index").asInt(0) : name);
        if (!call.path("id").isTextual() || call.path("id").asText().isEmpty()) problems.add(label + ": no id (the tool result cannot name it)");
        if (!"function".equals(call.path("type").asText())) problems.add(label + ": type is " + call.path("type") + ", not \"function\"");
        call(label, call.path("function"), tools, forced, problems);
    }

    /** The name, then the arguments against the offered definition's parameters. */
    private static void call(String label, JsonNode function, Map<String, JsonNode> offered, String forced, List<String> problems) {
        String name = function.path("name").asText("");
        if (!offered.containsKey(name)) {
            problems.add(label + ": names " + Values.show(function.path("name")) + ", which the request did not offer (offered: "
                    + String.join(", ", offered.keySet()) + ")");
            return;
        }
        if (forced != null && !forced.equals(name)) problems.add(label + ": the request forced " + forced + ", the call names " + name);
        JsonNode args = Answer.arguments(function.path("arguments"), label, problems);
        if (args == null) return;
        JsonNode schema = offered.get(name);
        if (schema.isMissingNode() || schema.isNull()) return; // a tool without parameters takes anything
        RequestSchemas.violations(schema, args).forEach(v -> problems.add(label + ": arguments do not meet the tool's parameters: "
                + v + " (arguments: " + Values.cut(args.toString()) + ")"));
    }

    private static String forcing(JsonNode request) {
        return request.has("tool_choice") ? "tool_choice " + Values.show(request.get("tool_choice"))
                : "function_call " + Values.show(request.get("function_call"));
    }
}

package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderScript.ToolCall;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code stream.tool_calls: {equals: provider}} — the tool calls a client assembles from the stream
 * equal the scripted ones. As SDKs do, deltas are correlated by {@code index}: name and arguments are the
 * concatenation of every fragment (openai-python's reading: a name repeated in later deltas is doubled). Arguments compare
 * as JSON values, so a gateway may re-serialise them (spacing, key order) without failing.
 */
record ToolCallDeltas(Source source) implements Expectation {

    @Override
    public boolean readsScript() {
        return true;
    }

    @Override
    public String describe() {
        return "stream tool calls equal the provider's";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        if (context.provider() == null) return List.of("stream tool calls: no provider script to compare with");
        Lookup<List<JsonNode>> chunks = Response.chunks(o);
        if (chunks.failed()) return chunks.problems();
        List<String> problems = new ArrayList<>();
        Map<Integer, Assembled> calls = assemble(chunks.value(), problems);
        // SDKs place each call at its index: calls numbered 1, 2 (a translator counting content blocks) leave a hole at 0.
        List<Integer> indices = List.copyOf(calls.keySet());
        List<Integer> dense = java.util.stream.IntStream.range(0, calls.size()).boxed().toList();
        if (!indices.equals(dense)) problems.add("stream tool calls: indices " + indices + ", expected " + dense);
        List<ToolCall> expected = context.provider().toolCalls();
        if (calls.size() != expected.size()) {
            problems.add("stream tool calls: expected " + expected.size() + " call(s), assembled " + calls.size()
                    + " " + calls.values().stream().map(a -> a.name).toList());
            return problems;
        }
        int i = 0;
        for (Map.Entry<Integer, Assembled> e : calls.entrySet()) {
            compare(e.getKey(), e.getValue(), expected.get(i++), problems);
        }
        return problems;
    }

    private static Map<Integer, Assembled> assemble(List<JsonNode> chunks, List<String> problems) {
        Map<Integer, Assembled> calls = new TreeMap<>();
        for (int c = 0; c < chunks.size(); c++) {
            for (JsonNode delta : StreamChoices.first(chunks.get(c)).path("delta").path("tool_calls")) {
                if (!delta.path("index").isInt()) {
                    problems.add("stream tool calls: chunk " + (c + 1) + " has a tool-call delta without an index");
                    continue;
                }
                Assembled call = calls.computeIfAbsent(delta.get("index").asInt(), k -> new Assembled());
                JsonNode function = delta.path("function");
                // Appended, as openai-python's accumulator does: a name sent again arrives doubled (StreamAssembly).
                if (function.path("name").isTextual()) call.name = (call.name == null ? "" : call.name) + function.get("name").textValue();
                if (function.path("arguments").isTextual()) call.arguments.append(function.get("arguments").textValue());
            }
        }
        return calls;
    }

    private static void compare(int index, Assembled actual, ToolCall expected, List<String> problems) {
        String subject = "stream tool call " + index;
        problems.addAll(Predicate.equalTo(TextNode.valueOf(expected.name()))
                .test(subject + " name", Actual.json(actual.name == null ? null : TextNode.valueOf(actual.name))));
        String got = actual.arguments.toString();
        Optional<JsonNode> want = Json.parse(expected.arguments());
        if (want.isEmpty()) {
            // Scripted arguments that are not JSON can only be compared as text.
            if (!got.equals(expected.arguments())) {
                problems.add(subject + " arguments: expected " + Values.show(TextNode.valueOf(expected.arguments()))
                        + ", got " + Values.show(TextNode.valueOf(got)));
            }
            return;
        }
        Optional<JsonNode> parsed = Json.parse(got);
        if (parsed.isEmpty()) problems.add(subject + " arguments: assembled text is not JSON: " + Values.cut(got));
        else if (!Values.same(parsed.get(), want.get())) {
            problems.add(subject + " arguments: expected " + Values.show(want.get()) + ", got " + Values.show(parsed.get()));
        }
    }

    /** One tool call as assembled so far. */
    private static final class Assembled {
        String name;
        final StringBuilder arguments = new StringBuilder();
    }
}

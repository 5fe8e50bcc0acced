package dev.cutover.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The project's OpenAI schemas are written by hand from OpenAI's API description; this keeps their
 * {@code required} lists equal to the description's. The description is not shipped with the project,
 * so the test is skipped where it is absent (it sits beside the project as shared reference material).
 */
class SchemasMatchReferenceTest {
    private static final Path REFERENCE = Path.of("../shared/reference/openai-openapi.yaml");

    /** A sub-schema of ours and the reference component (and place within it) it was written from. */
    private record Pair(String schema, String pointer, String component, String componentPointer) {}

    private static final List<Pair> PAIRS = List.of(
            new Pair("chat.completion", "", "CreateChatCompletionResponse", ""),
            new Pair("chat.completion", "/properties/choices/items", "CreateChatCompletionResponse", "/properties/choices/items"),
            new Pair("chat.completion", "/$defs/Logprobs", "CreateChatCompletionResponse",
                    "/properties/choices/items/properties/logprobs/anyOf/0"),
            new Pair("chat.completion", "/$defs/Message", "ChatCompletionResponseMessage", ""),
            new Pair("chat.completion", "/$defs/Message/properties/annotations/items", "ChatCompletionResponseMessage",
                    "/properties/annotations/items"),
            new Pair("chat.completion", "/$defs/Message/properties/function_call", "ChatCompletionResponseMessage",
                    "/properties/function_call"),
            new Pair("chat.completion", "/$defs/Message/properties/audio", "ChatCompletionResponseMessage",
                    "/properties/audio/anyOf/0"),
            new Pair("chat.completion", "/$defs/ToolCall", "ChatCompletionMessageToolCall", ""),
            new Pair("chat.completion", "/$defs/ToolCall/properties/function", "ChatCompletionMessageToolCall", "/properties/function"),
            new Pair("chat.completion", "/$defs/CustomToolCall", "ChatCompletionMessageCustomToolCall", ""),
            new Pair("chat.completion", "/$defs/CustomToolCall/properties/custom", "ChatCompletionMessageCustomToolCall",
                    "/properties/custom"),
            new Pair("chat.completion", "/$defs/TokenLogprob", "ChatCompletionTokenLogprob", ""),
            new Pair("chat.completion", "/$defs/TokenLogprob/properties/top_logprobs/items", "ChatCompletionTokenLogprob",
                    "/properties/top_logprobs/items"),
            new Pair("chat.completion", "/$defs/Usage", "CompletionUsage", ""),
            new Pair("chat.completion.chunk", "", "CreateChatCompletionStreamResponse", ""),
            new Pair("chat.completion.chunk", "/properties/choices/items", "CreateChatCompletionStreamResponse",
                    "/properties/choices/items"),
            new Pair("chat.completion.chunk", "/properties/choices/items/properties/logprobs",
                    "CreateChatCompletionStreamResponse", "/properties/choices/items/properties/logprobs"),
            new Pair("chat.completion.chunk", "/$defs/Delta", "ChatCompletionStreamResponseDelta", ""),
            new Pair("chat.completion.chunk", "/$defs/ToolCallChunk", "ChatCompletionMessageToolCallChunk", ""),
            new Pair("chat.completion.chunk", "/$defs/Usage", "CompletionUsage", ""),
            new Pair("error", "", "ErrorResponse", ""),
            new Pair("error", "/properties/error", "Error", ""),
            new Pair("embedding.list", "", "CreateEmbeddingResponse", ""),
            new Pair("embedding.list", "/properties/usage", "CreateEmbeddingResponse", "/properties/usage"),
            new Pair("embedding.list", "/$defs/Embedding", "Embedding", ""),
            new Pair("model.list", "", "ListModelsResponse", ""),
            new Pair("model", "", "Model", ""),
            new Pair("response", "", "Response", ""),
            new Pair("response", "/$defs/Error", "ResponseError", "/anyOf/0"),
            new Pair("response", "/$defs/OutputMessage", "OutputMessage", ""),
            new Pair("response", "/$defs/OutputTextContent", "OutputTextContent", ""),
            new Pair("response", "/$defs/RefusalContent", "RefusalContent", ""),
            new Pair("response", "/$defs/LogProb", "LogProb", ""),
            new Pair("response", "/$defs/FunctionToolCall", "FunctionToolCall", ""),
            new Pair("response", "/$defs/Usage", "ResponseUsage", ""),
            new Pair("response", "/$defs/Usage/properties/input_tokens_details", "ResponseUsage", "/properties/input_tokens_details"),
            new Pair("response", "/$defs/Usage/properties/output_tokens_details", "ResponseUsage", "/properties/output_tokens_details"),
            // One definition of ours stands for the reference's events of the same shape: each must agree with it.
            new Pair("response.stream.event", "/$defs/ResponseEvent", "ResponseCreatedEvent", ""),
            new Pair("response.stream.event", "/$defs/ResponseEvent", "ResponseInProgressEvent", ""),
            new Pair("response.stream.event", "/$defs/ResponseEvent", "ResponseCompletedEvent", ""),
            new Pair("response.stream.event", "/$defs/ResponseEvent", "ResponseIncompleteEvent", ""),
            new Pair("response.stream.event", "/$defs/ResponseEvent", "ResponseFailedEvent", ""),
            new Pair("response.stream.event", "/$defs/ResponseEvent", "ResponseQueuedEvent", ""),
            new Pair("response.stream.event", "/$defs/OutputItemEvent", "ResponseOutputItemAddedEvent", ""),
            new Pair("response.stream.event", "/$defs/OutputItemEvent", "ResponseOutputItemDoneEvent", ""),
            new Pair("response.stream.event", "/$defs/ContentPartEvent", "ResponseContentPartAddedEvent", ""),
            new Pair("response.stream.event", "/$defs/ContentPartEvent", "ResponseContentPartDoneEvent", ""),
            new Pair("response.stream.event", "/$defs/TextDeltaEvent", "ResponseTextDeltaEvent", ""),
            new Pair("response.stream.event", "/$defs/TextDoneEvent", "ResponseTextDoneEvent", ""),
            new Pair("response.stream.event", "/$defs/ArgumentsDeltaEvent", "ResponseFunctionCallArgumentsDeltaEvent", ""),
            new Pair("response.stream.event", "/$defs/ArgumentsDoneEvent", "ResponseFunctionCallArgumentsDoneEvent", ""),
            new Pair("response.stream.event", "/$defs/ErrorEvent", "ResponseErrorEvent", ""));

    /** Written after Anthropic's Messages API reference, which has no description beside the project: see ClientApiSchemasTest. */
    private static final Set<String> NOT_OPENAI = Set.of("message", "message.stream.event", "anthropic.error");

    private static Map<String, Object> components;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readReference() throws IOException {
        assumeTrue(Files.exists(REFERENCE), "OpenAI API description not present beside the project");
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024); // the description is a few megabytes
        try (Reader r = Files.newBufferedReader(REFERENCE)) {
            Map<String, Object> root = new Yaml(options).load(r);
            components = (Map<String, Object>) ((Map<String, Object>) root.get("components")).get("schemas");
        }
    }

    @Test
    void requiredListsEqualTheReference() throws IOException {
        List<String> differences = new ArrayList<>();
        for (Pair p : PAIRS) {
            Set<String> ours = new TreeSet<>();
            schema(p.schema()).at(p.pointer()).path("required").forEach(n -> ours.add(n.textValue()));
            Set<String> theirs = referenceRequired(p.component(), p.componentPointer());
            if (!ours.equals(theirs)) {
                differences.add(p.schema() + "#" + p.pointer() + " " + ours + " but " + p.component() + p.componentPointer()
                        + " " + theirs);
            }
        }
        assertEquals(List.of(), differences);
    }

    /** Every "required" in our schemas is compared above, so a new one cannot slip past this test. */
    @Test
    void everyRequiredListIsCompared() throws IOException {
        for (String name : Schemas.NAMES) {
            if (NOT_OPENAI.contains(name)) continue;
            List<String> found = new ArrayList<>();
            collectRequired(schema(name), "", found);
            for (String pointer : found) {
                assertTrue(PAIRS.stream().anyMatch(p -> p.schema().equals(name) && p.pointer().equals(pointer)),
                        name + "#" + pointer + " has a required list with no reference component to compare with");
            }
        }
    }

    private static void collectRequired(JsonNode node, String pointer, List<String> found) {
        if (node.isObject()) {
            boolean inIf = pointer.endsWith("/if") || pointer.contains("/if/"); // an "if" only picks a branch
            if (node.has("required") && !inIf) found.add(pointer);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("required")) collectRequired(e.getValue(), pointer + "/" + e.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) collectRequired(node.get(i), pointer + "/" + i, found);
        }
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = SchemasMatchReferenceTest.class.getResourceAsStream("/schemas/" + name + ".json")) {
            return Json.MAPPER.readTree(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> referenceRequired(String component, String pointer) {
        Object node = components.get(component);
        for (String step : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(step)) : ((Map<String, Object>) node).get(step);
        }
        return required((Map<String, Object>) node);
    }

    /**
     * What an object must hold: its own required list and, for a composition such as Response (allOf three parts,
     * two of them references), every part's, so that a part gaining a required field is noticed.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> required(Map<String, Object> node) {
        Set<String> out = new TreeSet<>();
        if (node.get("$ref") instanceof String ref) return required((Map<String, Object>) components.get(ref.substring(ref.lastIndexOf('/') + 1)));
        if (node.get("required") instanceof List<?> list) list.forEach(n -> out.add((String) n));
        if (node.get("allOf") instanceof List<?> parts) parts.forEach(part -> out.addAll(required((Map<String, Object>) part)));
        return out;
    }
}

package dev.cutover.expect;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.cutover.yaml.YamlNode;
import java.util.List;

/** Reads {@code expect.stream} (docs/scenario-format.md): one expectation per key, in file order. */
final class StreamSection {
    static final List<String> KEYS = List.of("ends_with_done", "every_chunk", "content", "first_chunk",
            "last_chunk", "usage_chunk", "finish_reason", "tool_calls", "events", "well_formed", "signals_failure");

    /** The word that stands for "what the provider was scripted to send" in {@code equals: provider}. */
    private static final TextNode PROVIDER = TextNode.valueOf("provider");

    private StreamSection() {}

    static void parse(YamlNode stream, List<Expectation> out) {
        stream.onlyKeys(KEYS);
        ExpectationParser.nonEmpty(stream).forEach((key, value) -> {
            if (value.isNull()) throw value.error("needs a value");
            switch (key) {
                case "ends_with_done" -> out.add(new EndsWithDone(value.bool()));
                case "every_chunk" -> {
                    value.onlyKeys(List.of("schema"));
                    out.add(new EveryChunk(ExpectationParser.schemaName(value.require("schema"))));
                }
                case "content" -> {
                    Predicate p = Predicate.parse(value);
                    out.add(isProvider(p) ? StreamContent.ofProvider() : new StreamContent(p));
                }
                case "first_chunk", "last_chunk", "usage_chunk" -> {
                    ChunkPaths.Which which = ChunkPaths.Which.valueOf(key.toUpperCase());
                    JsonPathCheck.parseAll(value).forEach(c -> out.add(new ChunkPaths(which, c)));
                }
                case "finish_reason" -> out.add(new FinishReason(Predicate.parse(value)));
                case "tool_calls" -> {
                    if (!isProvider(Predicate.parse(value))) throw value.error("only 'equals: provider' is supported");
                    out.add(new ToolCallDeltas());
                }
                case "events" -> out.add(new EventCount(ExpectationParser.wholeNumberPredicate(value)));
                case "signals_failure" -> {
                    ExpectationParser.mustBeTrue(value);
                    out.add(new SignalsFailure());
                }
                default -> {
                    ExpectationParser.mustBeTrue(value);
                    out.add(new WellFormed());
                }
            }
        });
    }

    private static boolean isProvider(Predicate p) {
        return p.onlyEquals().map(PROVIDER::equals).orElse(false);
    }
}

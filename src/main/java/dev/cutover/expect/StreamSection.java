package dev.cutover.expect;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.cutover.yaml.YamlNode;
import java.util.List;

/** Reads {@code expect.stream} (docs/scenario-format.md): one expectation per key, in file order. */
final class StreamSection {
    static final List<String> KEYS = List.of("ends_with_done", "every_chunk", "content", "first_chunk",
            "last_chunk", "usage_chunk", "finish_reason", "tool_calls", "events", "choices", "well_formed", "signals_failure");

    /** The word that stands for "what the provider was scripted to send" in {@code equals: provider}. */
    private static final TextNode PROVIDER = TextNode.valueOf("provider");

    private StreamSection() {}

    static void parse(YamlNode stream, List<Expectation> out) {
        stream.onlyKeys(KEYS);
        ExpectationParser.nonEmpty(stream).forEach((key, value) -> {
            if (value.isNull()) throw value.error("needs a value");
            switch (key) {
                case "ends_with_done" -> out.add(new EndsWithDone(value.bool(), value.source()));
                case "every_chunk" -> ExpectationParser.nonEmpty(value).forEach((k, v) -> {
                    // "schema" names a schema; any other key is a JSON path every chunk must meet.
                    if (k.equals("schema")) out.add(new EveryChunk(ExpectationParser.schemaName(v), v.source()));
                    else out.add(new EveryChunkPath(JsonPathQuery.compile(k, v), Predicate.parse(v), v.source()));
                });
                case "content" -> {
                    Predicate p = Predicate.parse(value);
                    out.add(isProvider(p) ? new ProviderContent(value.source())
                            : new Assertion(new StreamContentQuery(), p, value.source()));
                }
                case "first_chunk", "last_chunk", "usage_chunk" -> {
                    ChunkPathQuery.Which which = ChunkPathQuery.Which.valueOf(key.toUpperCase(java.util.Locale.ROOT));
                    JsonPathQuery.parseAll(value).forEach(e ->
                            out.add(new Assertion(new ChunkPathQuery(which, e.path()), e.predicate(), e.node().source())));
                }
                case "finish_reason" -> out.add(new Assertion(new FinishReasonQuery(), Predicate.parse(value), value.source()));
                case "tool_calls" -> {
                    if (!isProvider(Predicate.parse(value))) throw value.error("only 'equals: provider' is supported");
                    out.add(new ToolCallDeltas(value.source()));
                }
                case "events" -> out.add(new Assertion(new EventCountQuery(), ExpectationParser.wholeNumberPredicate(value, 0, Integer.MAX_VALUE, "events"), value.source()));
                case "choices" -> out.add(new Assertion(new StreamChoiceCount(),
                        ExpectationParser.wholeNumberPredicate(value, 0, Integer.MAX_VALUE, "choices"), value.source()));
                case "signals_failure" -> {
                    ExpectationParser.mustBeTrue(value);
                    out.add(new SignalsFailure(value.source()));
                }
                default -> {
                    ExpectationParser.mustBeTrue(value);
                    out.add(new WellFormed(value.source()));
                }
            }
        });
    }

    private static boolean isProvider(Predicate p) {
        return p.onlyEquals().map(PROVIDER::equals).orElse(false);
    }
}

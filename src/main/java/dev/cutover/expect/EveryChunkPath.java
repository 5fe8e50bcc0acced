package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.SseEvent;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code stream.every_chunk: {path: P}} — a JSON path holds in every chunk of the stream ([DONE] aside):
 * how to say what must never appear ({@code "$.usage": {absent: true}} when no usage was asked for).
 */
record EveryChunkPath(JsonPathQuery path, Predicate predicate, Source source) implements Expectation {
    private static final int MAX_PROBLEMS = 10;

    @Override
    public String describe() {
        return "every stream chunk " + path.path() + " " + predicate.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        // Absence is only proven by a stream that ended: a hung or cut-off one may not have sent the chunk yet.
        Optional<String> unfinished = Response.unfinished(o);
        if (unfinished.isPresent()) return List.of(unfinished.get());
        Lookup<List<SseEvent>> events = Response.events(o);
        if (events.failed()) return events.problems();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < events.value().size() && problems.size() <= MAX_PROBLEMS; i++) {
            SseEvent e = events.value().get(i);
            if (e.isDone()) continue;
            String subject = "event " + (i + 1) + " " + path.path();
            Optional<JsonNode> chunk = Json.parse(e.data());
            if (chunk.isEmpty()) {
                problems.add("event " + (i + 1) + ": data is not JSON: " + Values.cut(e.data()));
                continue;
            }
            Lookup<Actual> actual = path.read(chunk.get(), subject);
            problems.addAll(actual.failed() ? actual.problems() : predicate.test(subject, actual.value()));
        }
        return problems.size() <= MAX_PROBLEMS ? problems : List.copyOf(problems.subList(0, MAX_PROBLEMS));
    }
}

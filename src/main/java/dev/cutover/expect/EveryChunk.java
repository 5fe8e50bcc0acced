package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.SseEvent;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code stream.every_chunk: {schema: name}} — every data event except [DONE] is JSON meeting the schema. */
record EveryChunk(String schema, Source source) implements Expectation {

    /** Past this many, one broken field in every chunk would bury the report. */
    private static final int MAX_PROBLEMS = 10;

    @Override
    public String describe() {
        return "every stream chunk matches schema " + schema;
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<List<SseEvent>> events = Response.events(o);
        if (events.failed()) return events.problems();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < events.value().size(); i++) {
            SseEvent e = events.value().get(i);
            if (e.isDone()) continue;
            String where = "event " + (i + 1) + ": ";
            Optional<JsonNode> chunk = Json.parse(e.data());
            if (chunk.isEmpty()) problems.add(where + "data is not JSON: " + Values.cut(e.data()));
            else Schemas.validate(schema, chunk.get()).forEach(m -> problems.add(where + "schema " + schema + ": " + m));
        }
        if (problems.size() <= MAX_PROBLEMS) return problems;
        List<String> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        shown.add("… and " + (problems.size() - MAX_PROBLEMS) + " more");
        return shown;
    }
}

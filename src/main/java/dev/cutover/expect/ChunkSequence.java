package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * The chunks of one chat completion stream agree with each other as OpenAI's API description says they do: every chunk
 * has the same {@code id} and the same {@code created} ("Each chunk has the same ID", "Each chunk has the same
 * timestamp"), and a non-null {@code usage} comes in one chunk only, the last ("All other chunks will also include a
 * usage field, but with a null value"). A schema sees one chunk at a time and cannot tell; clients key a completion by
 * its id, and add usage up chunk by chunk (LangChain does), so a gateway that mints an id per chunk or repeats the usage
 * chunk breaks them. The runner adds this check to every streamed step, as it adds {@link Transparency}.
 *
 * <p>Only {@code chat.completion.chunk} objects are read: an error event, a Responses or Messages event is no chunk.
 * A stream that broke off or carried no chunks is for the other checks to judge.
 */
record ChunkSequence(Source source) implements Expectation {
    static final String CHUNK = "chat.completion.chunk";

    @Override
    public String describe() {
        return "the stream's chunks share one id and one created, and carry usage once, last";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        if (!o.isStream()) return List.of();
        Lookup<List<JsonNode>> all = Response.chunks(o);
        if (all.failed()) return List.of();
        List<JsonNode> chunks = all.value().stream().filter(c -> CHUNK.equals(c.path("object").asText(null))).toList();
        List<String> problems = new ArrayList<>();
        same(chunks, "id", problems);
        same(chunks, "created", problems);
        List<Integer> usage = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) if (chunks.get(i).hasNonNull("usage")) usage.add(i + 1);
        if (usage.size() > 1) {
            problems.add("usage: " + usage.size() + " chunks carry it (chunks " + usage + " of " + chunks.size()
                    + "); the reference sends it in one, the last, and null in every other");
        } else if (usage.size() == 1 && usage.get(0) != chunks.size()) {
            problems.add("usage: chunk " + usage.get(0) + " of " + chunks.size() + " carries it; the reference sends it in the last");
        }
        return problems;
    }

    /** The first chunk whose field differs from the first chunk's value; one line, as one difference repeats. */
    private static void same(List<JsonNode> chunks, String field, List<String> problems) {
        if (chunks.isEmpty()) return;
        JsonNode first = chunks.get(0).path(field);
        for (int i = 1; i < chunks.size(); i++) {
            JsonNode here = chunks.get(i).path(field);
            if (first.isMissingNode() || here.isMissingNode() || Values.same(first, here)) continue;
            long differing = chunks.stream().filter(c -> !c.path(field).isMissingNode() && !Values.same(first, c.path(field))).count();
            problems.add(field + ": chunk " + (i + 1) + " has " + Values.show(here) + ", chunk 1 had " + Values.show(first) + " ("
                    + differing + " of " + chunks.size() + " chunks differ); every chunk of a completion has the same " + field);
            return;
        }
    }
}

package dev.cutover.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.cutover.scenario.Scenario;
import dev.cutover.scenario.Step;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.SseEvent;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running count behind a {@link Bill}: every request a runner sends, by the model its body names, with the tokens
 * its answer's usage reports (a body's {@code usage}, a stream's usage chunk); and the {@link Cap} a scenario must fit
 * under to be started. Synchronised: a session's runner is shared with the thread that judges answers.
 */
final class Spending {
    /** Reads one value in the middle of a document: what follows it is the rest of the document, not trailing junk. */
    private static final ObjectReader PART = Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final boolean real;
    private final Map<String, long[]> byModel = new TreeMap<>();
    private Cap cap;
    private int notRun;

    Spending(boolean real) {
        this.real = real;
        this.cap = real ? Cap.REAL_DEFAULT : Cap.NONE;
    }

    synchronized void limit(Cap c) {
        cap = c;
    }

    /** Why the scenario is not started, or null when all its requests fit under the cap. */
    synchronized String refusal(Scenario s) {
        return refusal(s, 1);
    }

    /** The same for a scenario about to run {@code times} times in a row (a compare's baseline runs twice). */
    synchronized String refusal(Scenario s, int times) {
        long[] sum = totals();
        int needs = times * s.steps().stream().mapToInt(Spending::requests).sum();
        String why = null;
        if (sum[0] + needs > cap.maxRequests()) {
            why = String.format(Locale.ROOT, "not run: the request cap is reached (%,d of %,d requests sent, this scenario needs %d; "
                    + "raise --max-requests)", sum[0], cap.maxRequests(), needs);
        } else if (sum[1] >= cap.maxTokens()) {
            why = String.format(Locale.ROOT, "not run: the token cap is reached (%,d of %,d tokens used; raise --max-tokens)",
                    sum[1], cap.maxTokens());
        }
        if (why != null) notRun++;
        return why;
    }

    synchronized void record(Observation o) {
        long[] line = byModel.computeIfAbsent(model(o), m -> new long[3]);
        line[0]++;
        JsonNode usage = usage(o);
        if (usage == null) return;
        line[1] += Math.max(0, usage.path("prompt_tokens").asLong(0));
        line[2] += Math.max(0, usage.path("completion_tokens").asLong(0));
    }

    synchronized Bill bill() {
        List<Bill.Line> lines = byModel.entrySet().stream()
                .map(e -> new Bill.Line(e.getKey(), (int) e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Bill(real, lines, cap, notRun);
    }

    private long[] totals() {
        long requests = 0;
        long tokens = 0;
        for (long[] l : byModel.values()) {
            requests += l[0];
            tokens += l[1] + l[2];
        }
        return new long[] {requests, tokens};
    }

    private static int requests(Step step) {
        return step.request().repeat() == null ? 1 : step.request().repeat().max();
    }

    private static String model(Observation o) {
        JsonNode body = o.request() == null || o.request().body() == null ? null : Json.parse(o.request().body()).orElse(null);
        return body != null && body.path("model").isTextual() ? body.get("model").textValue() : "(none)";
    }

    /** The usage the answer reports, or null: the body's, or the last stream chunk that carries one. */
    private static JsonNode usage(Observation o) {
        // A body past the capture bound is cut, so its usage cannot be read whole.
        if (o.cut() != null) return null;
        if (!o.events().isEmpty()) {
            JsonNode found = null;
            for (SseEvent e : o.events()) {
                if (e.isDone()) continue;
                JsonNode chunk = usageOf(e.data());
                if (chunk != null) found = chunk;
            }
            return found;
        }
        return usageOf(o.body());
    }

    /**
     * The top-level {@code usage} object of a JSON text, read without building the rest: the bill reads every answer,
     * and a broken gateway's may be megabytes (building its tree grew a hostile compare's peak memory by half).
     */
    private static JsonNode usageOf(String json) {
        if (json == null || json.isBlank()) return null;
        try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("usage".equals(name) && value == JsonToken.START_OBJECT) return PART.readTree(p);
                p.skipChildren();
            }
        } catch (IOException e) {
            return null; // not JSON, or broken part-way: no usage to count
        }
        return null;
    }
}

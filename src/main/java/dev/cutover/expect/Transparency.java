package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Dialect;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderReply;
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.SseReader;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What passed through the gateway arrived unchanged, both ways, by value — checked on every step that reached
 * cutover's mock, without a line in the scenario: every field the client sent reached the provider with the
 * same value, and the provider's status, error type and code, message (or the message a stream assembles to:
 * content, refusal, reasoning, tool and function calls with their arguments as JSON values, finish reason, log
 * probabilities), service tier, usage
 * and scripted headers reached the client. What a gateway may change is a typed {@link Allowance}; JSON
 * re-serialisation, key order, number spelling, re-chunking and nulls written as absent never count.
 */
record Transparency(Source source) implements Expectation {

    @Override
    public String describe() {
        return "the gateway passes request and answer on unchanged";
    }

    @Override
    public boolean readsUpstream() {
        return true;
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        // A burst's observation is its last request's, which the gateway may have answered itself.
        if (context.repeated() || o.upstream() == null || o.status() == 0) return List.of();
        // Only this step's requests: earlier steps of the scenario are filed under the same exchange key.
        if (o.upstream().size() <= context.upstreamBefore()) return List.of(); // the gateway answered itself (a cache hit)
        ReceivedRequest last = o.upstream().get(o.upstream().size() - 1);
        // A gateway that translated (the provider received another dialect than the client spoke) is compared in
        // one vocabulary: what is legitimately translation is no difference, what is mistranslated is.
        Dialect upstream = Dialect.ofPath(last.path());
        Dialect client = o.request() == null ? Dialect.OPENAI : Dialect.ofUrl(o.request().url());
        if (upstream != client) return Translated.check(o, last, context, client, upstream);
        Set<Allowance> allowed = context.allowances();
        List<String> problems = new ArrayList<>();
        if (!allowed.contains(Allowance.REQUEST_FIELDS)) request(o, last, allowed, problems);
        ProviderReply reply = last.reply();
        // A dropped or unknown answer, or a client that did not read it whole, is for the other checks to judge.
        if (reply != null && !reply.dropped() && reply.status() > 0 && o.transportError() == null) {
            answer(o, reply, context, problems);
        }
        return problems.stream().limit(ValueDiff.MAX).toList();
    }

    private static void request(Observation o, ReceivedRequest last, Set<Allowance> allowed, List<String> problems) {
        Optional<JsonNode> sent = o.request() == null ? Optional.empty() : Json.parse(o.request().body());
        if (sent.isEmpty() || sent.get().toString().contains("***")) return; // nothing sent, or masked in our copy
        Optional<JsonNode> received = Json.parse(last.body());
        List<String> diffs = new ArrayList<>();
        if (received.isEmpty()) {
            diffs.add("$: sent a JSON body, the provider received " + (last.body() == null || last.body().isEmpty() ? "none"
                    : "no JSON: " + Values.cut(last.body())));
        } else {
            Set<String> skip = allowed.contains(Allowance.MODEL_NAME) ? Set.of("$.model") : Set.of();
            ValueDiff.compare("$", sent.get(), received.get(), skip, "the client sent", "the provider received", diffs);
        }
        diffs.forEach(d -> problems.add("request " + d));
    }

    private static void answer(Observation o, ProviderReply reply, ExpectContext context, List<String> problems) {
        Set<Allowance> allowed = context.allowances();
        if (reply.status() != o.status()) {
            problems.add("answer status: the provider sent " + reply.status() + ", the client received " + o.status());
            return;
        }
        if (!allowed.contains(Allowance.PROVIDER_HEADERS)) headers(o, reply, context, problems);
        List<String> diffs = new ArrayList<>();
        if (reply.isStream()) {
            if (!o.events().isEmpty()) {
                ValueDiff.compare("$", assembled(SseReader.of(reply.body()).events()), assembled(o.events()),
                        skipped(allowed), "the provider sent", "the client received", diffs);
            }
        } else {
            Optional<JsonNode> sent = Json.parse(reply.body());
            Optional<JsonNode> received = Json.parse(o.body());
            if (sent.isPresent() && received.isPresent()) {
                ValueDiff.compare("$", normalised(sent.get()), normalised(received.get()), skipped(allowed),
                        "the provider sent", "the client received", diffs);
            } else if (sent.isPresent()) {
                diffs.add("$: the provider sent JSON, the client received " + (o.body().isEmpty() ? "nothing" : Values.cut(o.body())));
            }
        }
        diffs.forEach(d -> problems.add("answer " + d));
    }

    /** Headers the scenario's provider script set: what the gateway must pass on (Retry-After, rate limits). */
    static void headers(Observation o, ProviderReply reply, ExpectContext context, List<String> problems) {
        if (context.provider() == null) return;
        for (Map.Entry<String, String> h : context.provider().headers().entrySet()) {
            String sent = HeaderQuery.joined(reply.headers().all(h.getKey()));
            String got = HeaderQuery.joined(o.headers().all(h.getKey()));
            if (sent != null && !sent.equals(got)) {
                problems.add("answer header " + h.getKey().toLowerCase(java.util.Locale.ROOT) + ": the provider sent \"" + sent
                        + "\", the client received " + (got == null ? "nothing" : "\"" + got + "\""));
            }
        }
    }

    private static JsonNode assembled(List<SseEvent> events) {
        List<JsonNode> chunks = events.stream().filter(e -> !e.isDone()).flatMap(e -> Json.parse(e.data()).stream()).toList();
        return StreamAssembly.of(chunks);
    }

    /**
     * A whole answer with its tool-call and function-call arguments read as JSON, so a re-serialised argument string
     * is the same value.
     */
    private static JsonNode normalised(JsonNode body) {
        JsonNode copy = body.deepCopy();
        for (JsonNode choice : copy.path("choices")) {
            JsonNode function = choice.path("message").path("function_call");
            if (function.isObject()) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) choice.get("message"))
                        .set("function_call", StreamAssembly.parsedFunction((com.fasterxml.jackson.databind.node.ObjectNode) function));
            }
            JsonNode calls = choice.path("message").path("tool_calls");
            for (int i = 0; i < calls.size(); i++) {
                if (calls.get(i).isObject()) ((com.fasterxml.jackson.databind.node.ArrayNode) calls)
                        .set(i, StreamAssembly.parsedArguments((com.fasterxml.jackson.databind.node.ObjectNode) calls.get(i)));
            }
        }
        return copy;
    }

    private static Set<String> skipped(Set<Allowance> allowed) {
        Set<String> skip = new HashSet<>();
        if (allowed.contains(Allowance.RESPONSE_IDS)) skip.addAll(List.of("$.id", "$.created", "$.system_fingerprint"));
        if (allowed.contains(Allowance.MODEL_NAME)) skip.add("$.model");
        if (allowed.contains(Allowance.ERROR_MESSAGE)) skip.add("$.error.message");
        if (allowed.contains(Allowance.ERROR_VOCABULARY)) skip.addAll(List.of("$.error.type", "$.error.code", "$.error.param"));
        return skip;
    }
}

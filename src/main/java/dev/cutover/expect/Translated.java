package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Dialect;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderReply;
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.wire.SseReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The both-ways check of a step whose gateway translated: the client spoke one dialect, the provider received
 * another. Both sides are read into the neutral words ({@link Neutral}) and compared by value as
 * {@link Transparency} compares an untranslated step: every field the client sent that the provider's dialect can
 * carry arrives with the same value; the provider's content, tool calls (name, arguments as JSON, and the id where
 * both dialects have one), finish reason and usage reach the client as the reference mapping says; its status (an
 * Anthropic 529 may arrive as OpenAI's overloaded 503) and its scripted headers too. An error's type and code are
 * not compared: each dialect has its own vocabulary (the scenarios check the envelope the client gets).
 * Problems name the provider's dialect: {@code answer (anthropic as openai) $.usage.prompt_tokens: the provider sent
 * 100, the client received 40} — the provider's value in OpenAI's terms.
 */
final class Translated {
    private Translated() {}

    static List<String> check(Observation o, ReceivedRequest last, ExpectContext context, Dialect client, Dialect upstream) {
        Set<Allowance> allowed = context.allowances();
        String as = "(" + upstream.word() + " as " + client.word() + ")";
        List<String> problems = new ArrayList<>();
        if (!allowed.contains(Allowance.REQUEST_FIELDS)) request(o, last, allowed, client, upstream, as, problems);
        ProviderReply reply = last.reply();
        if (reply != null && !reply.dropped() && reply.status() > 0 && o.transportError() == null) {
            answer(o, reply, context, client, upstream, as, problems);
        }
        return problems.stream().limit(ValueDiff.MAX).toList();
    }

    private static void request(Observation o, ReceivedRequest last, Set<Allowance> allowed, Dialect client, Dialect upstream,
                                String as, List<String> problems) {
        Optional<JsonNode> sent = o.request() == null ? Optional.empty() : Json.parse(o.request().body());
        if (sent.isEmpty() || sent.get().toString().contains("***")) return; // nothing sent, or masked in our copy
        Optional<JsonNode> received = Json.parse(last.body());
        if (received.isEmpty()) {
            problems.add("request " + as + " $: sent a JSON body, the provider received "
                    + (last.body() == null || last.body().isEmpty() ? "none" : "no JSON: " + Values.cut(last.body())));
            return;
        }
        ObjectNode said = Neutral.carried(Neutral.request(client, sent.get(), path(o.request().url())), upstream);
        ObjectNode heard = Neutral.request(upstream, received.get(), last.path());
        Set<String> skip = allowed.contains(Allowance.MODEL_NAME) ? Set.of("$.model") : Set.of();
        List<String> diffs = new ArrayList<>();
        ValueDiff.compare("$", said, heard, skip, "the client sent", "the provider received", diffs);
        diffs.forEach(d -> problems.add("request " + as + " " + d));
    }

    private static void answer(Observation o, ProviderReply reply, ExpectContext context, Dialect client, Dialect upstream,
                               String as, List<String> problems) {
        boolean overloaded = upstream == Dialect.ANTHROPIC && reply.status() == 529 && o.status() == 503;
        if (reply.status() != o.status() && !overloaded) {
            problems.add("answer status: the provider sent " + reply.status() + ", the client received " + o.status());
            return;
        }
        if (!context.allowances().contains(Allowance.PROVIDER_HEADERS)) Transparency.headers(o, reply, context, problems);
        if (reply.status() >= 300) return;
        Optional<ObjectNode> sent = providerView(upstream, reply);
        if (sent.isEmpty()) return; // no answer to read: the other checks judge it
        Optional<ObjectNode> got = clientView(client, o);
        if (got.isEmpty()) {
            problems.add("answer " + as + " $: the provider sent an answer, the client received "
                    + (o.body().isEmpty() ? "nothing" : "no " + client.word() + " answer: " + Values.cut(o.body())));
            return;
        }
        ObjectNode provider = sent.get();
        // An OpenAI client gets a stream's usage only when it asks for it (stream_options.include_usage).
        if (client == Dialect.OPENAI && o.isStream() && !asksUsage(o)) provider.remove("usage");
        if (context.allowances().contains(Allowance.TOOL_CALL_IDS) || client == Dialect.GEMINI || upstream == Dialect.GEMINI) {
            Neutral.dropCallIds(provider);
        }
        List<String> diffs = new ArrayList<>();
        ValueDiff.compare("$", provider, got.get(), Set.of(), "the provider sent", "the client received", diffs);
        diffs.forEach(d -> problems.add("answer " + as + " " + d));
    }

    /** The provider's side: an event stream's events, or a JSON body (a Gemini stream without alt=sse is one array). */
    private static Optional<ObjectNode> providerView(Dialect dialect, ProviderReply reply) {
        if (reply.isStream()) return Optional.of(Neutral.stream(dialect, SseReader.of(reply.body()).events()));
        return Json.parse(reply.body()).filter(n -> n.isObject() || n.isArray()).map(n -> Neutral.answer(dialect, n));
    }

    /** The client's side: the events it read, or its JSON body. */
    private static Optional<ObjectNode> clientView(Dialect dialect, Observation o) {
        if (o.isStream()) return o.events().isEmpty() ? Optional.empty() : Optional.of(Neutral.stream(dialect, o.events()));
        return Json.parse(o.body()).filter(JsonNode::isObject).map(n -> Neutral.answer(dialect, n));
    }

    private static boolean asksUsage(Observation o) {
        return o.request() != null && Json.parse(o.request().body())
                .map(b -> b.path("stream_options").path("include_usage").asBoolean(false)).orElse(false);
    }

    private static String path(String url) {
        try {
            return URI.create(url).getPath();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}

package dev.cutover.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderReply;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.wire.SentRequest;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.SseReader;
import dev.cutover.yaml.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The both-ways check of a translated step: an OpenAI client behind a gateway that speaks Anthropic or Gemini to the
 * provider. Right translations are no difference; each mistranslation a gateway is known to make is one.
 */
class TranslatedTest {
    private static final Transparency CHECK = new Transparency(new Source(Path.of("s.yaml"), 1));
    private static final ExpectContext CONTEXT = new ExpectContext(ProviderScript.DEFAULT, "sk-client");

    private static final String CLIENT_REQUEST = """
            {"model":"claude-x","max_tokens":64,"stop":"END","messages":[
              {"role":"system","content":"Be brief."},{"role":"user","content":"Weather?"}],
             "tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object"}}}]}""";
    private static final String ANTHROPIC_REQUEST = """
            {"model":"claude-x","max_tokens":64,"stop_sequences":["END"],"system":"Be brief.",
             "messages":[{"role":"user","content":"Weather?"}],
             "tools":[{"name":"get_weather","input_schema":{"type":"object"}}]}""";
    private static final String ANTHROPIC_MESSAGE = """
            {"id":"msg_1","type":"message","role":"assistant","model":"claude-x","stop_reason":"tool_use",
             "content":[{"type":"text","text":"Checking."},
               {"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"city":"Paris"}}],
             "usage":{"input_tokens":30,"cache_read_input_tokens":60,"cache_creation_input_tokens":10,"output_tokens":20}}""";

    private static String completion(String finish, int prompt, String arguments) {
        return """
                {"id":"c","object":"chat.completion","created":1,"model":"claude-x","choices":[{"index":0,
                 "message":{"role":"assistant","content":"Checking.","tool_calls":[{"id":"toolu_1","type":"function",
                 "function":{"name":"get_weather","arguments":%s}}]},"finish_reason":"%s"}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":20,"total_tokens":%d,"prompt_tokens_details":{"cached_tokens":60}}}"""
                .formatted(arguments, finish, prompt, prompt + 20);
    }

    private static Observation observed(String clientRequest, int status, String clientBody, List<SseEvent> events,
                                        String upstreamPath, String upstreamRequest, ProviderReply reply) {
        SentRequest sent = new SentRequest("POST", "http://gateway/v1/chat/completions", Headers.EMPTY, clientRequest);
        String type = events.isEmpty() ? "application/json" : "text/event-stream";
        ReceivedRequest received = new ReceivedRequest("POST", upstreamPath, null, Headers.EMPTY, upstreamRequest, 0L, reply);
        return new Observation(sent, status, Headers.of(Map.of("content-type", List.of(type))), clientBody, events, List.of(),
                Observations.TIMINGS, null, List.of(received));
    }

    private static ProviderReply json(int status, String body) {
        return new ProviderReply(status, Headers.of(Map.of("content-type", List.of("application/json"))), body, false);
    }

    private static List<String> anthropic(String clientRequest, String upstreamRequest, int status, String clientBody) {
        return CHECK.check(observed(clientRequest, status, clientBody, List.of(), "/v1/messages", upstreamRequest,
                json(200, ANTHROPIC_MESSAGE)), CONTEXT);
    }

    @Test
    void aFaithfulTranslationIsNoDifference() {
        assertEquals(List.of(), anthropic(CLIENT_REQUEST, ANTHROPIC_REQUEST, 200, completion("tool_calls", 100, "\"{\\\"city\\\": \\\"Paris\\\"}\"")));
    }

    @Test
    void aWrongFinishReasonIsNamedInTheProvidersTerms() {
        assertEquals(List.of("answer (anthropic as openai) $.choices[0].finish_reason: the provider sent \"tool_calls\", the client received \"stop\""),
                anthropic(CLIENT_REQUEST, ANTHROPIC_REQUEST, 200, completion("stop", 100, "\"{\\\"city\\\":\\\"Paris\\\"}\"")));
    }

    @Test
    void cacheTokensLeftOutOfThePromptAreADifference() {
        List<String> problems = anthropic(CLIENT_REQUEST, ANTHROPIC_REQUEST, 200, completion("tool_calls", 30, "\"{\\\"city\\\":\\\"Paris\\\"}\""));
        assertTrue(problems.contains("answer (anthropic as openai) $.usage.prompt_tokens: the provider sent 100, the client received 30"),
                problems::toString);
    }

    @Test
    void aStopStringNotTurnedIntoAListIsADifference() {
        String single = ANTHROPIC_REQUEST.replace("[\"END\"]", "\"END\"");
        assertEquals(List.of("request (anthropic as openai) $.stop: the client sent [\"END\"], the provider received \"END\""),
                anthropic(CLIENT_REQUEST, single, 200, completion("tool_calls", 100, "\"{\\\"city\\\":\\\"Paris\\\"}\"")));
    }

    @Test
    void overloadedMayBecomeOpenAisOverloadedButNotAPlainServerError() {
        String error = "{\"error\":{\"message\":\"Overloaded\",\"type\":\"server_error\",\"param\":null,\"code\":null}}";
        ProviderReply overloaded = json(529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
        assertEquals(List.of(), CHECK.check(observed(CLIENT_REQUEST, 503, error, List.of(), "/v1/messages", ANTHROPIC_REQUEST, overloaded), CONTEXT));
        assertEquals(List.of("answer status: the provider sent 529, the client received 500"),
                CHECK.check(observed(CLIENT_REQUEST, 500, error, List.of(), "/v1/messages", ANTHROPIC_REQUEST, overloaded), CONTEXT));
    }

    @Test
    void aStreamIsComparedAsBothSidesAssembleIt() {
        String anthropicStream = """
                event: message_start
                data: {"type":"message_start","message":{"id":"m","role":"assistant","content":[],"usage":{"input_tokens":12,"output_tokens":1}}}

                event: content_block_start
                data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi "}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"there"}}

                event: message_delta
                data: {"type":"message_delta","delta":{"stop_reason":"max_tokens"},"usage":{"output_tokens":2}}

                event: message_stop
                data: {"type":"message_stop"}

                """;
        ProviderReply reply = new ProviderReply(200, Headers.of(Map.of("content-type", List.of("text/event-stream"))), anthropicStream, false);
        String request = "{\"model\":\"claude-x\",\"max_tokens\":2,\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
        String upstream = "{\"model\":\"claude-x\",\"max_tokens\":2,\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
        String right = chunks("length");
        Observation faithful = observed(request, 200, right, SseReader.of(right).events(), "/v1/messages", upstream, reply);
        assertEquals(List.of(), CHECK.check(faithful, CONTEXT));
        String wrong = chunks("max_tokens"); // the provider's word passed on untranslated
        Observation passedOn = observed(request, 200, wrong, SseReader.of(wrong).events(), "/v1/messages", upstream, reply);
        assertEquals(List.of("answer (anthropic as openai) $.choices[0].finish_reason: the provider sent \"length\", the client received \"max_tokens\""),
                CHECK.check(passedOn, CONTEXT));
    }

    private static String chunks(String finish) {
        String chunk = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"claude-x\",\"choices\":[{\"index\":0,\"delta\":%s,\"finish_reason\":%s}]}\n\n";
        return chunk.formatted("{\"role\":\"assistant\",\"content\":\"Hi \"}", "null")
                + chunk.formatted("{\"content\":\"there\"}", "null")
                + chunk.formatted("{}", "\"" + finish + "\"")
                + "data: [DONE]\n\n";
    }

    @Test
    void geminiCarriesNoCallIdsSoNoneAreCompared() {
        String request = "{\"model\":\"gemini-x\",\"messages\":[{\"role\":\"user\",\"content\":\"Weather?\"}]}";
        String upstream = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Weather?\"}]}]}";
        String answer = """
                {"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"name":"get_weather","args":{"city":"Paris"}}}]},
                 "finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":9,"candidatesTokenCount":4,"totalTokenCount":13}}""";
        String client = """
                {"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_made_up",
                 "type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]},"finish_reason":"%s"}],
                 "usage":{"prompt_tokens":9,"completion_tokens":4,"total_tokens":13}}""";
        String path = "/v1beta/models/gemini-x:generateContent";
        assertEquals(List.of(), CHECK.check(observed(request, 200, client.formatted("tool_calls"), List.of(), path, upstream,
                json(200, answer)), CONTEXT));
        // Gemini ends a turn that calls tools with STOP: a client that acts on finish_reason needs tool_calls.
        assertEquals(List.of("answer (gemini as openai) $.choices[0].finish_reason: the provider sent \"tool_calls\", the client received \"stop\""),
                CHECK.check(observed(request, 200, client.formatted("stop"), List.of(), path, upstream, json(200, answer)), CONTEXT));
    }
}

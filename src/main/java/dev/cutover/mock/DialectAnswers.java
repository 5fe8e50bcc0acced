package dev.cutover.mock;

import dev.cutover.wire.Fault;
import dev.cutover.wire.ProviderScript;
import java.util.Map;

/**
 * A decided chat reply rendered in the dialect its request arrived in: OpenAI's (and Azure's) chat completion,
 * Anthropic's message or Gemini's response, whole or streamed. One script, three wire shapes: a scenario says what
 * the provider does, the path says how it is spelt.
 */
final class DialectAnswers {
    private DialectAnswers() {}

    static byte[] whole(ChatReply reply, ApiRequest request) {
        return switch (request.dialect()) {
            case ANTHROPIC -> Reply.toBytes(AnthropicReply.message(reply, request));
            case GEMINI -> Reply.toBytes(GeminiReply.response(reply));
            case OPENAI -> reply.completion();
        };
    }

    static Answer stream(long headersDue, ChatReply reply, ProviderScript script, ApiRequest request, Fault fault,
                         Map<String, String> headers) {
        return switch (request.dialect()) {
            case ANTHROPIC -> StreamAnswer.of(headersDue, AnthropicReply.stream(reply, request), fault, headers);
            // Without alt=sse Gemini streams one JSON array, declared as JSON.
            case GEMINI -> StreamAnswer.of(headersDue, GeminiReply.stream(reply, request.sse()), fault, headers,
                    request.sse() ? null : "application/json; charset=UTF-8");
            case OPENAI -> StreamAnswer.of(headersDue, ChatStream.plan(reply, script, request.includeUsage()), fault, headers);
        };
    }
}

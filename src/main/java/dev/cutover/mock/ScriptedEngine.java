package dev.cutover.mock;

import dev.cutover.wire.Dialect;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Fault;
import dev.cutover.wire.ProviderScript;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a request the way its script says: chat and embeddings in full; for other paths (model
 * listings) the script's delay, headers, error, raw body, reset-before-headers and empty-body fault
 * replace or wrap the reply WireMock would give (stream faults have no meaning there).
 *
 * <p>A script's misbehaviours ({@code fault}, {@code raw_body}, {@code error}) apply to every request
 * when {@code fail_times} is 0, and only to the first {@code fail_times} requests of the exchange key
 * otherwise (a 500 envelope when none is given); later requests get the normal reply.
 */
final class ScriptedEngine {
    private final ScriptBook book;

    ScriptedEngine(ScriptBook book) {
        this.book = book;
    }

    /** The answer for a path the engine does not build itself, due then, with the script's extra headers. */
    @FunctionalInterface
    interface OtherReply {
        Answer answer(long due, Map<String, String> headers);
    }

    /**
     * @param arrived  when the request arrived ({@link System#nanoTime()}): delay and stream times count from it
     * @param request the chat or embeddings request, or null for any other path (then {@code other} answers)
     */
    Answer answer(long arrived, String key, ProviderScript script, ApiRequest request, OtherReply other) {
        long headersDue = Clock.afterMs(arrived, script.delayMs());
        Map<String, String> headers = script.headers();
        var invalid = request == null ? Optional.<ApiError>empty() : request.invalid();
        // Errors and answers are spelt in the dialect the request arrived in (Anthropic's and Gemini's paths).
        Dialect dialect = request == null ? Dialect.OPENAI : request.dialect();
        if (invalid.isPresent()) return DialectErrors.answer(arrived, invalid.get(), headers, dialect);
        boolean stream = request != null && request.endpoint() != Endpoint.EMBEDDINGS && request.stream();
        boolean misbehave = script.failTimes() == 0 || (key != null && book.nextAttempt(key) <= script.failTimes());
        Fault fault = misbehave ? script.fault() : null;
        if (fault == Fault.RESET_BEFORE_HEADERS) return Answer.drop(headersDue);
        if (misbehave && script.rawBody() != null) {
            int status = script.error() != null && script.error().status() > 0 ? script.error().status() : 200;
            String type = stream ? "text/event-stream" : Reply.JSON;
            return Answer.whole(headersDue, status, type, Reply.utf8(script.rawBody()), headers);
        } else if (misbehave && script.error() != null) {
            return DialectErrors.answer(headersDue, ApiError.scripted(script.error()), headers, dialect);
        } else if (misbehave && script.failTimes() > 0 && fault == null) {
            return DialectErrors.answer(headersDue, ApiError.serverError(), headers, dialect);
        } else if (fault == Fault.EMPTY_BODY) {
            return Answer.whole(headersDue, 200, stream ? "text/event-stream" : Reply.JSON, new byte[0], headers);
        } else if (request == null) {
            return other.answer(headersDue, headers);
        } else if (request.endpoint() == Endpoint.RESPONSES) {
            ChatReply reply = ChatReply.of(request, script);
            return stream ? StreamAnswer.of(headersDue, ResponsesReply.stream(reply, request), fault, headers)
                    : jsonAnswer(headersDue, Reply.toBytes(ResponsesReply.whole(reply, request)), fault, headers);
        } else if (request.endpoint() == Endpoint.CHAT_COMPLETIONS && stream) {
            return DialectAnswers.stream(headersDue, ChatReply.of(request, script), script, request, fault, headers);
        }
        byte[] body = request.endpoint() == Endpoint.EMBEDDINGS
                ? Reply.toBytes(EmbeddingReply.of(request, script))
                : DialectAnswers.whole(ChatReply.of(request, script), request);
        return jsonAnswer(headersDue, body, fault, headers);
    }

    /** A whole JSON answer, with the faults that make sense without a stream. */
    private static Answer jsonAnswer(long due, byte[] body, Fault fault, Map<String, String> headers) {
        if (fault == Fault.RESET_MID_STREAM) {
            // Promise the full length, deliver half, drop the connection: the client sees a short body.
            return new Answer(due, 200, Answer.headers(List.of(new Answer.Header("content-type", Reply.JSON)), headers),
                    false, body.length,
                    List.of(new Answer.Part(due, Arrays.copyOf(body, body.length / 2))), Answer.Ending.DROP, due);
        }
        String type = fault == Fault.WRONG_CONTENT_TYPE ? "text/html; charset=utf-8" : Reply.JSON;
        // Without a stream, "malformed" means JSON that stops half-way.
        byte[] sent = fault == Fault.MALFORMED_SSE ? Arrays.copyOf(body, body.length / 2) : body;
        return Answer.whole(due, 200, type, sent, headers);
    }
}

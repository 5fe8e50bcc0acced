package dev.cutover.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.cutover.scenario.Endpoint;
import dev.cutover.scenario.Fault;
import dev.cutover.scenario.ProviderScript;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
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

    /** The reply for a path the engine does not build itself, given the script's extra headers. */
    @FunctionalInterface
    interface OtherReply {
        void send(Map<String, String> headers) throws IOException;
    }

    /**
     * @param arrived  when the request arrived ({@link System#nanoTime()}): delay and stream times count from it
     * @param request the chat or embeddings request, or null for any other path (then {@code other} answers)
     */
    void serve(HttpExchange ex, long arrived, String key, ProviderScript script, ApiRequest request, OtherReply other)
            throws IOException {
        long headersDue = Clock.afterMs(arrived, script.delayMs());
        Map<String, String> headers = script.headers();
        var invalid = request == null ? Optional.<ApiError>empty() : request.invalid();
        if (invalid.isPresent()) {
            Reply.error(ex, invalid.get(), headers);
            return;
        }
        boolean stream = request != null && request.endpoint() == Endpoint.CHAT_COMPLETIONS && request.stream();
        boolean misbehave = script.failTimes() == 0 || (key != null && book.nextAttempt(key) <= script.failTimes());
        Clock.waitUntil(headersDue);
        Fault fault = misbehave ? script.fault() : null;
        if (fault == Fault.RESET_BEFORE_HEADERS) throw new Abort("reset_before_headers");
        if (misbehave && script.rawBody() != null) {
            int status = script.error() != null && script.error().status() > 0 ? script.error().status() : 200;
            String type = stream ? "text/event-stream" : Reply.JSON;
            Reply.bytes(ex, status, type, Reply.utf8(script.rawBody()), headers);
        } else if (misbehave && script.error() != null) {
            Reply.error(ex, ApiError.scripted(script.error()), headers);
        } else if (misbehave && script.failTimes() > 0 && fault == null) {
            Reply.error(ex, ApiError.serverError(), headers);
        } else if (fault == Fault.EMPTY_BODY) {
            Reply.bytes(ex, 200, stream ? "text/event-stream" : Reply.JSON, new byte[0], headers);
        } else if (request == null) {
            other.send(headers);
        } else if (request.endpoint() == Endpoint.CHAT_COMPLETIONS && stream) {
            ChatReply reply = ChatReply.of(request, script);
            StreamSender.send(ex, headersDue, ChatStream.plan(reply, script, request.includeUsage()), fault, headers);
        } else {
            ObjectNode body = request.endpoint() == Endpoint.EMBEDDINGS
                    ? EmbeddingReply.of(request, script)
                    : ChatReply.of(request, script).completion();
            sendJson(ex, Reply.toBytes(body), fault, headers);
        }
    }

    /** A whole JSON reply, with the faults that make sense without a stream. */
    private static void sendJson(HttpExchange ex, byte[] body, Fault fault, Map<String, String> headers)
            throws IOException {
        if (fault == Fault.RESET_MID_STREAM) {
            // Promise the full length, deliver half, drop the connection: the client sees a short body.
            ex.getResponseHeaders().set("content-type", Reply.JSON);
            headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.sendResponseHeaders(200, body.length);
            OutputStream out = ex.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            throw new Abort("reset_mid_stream");
        }
        String type = fault == Fault.WRONG_CONTENT_TYPE ? "text/html; charset=utf-8" : Reply.JSON;
        // Without a stream, "malformed" means JSON that stops half-way.
        byte[] sent = fault == Fault.MALFORMED_SSE ? Arrays.copyOf(body, body.length / 2) : body;
        Reply.bytes(ex, 200, type, sent, headers);
    }
}

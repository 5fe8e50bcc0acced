package dev.cutover.mock;

import dev.cutover.wire.Dialect;
import dev.cutover.wire.Marker;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.ReceivedRequest;
import java.util.Map;
import java.util.Optional;

/**
 * What the mock decides for every request: admin routes aside, it is journaled under its exchange key,
 * its key checked, then answered by the scripted engine (a scripted key, or any chat/embeddings request)
 * or by WireMock's mappings (everything else). Transport-free: it returns an {@link Answer} to be played.
 */
final class Front {
    private final String apiKey;
    private final Journal journal;
    private final ScriptBook book;
    private final ScriptedEngine engine;
    private final WireMockBridge wireMock;
    private final AdminApi admin;

    Front(MockProvider provider, String apiKey, String adminKey, Journal journal, ScriptBook book, WireMockBridge wireMock) {
        this.apiKey = apiKey;
        this.journal = journal;
        this.book = book;
        this.engine = new ScriptedEngine(book);
        this.wireMock = wireMock;
        this.admin = new AdminApi(provider, adminKey);
    }

    /**
     * Whether working out the answer may block (WireMock's matching and templating, the admin API): the
     * transport then does it off its I/O threads, which also time every stream. Chat and embeddings are
     * planned in microseconds and never wait.
     */
    static boolean mayBlock(Incoming in) {
        return AdminApi.owns(in.path()) || !ApiRequest.isApiCall(in.method(), in.path());
    }

    Answer answer(Incoming in) {
        try {
            return AdminApi.owns(in.path()) ? admin.answer(in) : serve(in);
        } catch (RuntimeException bug) {
            // A fault in the mock must not look like a scripted reset or a provider error: say whose it is.
            return Reply.error(System.nanoTime(), ApiError.mockFailed(String.valueOf(bug)), Map.of());
        }
    }

    /** Answers the request and files it, with the answer, under its exchange key. */
    private Answer serve(Incoming in) {
        String body = in.bodyText();
        String key = Marker.find(body).or(() -> in.headers().first(Marker.HEADER)).orElse(null);
        long at = System.currentTimeMillis();
        Answer answer = decide(in, body, key);
        journal.add(key == null ? MockProvider.UNMARKED : key, new ReceivedRequest(in.method(), in.path(),
                in.rawQuery(), in.headers(), body, at, answer.asReply()));
        return answer;
    }

    private Answer decide(Incoming in, String body, String key) {
        // Each provider dialect keeps its key in its own place and refuses in its own words.
        Dialect dialect = Dialect.ofPath(in.path());
        Optional<ApiError> denied = Auth.check(in.headers(), in.rawQuery(), apiKey, dialect);
        if (denied.isPresent()) return DialectErrors.answer(in.arrived(), denied.get(), Map.of(), dialect);
        ProviderScript script = book.get(key);
        ApiRequest request = ApiRequest.of(in.method(), in.path(), in.rawQuery(), body).orElse(null);
        if (script == null && request == null) return wireMock.answer(in, in.arrived(), Map.of());
        return engine.answer(in.arrived(), key, script == null ? ProviderScript.DEFAULT : script, request,
                (due, extra) -> wireMock.answer(in, due, extra));
    }
}

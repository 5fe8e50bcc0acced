package dev.cutover.mock;

import dev.cutover.wire.Dialect;
import dev.cutover.wire.Marker;
import dev.cutover.wire.ProviderScript;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What the mock decides for every request: admin routes aside, it is journaled under its exchange key,
 * its key checked, then answered by the scripted engine (a scripted key, or any chat/embeddings request — made
 * up like a model's answer when the mock is model-like and nobody scripted it)
 * or by WireMock's mappings (everything else). Transport-free: it returns an {@link Answer} to be played.
 *
 * <p>It also speaks DIAL core's adapter protocol, so a real DIAL can route a model straight to the mock: DIAL
 * POSTs to the model's {@code endpoint} with {@value #UPSTREAM_ENDPOINT} naming the provider endpoint an
 * adapter would call (the request is served as if it had arrived there) and the upstream's key in
 * {@link Auth#UPSTREAM_KEY}.
 */
final class Front {
    /** DIAL core's adapter protocol: the provider endpoint of the upstream it chose (Proxy.HEADER_UPSTREAM_ENDPOINT). */
    static final String UPSTREAM_ENDPOINT = "x-upstream-endpoint";

    private final String apiKey;
    private final Journal journal;
    private final ScriptBook book;
    private final ScriptedEngine engine;
    private final AnswerMemo memo = new AnswerMemo();
    private final WireMockBridge wireMock;
    private final AdminApi admin;
    private final boolean modelLike;

    Front(MockProvider provider, String apiKey, String adminKey, Journal journal, ScriptBook book, WireMockBridge wireMock,
          boolean modelLike) {
        this.modelLike = modelLike;
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
        Incoming routed = in.headers().has(UPSTREAM_ENDPOINT) ? adapterCall(in).orElse(in) : in;
        return AdminApi.owns(in.path()) || !ApiRequest.isApiCall(routed.method(), routed.path());
    }

    Answer answer(Incoming in) {
        try {
            if (AdminApi.owns(in.path())) return admin.answer(in);
            if (!in.headers().has(UPSTREAM_ENDPOINT)) return serve(in);
            Optional<Incoming> routed = adapterCall(in);
            if (routed.isEmpty()) {
                return Reply.error(in.arrived(), ApiError.badRequest("cutover mock: " + UPSTREAM_ENDPOINT
                        + " is not an http(s) URL with a path", null), Map.of());
            }
            return serve(routed.orElse(in));
        } catch (RuntimeException bug) {
            // A fault in the mock must not look like a scripted reset or a provider error: say whose it is.
            return Reply.error(System.nanoTime(), ApiError.mockFailed(String.valueOf(bug)), Map.of());
        }
    }

    /**
     * The request as an adapter would send it on: to the path (and query, else the incoming one) of
     * {@value #UPSTREAM_ENDPOINT}; empty without that header or when it is no URL. Only the path counts: the
     * mock is the provider, whatever host the endpoint names.
     */
    static Optional<Incoming> adapterCall(Incoming in) {
        String endpoint = in.headers().first(UPSTREAM_ENDPOINT).map(String::trim).orElse(null);
        if (endpoint == null) return Optional.empty();
        try {
            URI u = URI.create(endpoint);
            if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getRawPath() == null
                    || u.getRawPath().isEmpty()) {
                return Optional.empty();
            }
            String query = u.getRawQuery() != null ? u.getRawQuery() : in.rawQuery();
            return Optional.of(new Incoming(in.method(), u.getPath(), u.getRawPath() + (query == null ? "" : "?" + query),
                    query, in.protocol(), in.clientIp(), in.headers(), in.body(), in.arrived()));
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    /** Answers the request and files it, with the answer, under its exchange key. */
    private Answer serve(Incoming in) {
        String body = in.bodyText();
        String key = Marker.find(body).or(() -> in.headers().first(Marker.HEADER)).orElse(null);
        long at = System.currentTimeMillis();
        Answer answer = decide(in, body, key);
        journal.add(key == null ? MockProvider.UNMARKED : key, in, body, at, answer);
        return answer;
    }

    private Answer decide(Incoming in, String body, String key) {
        // Each provider dialect keeps its key in its own place and refuses in its own words.
        Dialect dialect = Dialect.ofPath(in.path());
        Optional<ApiError> denied = Auth.check(in.headers(), in.rawQuery(), apiKey, dialect);
        if (denied.isPresent()) return DialectErrors.answer(in.arrived(), denied.get(), Map.of(), dialect);
        ProviderScript script = book.get(key);
        if (ApiRequest.isApiCall(in.method(), in.path()) && !(script == null && modelLike)) {
            // A scripted answer is a function of the request, unless the script counts attempts: repeats come from a template.
            ProviderScript scripted = script == null ? ProviderScript.DEFAULT : script;
            if (scripted.failTimes() == 0) {
                return memo.answer(in.arrived(), in.path(), in.rawQuery(), in.body(), scripted, () -> scripted(in, key, scripted,
                        ApiRequest.of(in.method(), in.path(), in.rawQuery(), in.body()).orElseThrow()));
            }
        }
        ApiRequest request = ApiRequest.of(in.method(), in.path(), in.rawQuery(), in.body()).orElse(null);
        if (script == null && request == null) return wireMock.answer(in, in.arrived(), Map.of());
        if (script == null && modelLike) {
            // Nobody scripted this request: answer as a model would, refusing what a model refuses.
            Optional<ApiError> refused = request.invalid().or(() -> ModelRules.refusal(request));
            if (refused.isPresent()) return Reply.error(in.arrived(), refused.get(), ModelLike.headers(new java.util.SplittableRandom()));
            script = ModelLike.script(request);
        }
        return scripted(in, key, script == null ? ProviderScript.DEFAULT : script, request);
    }

    /** The scripted engine's answer; a path it does not build itself is WireMock's, wrapped in the script's misbehaviour. */
    private Answer scripted(Incoming in, String key, ProviderScript script, ApiRequest request) {
        return engine.answer(in.arrived(), key, script, request, (due, extra) -> wireMock.answer(in, due, extra));
    }
}

package dev.cutover.load;

import dev.cutover.http.HttpCall;
import dev.cutover.mock.MockOptions;
import dev.cutover.run.RequestBuilder;
import dev.cutover.run.Session;
import dev.cutover.scenario.RequestSpec;
import dev.cutover.target.Target;
import dev.cutover.target.Upstream;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.Redactor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A target made ready for load: the session (mock provider started, gateway launched), the provider
 * scripted to the profile's speed, and the two requests the simulation sends, built the way conformance
 * runs build them (the target's paths, key and model names, the exchange marker).
 */
public final class LoadRig implements AutoCloseable {
    /** Replaced in each body by the request's number, so that no two prompts are equal (a caching gateway must not serve load from its cache). */
    static final String REQUEST_NUMBER = "#request#";
    private static final List<String> VOCABULARY = List.of("the", "gateway", "carries", "tokens", "between",
            "client", "and", "provider", "under", "steady", "load", "while", "we", "measure", "each", "stream");
    /** The journal only needs the last requests for a diagnosis; under load it must not grow with the run. */
    private static final int JOURNAL_LIMIT = 500;

    private final Session session;
    private final HttpCall plain;
    private final HttpCall stream;
    private final String plainKey;
    private final String streamKey;

    private LoadRig(Session session, HttpCall plain, HttpCall stream, String plainKey, String streamKey) {
        this.session = session;
        this.plain = plain;
        this.stream = stream;
        this.plainKey = plainKey;
        this.streamKey = streamKey;
    }

    /** @throws dev.cutover.yaml.InputException or {@link dev.cutover.launch.LaunchException}; nothing is left running */
    public static LoadRig open(Path targetFile, LoadProfile profile) {
        Session session = Session.open(targetFile, MockOptions.defaults().withJournalLimit(JOURNAL_LIMIT));
        try {
            String nonce = UUID.randomUUID().toString().substring(0, 8);
            String plainKey = "load-plain." + nonce;
            String streamKey = "load-stream." + nonce;
            Target target = session.target();
            if (target.upstream() == Upstream.MOCK) {
                String answer = words(profile.completionWords(), 7);
                LoadProfile.Provider provider = profile.provider();
                session.mock().script(plainKey, script(answer, provider.generationMs(profile.completionWords()), 0, 0, provider));
                session.mock().script(streamKey, script(answer, 0, provider.ttftMs(), provider.tokenGapMs(), provider));

            }
            int timeout = profile.limits().requestTimeoutMs();
            LoadRig rig = new LoadRig(session,
                    RequestBuilder.build(spec(profile, false, timeout), target, plainKey),
                    RequestBuilder.build(spec(profile, true, timeout), target, streamKey), plainKey, streamKey);
            rig.restartMockTiming(); // the run's account starts now, not with earlier work
            return rig;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static ProviderScript script(String content, int delayMs, int ttftMs, int gapMs, LoadProfile.Provider provider) {
        return ProviderScript.builder().content(content).delayMs(delayMs).ttftMs(ttftMs)
                .gapsMs(gapMs > 0 ? List.of(gapMs) : List.of()).firstEvent(provider.firstEvent()).build();
    }

    private static RequestSpec spec(LoadProfile profile, boolean streaming, int timeoutMs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", "${model.chat}");
        body.put("messages", List.of(Map.of("role", "user",
                "content", "Request " + REQUEST_NUMBER + ": " + words(profile.promptWords(), 0))));
        body.put("max_tokens", profile.completionWords());
        if (streaming) {
            body.put("stream", true);
            // The usage chunk gives the output token count the way vLLM's bench reads it.
            body.put("stream_options", Map.of("include_usage", true));
        }
        return RequestSpec.of(Endpoint.CHAT_COMPLETIONS, body, timeoutMs);
    }

    static String words(int n, int offset) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(VOCABULARY.get((i + offset) % VOCABULARY.size()));
        return String.join(" ", out);
    }

    /**
     * Replaces what the embedded mock provider answers to the run's plain or streamed requests (a refusal, a
     * fault): how tests make a run fail in a known way. Only for targets with {@code upstream: mock}.
     */
    void scriptProvider(boolean streamed, ProviderScript script) {
        session.mock().script(streamed ? streamKey : plainKey, script);
    }

    /** How many plain or streamed requests of this run the embedded mock provider received (its journal keeps the last 500). */
    int received(boolean streamed) {
        return session.mock().received(streamed ? streamKey : plainKey).size();
    }

    /** Starts the mock provider's timing account afresh (at the opening, and when the warm-up ends). */
    void restartMockTiming() {
        session.mock().lateness().takeMicros();
    }

    /** How late the mock wrote its answers since the account last started; null when the upstream is real. */
    MockTiming mockTiming() {
        // Only a mock in this process can tell how late it was.
        return target().upstream() == Upstream.MOCK && session.mock().embedded()
                ? MockTiming.of(session.mock().lateness().takeMicros()) : null;
    }

    public HttpCall plain() { return plain; }
    public HttpCall stream() { return stream; }
    public Target target() { return session.target(); }
    public Redactor redactor() { return session.redactor(); }

    /** The body of request number n. */
    static String body(HttpCall call, long n) {
        return call.body().replace(REQUEST_NUMBER, Long.toString(n));
    }

    /** What a launched gateway printed, for the report folder. */
    public List<String> launchLog() {
        return session.launchLog();
    }

    @Override
    public void close() {
        session.close();
    }
}

package dev.cutover.bench;

import dev.cutover.mock.ScriptedProvider;
import dev.cutover.overhead.ProbeRequest;
import dev.cutover.wire.ProviderScript;
import java.net.URI;

/**
 * What the stream bench drives, made ready for streams of one timing: the mock (scripted for a key) or the streaming
 * ceiling ({@link StreamCeiling}, the timing in the request itself). Both answer the same client with the same events.
 */
interface StreamServer {
    /** The request to send for streams of this timing, the server made ready to answer it so. */
    ProbeRequest prepare(String key, int ttftMs, int gapMs, int words);

    /** The streams of this key are over. */
    void done(String key);

    static StreamServer mock(ScriptedProvider mock) {
        return new StreamServer() {
            @Override
            public ProbeRequest prepare(String key, int ttftMs, int gapMs, int words) {
                mock.script(key, ProviderScript.builder().content("word ".repeat(words).trim()).ttftMs(ttftMs).gapsMs(gapMs).build());
                return MockRequests.chat(mock, key, true);
            }

            @Override
            public void done(String key) {
                mock.forget(key);
            }
        };
    }

    static StreamServer ceiling(int port) {
        return new StreamServer() {
            @Override
            public ProbeRequest prepare(String key, int ttftMs, int gapMs, int words) {
                return MockRequests.post(URI.create("http://127.0.0.1:" + port), MockRequests.AUTHORIZATION,
                        "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"ttft_ms\":" + ttftMs + ",\"gap_ms\":" + gapMs
                                + ",\"words\":" + words + "}");
            }

            @Override
            public void done(String key) {
                // Nothing is kept per key.
            }
        };
    }
}

package dev.cutover.oracle;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientImpl;
import com.anthropic.core.ClientOptions;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.cutover.wire.Endpoint;
import java.time.Duration;
import java.util.Iterator;

/**
 * anthropic-java as the oracle of Anthropic's Messages API: the SDK's own client ({@code AnthropicClientImpl}, no
 * retries, {@code responseValidation(true)}) is asked what a user's code asks — {@code messages().create(...)}, or
 * {@code createStreaming(...)} with every event handed to the SDK's {@code MessageAccumulator} — and its transport
 * answers with the observed status, headers and bytes ({@link AnthropicReplayTransport}), as {@link JavaSdkOracle}
 * does for openai-java.
 *
 * <p>Why the accumulator: iterating the raw events accepts any prefix of a stream, but a client streams to get the
 * message, and the SDK's helper for that is where a stream without {@code message_start} or {@code message_stop},
 * or a delta for a block never started, raises. Why validation: as for openai-java, it makes a missing required
 * field or a wrong {@code type} fail at the call, where some accessor of a user's code would meet it.
 *
 * <p>The client is built on the SDK's core alone, without a backend: so it resolves no credentials (no environment
 * variable, no profile file of this machine); the key a client would send is a fixed header.
 */
public final class AnthropicJavaOracle implements SdkOracle {
    public static final String SDK = "anthropic-java";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String version;
    private AnthropicReplayTransport transport;
    private AnthropicClient client;
    private String broken;

    public AnthropicJavaOracle() {
        version = sdkVersion();
    }

    @Override
    public String sdk() {
        return SDK;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public boolean covers(Endpoint endpoint) {
        return endpoint == Endpoint.MESSAGES;
    }

    @Override
    public synchronized SdkVerdict judge(Replay replay) {
        if (!covers(replay.endpoint())) return SdkVerdict.notApplicable(SDK, version, replay.endpoint().word() + " is no anthropic-java call");
        if (!ready()) return SdkVerdict.unavailable(SDK, version, broken);
        transport.serve(replay);
        try {
            return SdkVerdict.parsed(SDK, version, call(replay));
        } catch (AnthropicServiceException e) {
            return SdkVerdict.raised(SDK, version, e.getClass().getSimpleName(), service(e));
        } catch (RuntimeException e) {
            return SdkVerdict.raised(SDK, version, e.getClass().getSimpleName(), SdkVerdict.shorten(JavaSdkOracle.causes(e)));
        } catch (LinkageError e) {
            return SdkVerdict.unavailable(SDK, version, "anthropic-java is broken here: " + e);
        } finally {
            transport.serve(null);
        }
    }

    /** Built on the first Messages step, so runs without one load none of the SDK. */
    private boolean ready() {
        if (client != null || broken != null) return client != null;
        try {
            transport = new AnthropicReplayTransport();
            client = new AnthropicClientImpl(ClientOptions.builder().httpClient(transport)
                    .putHeader("x-api-key", "sk-ant-cutover-oracle")
                    .maxRetries(0).responseValidation(true).timeout(TIMEOUT).build());
            return true;
        } catch (Exception | LinkageError e) {
            broken = "anthropic-java could not start: " + e;
            return false;
        }
    }

    private String call(Replay r) {
        MessageCreateParams params = MessageCreateParams.builder().model("claude-haiku-4-5").maxTokens(64)
                .addUserMessage("cutover oracle").build();
        if (r.stream()) {
            MessageAccumulator accumulator = MessageAccumulator.create();
            long events = 0;
            try (StreamResponse<RawMessageStreamEvent> s = client.messages().createStreaming(params)) {
                for (Iterator<RawMessageStreamEvent> i = s.stream().iterator(); i.hasNext(); events++) {
                    accumulator.accumulate(i.next());
                }
            }
            return JavaSdkOracle.plural(events, "event") + ", " + describe(accumulator.message());
        }
        return describe(client.messages().create(params));
    }

    private static String describe(Message m) {
        String stop = m.stopReason().map(Object::toString).orElse("no stop_reason");
        return "message, " + JavaSdkOracle.plural(m.content().size(), "content block") + ", " + stop;
    }

    /** The status and the error type the SDK read of Anthropic's envelope ({@code {"type":"error","error":{…}}}). */
    private static String service(AnthropicServiceException e) {
        String status = e.statusCode() == 0 ? "no status" : "status " + e.statusCode();
        String type;
        try {
            type = e.errorType().map(Object::toString).orElse(null);
        } catch (RuntimeException unreadable) {
            type = null;
        }
        return status + (type == null ? ", no error type read" : ", type " + type);
    }

    /** The SDK's own notion of its version, or the jar's manifest, without starting a client. */
    private static String sdkVersion() {
        try {
            String v = com.anthropic.core.Properties.getPackageVersion();
            if (v != null && !v.isBlank() && !v.equals("unknown")) return v;
        } catch (LinkageError | RuntimeException ignored) {
            // fall back to the manifest below
        }
        return Message.class.getPackage().getImplementationVersion();
    }

    @Override
    public synchronized void close() {
        if (client != null) client.close();
    }
}

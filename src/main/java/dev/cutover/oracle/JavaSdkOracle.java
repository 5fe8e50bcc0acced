package dev.cutover.oracle;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientImpl;
import com.openai.core.ClientOptions;
import com.openai.core.http.StreamResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import com.openai.models.models.ModelListPage;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import dev.cutover.wire.Endpoint;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

/**
 * openai-java as an oracle: the SDK's own client ({@code OpenAIClientImpl}, no retries) is asked exactly what a
 * user's code asks — {@code chat().completions().create(...)} or {@code createStreaming}, {@code
 * embeddings().create}, {@code models().list()}, {@code models().retrieve}, {@code responses().create(...)} or
 * {@code createStreaming} — and its transport answers with the observed status, headers and bytes
 * ({@link ReplayTransport}). So "parses" runs the SDK's whole client path:
 * its status-to-exception mapping and envelope reading, its SSE reader (which also raises on an {@code error}
 * event), its Jackson mapper, its validation.
 *
 * <p>Why the SDK's transport seam rather than its OkHttp client against a loopback server: OkHttp would add
 * nothing a replay can carry faithfully (cutover keeps the body as text, not its framing or coding; redirects
 * are not replayed), and measured on the two-core machine it doubled the SDK's start-up (about 2 s of CPU to a
 * first verdict instead of 1) and cost half as much again per verdict. Why not
 * {@code ObjectMappers.jsonMapper()} and {@code validate()} alone: which exception a 429 becomes, how a cut
 * stream surfaces and what an SSE error event does live in the client's handlers, which this path keeps.
 *
 * <p>{@code responseValidation(true)}: by default the SDK deserialises leniently and throws only when code
 * reaches a missing or mistyped field through a typed accessor. Validation makes that failure happen at the
 * call, for every required field and every typed one, which is what some accessor of a user's code meets.
 * The embedding vectors are read too, since {@code embedding()} is where base64 is decoded.
 *
 * <p>A Responses stream goes through the SDK's {@code ResponseAccumulator}, as a client wanting the final
 * response does: iterating the raw events accepts any prefix of a stream, the accumulator raises when
 * {@code response.completed} never came.
 */
public final class JavaSdkOracle implements SdkOracle {
    public static final String SDK = "openai-java";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Set<Endpoint> COVERS = Set.of(Endpoint.CHAT_COMPLETIONS, Endpoint.EMBEDDINGS,
            Endpoint.MODELS_LIST, Endpoint.MODELS_GET, Endpoint.RESPONSES);

    private final String version;
    private ReplayTransport transport;
    private OpenAIClient client;
    private String broken;

    public JavaSdkOracle() {
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
        return COVERS.contains(endpoint);
    }

    @Override
    public synchronized SdkVerdict judge(Replay replay) {
        if (!covers(replay.endpoint())) return SdkVerdict.notApplicable(SDK, version, replay.endpoint().word() + " is no openai-java call");
        if (!ready()) return SdkVerdict.unavailable(SDK, version, broken);
        transport.serve(replay);
        try {
            return SdkVerdict.parsed(SDK, version, call(replay));
        } catch (OpenAIServiceException e) {
            return SdkVerdict.raised(SDK, version, e.getClass().getSimpleName(), service(e));
        } catch (RuntimeException e) {
            return SdkVerdict.raised(SDK, version, e.getClass().getSimpleName(), SdkVerdict.shorten(causes(e)));
        } catch (LinkageError e) {
            // A class of the SDK missing or broken on the class path: the SDK's fault is not the answer's.
            return SdkVerdict.unavailable(SDK, version, "openai-java is broken here: " + e);
        } finally {
            transport.serve(null);
        }
    }

    /** Built on first use, so sessions that never run a scenario (load, overhead) load none of the SDK. */
    private boolean ready() {
        if (client != null || broken != null) return client != null;
        try {
            transport = new ReplayTransport();
            client = new OpenAIClientImpl(ClientOptions.builder().httpClient(transport).apiKey("sk-cutover-oracle")
                    .maxRetries(0).responseValidation(true).timeout(TIMEOUT).build());
            return true;
        } catch (Exception | LinkageError e) {
            broken = "openai-java could not start: " + e;
            return false;
        }
    }

    private String call(Replay r) {
        switch (r.endpoint()) {
            case CHAT_COMPLETIONS -> {
                ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model("gpt-4o-mini")
                        .addUserMessage("cutover oracle").build();
                if (r.stream()) {
                    try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(params)) {
                        return plural(s.stream().count(), "chunk");
                    }
                }
                ChatCompletion c = client.chat().completions().create(params);
                return "chat.completion, " + plural(c.choices().size(), "choice");
            }
            case EMBEDDINGS -> {
                CreateEmbeddingResponse e = client.embeddings().create(EmbeddingCreateParams.builder()
                        .model("text-embedding-3-small").input("cutover oracle")
                        .encodingFormat(EmbeddingCreateParams.EncodingFormat.of(Objects.requireNonNullElse(r.encodingFormat(), "float")))
                        .build());
                long values = e.data().stream().mapToLong(d -> d.embedding().size()).sum();
                return plural(e.data().size(), "embedding") + ", " + plural(values, "value");
            }
            case MODELS_LIST -> {
                ModelListPage page = client.models().list();
                return plural(page.data().size(), "model");
            }
            case MODELS_GET -> {
                Model m = client.models().retrieve("gpt-4o-mini");
                return "model " + m.id();
            }
            case RESPONSES -> {
                return responses(r.stream());
            }
            default -> throw new IllegalArgumentException(r.endpoint() + " is no SDK call");
        }
    }

    private String responses(boolean stream) {
        ResponseCreateParams params = ResponseCreateParams.builder().model("gpt-4o-mini").input("cutover oracle").build();
        if (!stream) return describe(client.responses().create(params));
        ResponseAccumulator accumulator = ResponseAccumulator.create();
        long events = 0;
        try (StreamResponse<ResponseStreamEvent> s = client.responses().createStreaming(params)) {
            for (Iterator<ResponseStreamEvent> i = s.stream().iterator(); i.hasNext(); events++) accumulator.accumulate(i.next());
        }
        return plural(events, "event") + ", " + describe(accumulator.response());
    }

    private static String describe(Response r) {
        return "response " + r.status().map(Object::toString).orElse("without status") + ", "
                + plural(r.output().size(), "output item");
    }

    /**
     * The status and what the SDK read of the error envelope: a client branches on these. The accessors
     * themselves throw when the envelope lacks a field the SDK's ErrorObject requires (an SSE error event
     * without {@code type}), which a client meets too, so that is said rather than thrown.
     */
    private static String service(OpenAIServiceException e) {
        String code = read(e::code);
        String type = read(e::type);
        String status = e.statusCode() == 0 ? "no status" : "status " + e.statusCode();
        if (code == null && type == null) return status + ", no error code or type read";
        return status + (code == null ? "" : ", code " + code) + (type == null ? "" : ", type " + type);
    }

    private static String read(java.util.function.Supplier<java.util.Optional<String>> field) {
        try {
            return field.get().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The exception's message and its causes', since the SDK wraps Jackson's and OkHttp's reason. */
    static String causes(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (s.indexOf(m) >= 0) continue;
            if (s.length() > 0) s.append(": ");
            s.append(m);
        }
        return s.toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The SDK's own notion of its version, or the jar's manifest, without starting a client. */
    private static String sdkVersion() {
        try {
            String v = com.openai.core.Properties.getPackageVersion();
            if (v != null && !v.isBlank() && !v.equals("unknown")) return v;
        } catch (LinkageError | RuntimeException ignored) {
            // fall back to the manifest below
        }
        return ChatCompletion.class.getPackage().getImplementationVersion();
    }

    @Override
    public synchronized void close() {
        if (client != null) client.close();
    }
}

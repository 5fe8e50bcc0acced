package dev.cutover.faulty;

/**
 * One deliberate gateway bug, applied by {@link FaultyGateway}. Each corresponds to something real
 * gateways have been seen to do (the issue is named); a conformance check that still passes with the defect on
 * cannot fail. {@link DefectsAreCaughtIT} names the scenarios that must catch each one.
 */
public enum Defect {
    /** A clean proxy: key isolation only; statuses, headers and bodies pass through as they arrive. */
    NONE,
    /** Streams lose their final {@code data: [DONE]} event; the stream otherwise ends normally. */
    DROP_DONE,
    /** An upstream 429 reaches the client as 500; headers and body are unchanged. */
    RATE_LIMIT_AS_500,
    /** The {@code Retry-After} and {@code retry-after-ms} response headers are removed. */
    STRIP_RETRY_AFTER,
    /**
     * An error body (status 400 or more, JSON with an {@code error} object) becomes
     * {@code {"status":"failure","message":"<error.message>"}} — the shape of Portkey's own errors.
     */
    FLATTEN_ERROR_ENVELOPE,
    /** The client's {@code Authorization} header goes upstream instead of the provider key. */
    FORWARD_CLIENT_KEY,
    /**
     * The second data event of a stream is split after the first colon of its payload:
     * {@code data: {"id":"x",…}} becomes {@code data: {"id":} and a next line {@code "x",…}, which is
     * no SSE field and leaves the event's JSON truncated.
     */
    BREAK_SSE_FRAME,
    /** The whole upstream stream is read first and then sent at once, so time to first token ≈ total time. */
    BUFFER_STREAM,
    /** The stream chunk whose {@code choices} is an empty list (the include_usage chunk) is removed. */
    DROP_USAGE_CHUNK,
    /** {@code "finish_reason":"length"} becomes {@code "stop"} in JSON bodies and in stream chunks. */
    REWRITE_FINISH_REASON,
    /** A stream's {@code Content-Type: text/event-stream} reaches the client as {@code application/json}. */
    WRONG_STREAM_CONTENT_TYPE,
    /**
     * When the upstream stream breaks (reset, truncated chunked body), the client's stream ends as if
     * complete instead of breaking too — the client cannot tell a cut answer from a whole one.
     */
    SWALLOW_UPSTREAM_RESET,

    // ---- request: what reaches the provider ----

    /**
     * The request is rebuilt from a typed model that knows only model, messages, stream, max_tokens, temperature,
     * top_p, n, stop, presence_penalty, frequency_penalty and user: tools, tool_choice, response_format, seed,
     * logprobs, stream_options and everything newer are silently dropped (Nayjest/lm-proxy#41).
     */
    STRIP_UNTYPED_PARAMS,
    /**
     * temperature above 2 becomes 2 and top_p above 1 becomes 1 on the way, so the provider never gets to refuse
     * what the client sent: Portkey 1.15.2 does this (targets/portkey-local.known.yaml).
     */
    CLAMP_SAMPLING,
    /**
     * max_tokens is renamed max_completion_tokens on the way, as gateways do for reasoning models whatever the
     * model (BerriAI/litellm#8199; #8892 renamed it max_tokens_to_sample).
     */
    RENAME_MAX_TOKENS,

    // ---- errors and headers ----

    /**
     * An error's code becomes its HTTP status as text and its type null, as LiteLLM's proxy rewrote provider errors
     * ({@code "type":null,"param":null,"code":"400"}, BerriAI/litellm#11722): clients lose context_length_exceeded
     * and insufficient_quota.
     */
    ERROR_CODE_AS_STATUS,
    /** An upstream 429 reaches the client as 503 (sourcegraph/sourcegraph-public-snapshot#52518): SDKs retry it as an outage. */
    RATE_LIMIT_AS_503,
    /**
     * Retry-After and retry-after-ms reach the client only renamed {@code llm_provider-retry-after(-ms)}
     * (BerriAI/litellm#21553), which no SDK reads.
     */
    RETRY_AFTER_PREFIXED,
    /**
     * JSON and event-stream answers are declared {@code charset=iso-8859-1} while the body stays UTF-8, as a proxy
     * that imposes its own charset does (kubernetes/ingress-nginx#9853).
     */
    CHARSET_LATIN1,

    // ---- answer fields, whole and streamed ----

    /** A content_filter finish becomes stop (theopenco/llmgateway#2974): the client takes a blocked answer for a whole one. */
    CONTENT_FILTER_AS_STOP,
    /** message.refusal and delta.refusal are dropped (BerriAI/litellm#39721): a refusal reads as an empty answer. */
    DROP_REFUSAL,
    /** reasoning_content is dropped from messages and deltas (BerriAI/litellm#41049, decolua/9router#1189). */
    DROP_REASONING,
    /** Every choice's logprobs become null (maximhq/bifrost#6529). */
    DROP_LOGPROBS,
    /** Only choice 0 is kept, whole and streamed, whatever n asked for (NVIDIA-NeMo/DataDesigner#672). */
    COLLAPSE_CHOICES,
    /**
     * completion_tokens and total_tokens are each one more than the provider counted, as a gateway that recounts
     * with its own tokenizer reports (BerriAI/litellm#12970, #1304).
     */
    RECOUNT_USAGE,
    /** Tool calls lose their id, whole and in deltas (BerriAI/litellm#11407, vllm-project/vllm#18412). */
    DROP_TOOL_CALL_ID,

    // ---- stream shapes ----

    /**
     * Every streamed tool-call delta gets index 0, so parallel calls merge into one with concatenated names and
     * arguments (mcowger/plexus#691; Ollama's, per LibreChat-AI/agents#260).
     */
    COLLAPSE_TOOL_INDEX,
    /**
     * The last argument fragment of each streamed tool call (the one closing its JSON) is lost, so the assembled
     * arguments are no JSON (open-webui/computer#300).
     */
    TRUNCATE_TOOL_ARGUMENTS,
    /** The first chunk that carries a token is sent twice (adaline/gateway#26), so the text starts doubled. */
    DUPLICATE_FIRST_CHUNK,
    /** The role chunk ({@code delta: {role: assistant}}) is dropped (langwatch/langwatch#6196, tensorzero/tensorzero#1265). */
    DROP_ROLE_CHUNK,
    /**
     * The include_usage chunk is sent before the finish chunk instead of after it (Continuum-AI-Corp/OrcaRouter-Lite#127),
     * so a client reading until finish_reason, or taking the last chunk for usage, misses it.
     */
    USAGE_BEFORE_FINISH,
    /**
     * A keepalive goes out as a data event that is no JSON, {@code data: : keepalive} (anomalyco/opencode#50871;
     * Portkey-AI/gateway#1035), which SDKs hand to JSON.parse.
     */
    NON_JSON_KEEPALIVE,
    /**
     * The gateway appends its own {@code [DONE]} after the provider's (songquanpeng/one-api#1628,
     * ray-project/ray#62246): two ends of stream.
     */
    DOUBLE_DONE,
    /**
     * The first event that carries a token is held 50 ms before it goes on, as Portkey 1.15.2 holds every stream's
     * first event 25 ms (docs/benchmark.md, "Why Portkey adds 25 ms to the first streamed token").
     */
    HOLD_FIRST_TOKEN,

    // ---- found in public issue trackers: stream identity and timestamps ----

    /** Every chunk of a stream gets an id of its own instead of the one id of the completion (BerriAI/litellm#1571). */
    CHUNK_IDS_VARY,
    /** Every chunk of a stream gets its own {@code created}, one second later each (BerriAI/litellm#11437). */
    CREATED_VARIES_MID_STREAM,
    /** {@code created} is sent in milliseconds, whole and streamed (Portkey-AI/gateway#1290). */
    CREATED_IN_MILLISECONDS,

    // ---- tool calls ----

    /**
     * Every argument delta of a streamed tool call repeats the call's id, type and name (archestra-ai/archestra#866, a
     * proxy that re-emitted them; Fireworks through BerriAI/litellm#8990): openai-python's accumulator joins strings, so
     * the id and name arrive doubled ({@code call_1call_1}).
     */
    REPEAT_TOOL_CALL_FIELDS,
    /**
     * Continuation deltas of a streamed tool call carry {@code "id": null, "type": null, "function": {"name": null}}
     * instead of leaving them out (anomalyco/opencode#43328; theopenco/llmgateway#3706): clients that take a present
     * field as an update overwrite the name with null.
     */
    NULL_TOOL_DELTA_FIELDS,
    /**
     * A whole answer's tool-call arguments are a JSON object instead of the JSON text the API defines
     * (ggml-org/llama.cpp#20198): {@code json.loads(arguments)} raises on a dict.
     */
    TOOL_ARGUMENTS_AS_OBJECT,

    // ---- usage in streams ----

    /**
     * The include_usage chunk carries a placeholder choice ({@code {index: 0, delta: {}, finish_reason: null}}) instead of
     * {@code choices: []} (BerriAI/litellm#28735, #8450): clients that tell the usage chunk by its empty choices count it twice.
     */
    USAGE_CHUNK_WITH_CHOICE,
    /** The include_usage chunk is sent twice (Portkey-AI/gateway#1338): clients that add usage up bill twice. */
    DUPLICATE_USAGE_CHUNK,
    /**
     * The gateway asks every stream for usage ({@code stream_options.include_usage: true} added when the client sent none)
     * and passes the usage chunk on to a client that did not ask (headroomlabs-ai/headroom#2026): {@code choices[0]} of
     * that chunk raises IndexError.
     */
    FORCE_INCLUDE_USAGE,

    // ---- HTTP, errors, embeddings ----

    /**
     * Whole JSON answers carry {@code Content-Encoding: gzip} over a body that is plain JSON (agentgateway/agentgateway#1620):
     * clients that decode by the header fail.
     */
    CONTENT_ENCODING_KEPT,
    /** An upstream error reaches the client with status 200 and the error envelope as its body (mofa-org/mofa#1339). */
    ERROR_AS_200,
    /**
     * An error's code becomes the HTTP status as a JSON number ({@code "code": 429}; openai/openai-python#3531, which
     * reports OpenAI-compatible gateways doing so, and sgl-project/sglang#32808): typed SDKs (openai-java) raise on it.
     */
    NUMERIC_ERROR_CODE,
    /**
     * The gateway's own refusals (a missing or wrong key) are {@code {"error": true, "status": 401, "message": …}}
     * instead of OpenAI's envelope (theopenco/llmgateway#2532).
     */
    OWN_ERRORS_FLAT,
    /** Every embedding's {@code index} is 0 (BerriAI/litellm#25656): clients that match vectors to inputs by index mix them up. */
    EMBEDDING_INDEX_ZERO,
    /**
     * Embeddings asked for as base64 come back as lists of floats (envoyproxy/ai-gateway#1034 supported float only;
     * Lightning-AI/LitServe#740): a client that asked for base64 decodes text and gets a list.
     */
    BASE64_AS_FLOATS
}

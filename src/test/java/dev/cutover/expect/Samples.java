package dev.cutover.expect;

/** OpenAI-shaped bodies as the real API sends them (values shortened), for schema and expectation tests. */
final class Samples {
    private Samples() {}

    static final String COMPLETION = """
            {"id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", "object": "chat.completion", "created": 1741570283,
             "model": "gpt-4o-2024-08-06",
             "choices": [{"index": 0,
                          "message": {"role": "assistant", "content": "Hello from the mock provider",
                                      "refusal": null, "annotations": []},
                          "logprobs": null, "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 19, "completion_tokens": 5, "total_tokens": 24,
                       "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                       "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                                     "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
             "service_tier": "default", "system_fingerprint": "fp_fc9f1d7035"}
            """;

    static final String COMPLETION_WITH_TOOL_CALL = """
            {"id": "chatcmpl-1", "object": "chat.completion", "created": 1741570283, "model": "gpt-4o",
             "choices": [{"index": 0, "logprobs": null, "finish_reason": "tool_calls",
                          "message": {"role": "assistant", "content": null, "refusal": null,
                                      "tool_calls": [{"id": "call_abc", "type": "function",
                                                      "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}]}}]}
            """;

    static final String CHUNK = """
            {"id": "chatcmpl-123", "object": "chat.completion.chunk", "created": 1694268190, "model": "gpt-4o-mini",
             "system_fingerprint": "fp_44709d6fcb",
             "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "logprobs": null, "finish_reason": null}],
             "usage": null, "obfuscation": "r4N7vQ2m"}
            """;

    static final String USAGE_CHUNK = """
            {"id": "chatcmpl-123", "object": "chat.completion.chunk", "created": 1694268190, "model": "gpt-4o-mini",
             "choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": 5, "total_tokens": 14}}
            """;

    static final String ERROR = """
            {"error": {"message": "Incorrect API key provided: sk-abc***.", "type": "invalid_request_error",
                       "param": null, "code": "invalid_api_key"}}
            """;

    static final String EMBEDDINGS = """
            {"object": "list",
             "data": [{"object": "embedding", "index": 0, "embedding": [0.0023064255, -0.009327292, 0.015797347]}],
             "model": "text-embedding-3-small", "usage": {"prompt_tokens": 8, "total_tokens": 8}}
            """;

    static final String MODEL = """
            {"id": "gpt-4o-mini", "object": "model", "created": 1686935002, "owned_by": "openai"}
            """;

    static final String MODELS = """
            {"object": "list", "data": [
              {"id": "gpt-4o-mini", "object": "model", "created": 1686935002, "owned_by": "openai"},
              {"id": "text-embedding-3-small", "object": "model", "created": 1705948997, "owned_by": "system",
               "shutdown_date": null}]}
            """;

    /** A content chunk of choice {@code index} in a stream. */
    static String delta(int index, String content) {
        return "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":"
                + index + ",\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}";
    }

    /** The closing chunk of choice 0. */
    static String finish(String reason) {
        return "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{},\"finish_reason\":\"" + reason + "\"}]}";
    }
}

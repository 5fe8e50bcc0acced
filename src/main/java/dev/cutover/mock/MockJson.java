package dev.cutover.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.wire.Json;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.ReceivedRequest;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The wire format of the standalone mock's admin API, public so that a runner in another process
 * writes exactly what the mock reads.
 *
 * <p>Field names are the records' component names in snake_case, as in scenario files:
 * {@code content, chunk_words, finish_reason, tool_calls[{name, arguments}], logprobs,
 * usage{prompt_tokens, completion_tokens, prompt_details{…}, completion_details{…}}, error{status, type, code,
 * message, param}, fail_times, headers, delay_ms, ttft_ms, gaps_ms (a list), fault (enum name, any case), raw_body,
 * embedding_dims, first_event (with_headers or with_first_token; absent means with_headers), refusal, reasoning,
 * service_tier, system_fingerprint, function_call{name, arguments}, tool_deltas (sequential, interleaved, whole),
 * stream_error{type, code, message, param}}.
 * A journal entry is {@code {method, path, query, headers:{values:{name:[...]}}, body, at_ms}}.
 * Unknown fields are ignored so that either side can grow.
 */
public final class MockJson {
    private static final ObjectMapper MAPPER = Json.ADMIN;

    private MockJson() {}

    public static String writeScript(ProviderScript script) {
        return write(script);
    }

    public static ProviderScript readScript(String json) {
        try {
            return MAPPER.readValue(json, ProviderScript.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a provider script: " + e.getOriginalMessage(), e);
        }
    }

    public static String writeJournal(List<ReceivedRequest> requests) {
        return write(requests);
    }

    public static List<ReceivedRequest> readJournal(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<ReceivedRequest>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a journal: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.cutover.mock;

import static dev.cutover.mock.TestClient.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import dev.cutover.wire.Marker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official OpenAI Java SDK must accept what the mock sends: the best check that the shapes are right. */
class OpenAiSdkClientTest {
    static MockProvider mock;
    static OpenAIClient client;

    @BeforeAll
    static void start() {
        mock = MockProvider.start(MockOptions.defaults());
        client = OpenAIOkHttpClient.builder().baseUrl(mock.baseUrl() + "/v1").apiKey(MockOptions.DEFAULT_API_KEY)
                .maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        mock.close();
    }

    static ChatCompletionCreateParams chat(String key) {
        return ChatCompletionCreateParams.builder().model("gpt-4o-mini")
                .addUserMessage("Hello " + Marker.tag(key)).build();
    }

    @Test
    void nonStreamingCompletion() {
        mock.script("sdk-json", script("{\"content\":\"Parsed by the SDK\",\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":4}}"));
        ChatCompletion completion = client.chat().completions().create(chat("sdk-json"));
        assertEquals("Parsed by the SDK", completion.choices().get(0).message().content().orElseThrow());
        assertEquals(ChatCompletion.Choice.FinishReason.STOP, completion.choices().get(0).finishReason());
        assertEquals(8, completion.usage().orElseThrow().totalTokens());
        assertEquals("gpt-4o-mini", completion.model());
    }

    @Test
    void streamingCompletion() {
        mock.script("sdk-stream", script("{\"content\":\"Streamed to the SDK in pieces\",\"chunk_words\":2}"));
        StringBuilder content = new StringBuilder();
        int chunks = 0;
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(chat("sdk-stream"))) {
            for (ChatCompletionChunk chunk : (Iterable<ChatCompletionChunk>) stream.stream()::iterator) {
                chunks++;
                chunk.choices().forEach(c -> c.delta().content().ifPresent(content::append));
            }
        }
        assertEquals("Streamed to the SDK in pieces", content.toString());
        assertEquals(5, chunks); // role, three content chunks, finish
    }

    @Test
    void embeddings() {
        CreateEmbeddingResponse response = client.embeddings().create(EmbeddingCreateParams.builder()
                .model("text-embedding-3-small").input("vectors " + Marker.tag("sdk-embed")).build());
        assertEquals(8, response.data().get(0).embedding().size());
        double norm = response.data().get(0).embedding().stream().mapToDouble(v -> v * v).sum();
        assertEquals(1.0, norm, 1e-5);
        assertEquals(1, response.usage().promptTokens());
        // The SDK asks for base64 by default and decodes it itself, so this also checks the byte layout.
        assertTrue(mock.received("sdk-embed").get(0).body().contains("\"encoding_format\":\"base64\""));
    }

    @Test
    void rateLimitErrorBecomesTheSdksException() {
        mock.script("sdk-429", script("""
                {"error":{"status":429,"type":"requests","code":"rate_limit_exceeded","message":"Too many"},
                 "headers":{"Retry-After":"1"}}"""));
        RateLimitException e = assertThrows(RateLimitException.class, () -> client.chat().completions().create(chat("sdk-429")));
        assertEquals(429, e.statusCode());
        assertEquals("rate_limit_exceeded", e.code().orElseThrow());
        assertEquals("requests", e.type().orElseThrow());
        assertTrue(e instanceof OpenAIServiceException);
        assertEquals(1, mock.received("sdk-429").size()); // retries are off
    }
}

package dev.cutover.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.http.HttpCall;
import dev.cutover.scenario.AuthMode;
import dev.cutover.scenario.RequestSpec;
import dev.cutover.target.ApiStyle;
import dev.cutover.target.Auth;
import dev.cutover.target.ClientStyle;
import dev.cutover.target.Target;
import dev.cutover.target.TestTargets;
import dev.cutover.target.Upstream;
import dev.cutover.wire.Endpoint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestBuilderTest {
    private static Target target(ApiStyle api, Auth auth) {
        return TestTargets.with(TestTargets.openAi("t", "http://127.0.0.1:7", auth, Map.of("chat", "gpt-4o"),
                Upstream.MOCK, Set.of("chat")), api, "2024-02-01", Map.of("x-extra", "1"));
    }

    private static RequestSpec chat(AuthMode auth, boolean stream) {
        Map<String, Object> body = Map.of("model", "${model.chat}", "stream", stream,
                "messages", List.of(Map.of("role", "user", "content", "hi")));
        return new RequestSpec(Endpoint.CHAT_COMPLETIONS, null, null, null, Map.of(), body, auth, 1000, true, null, null, false);
    }

    @Test
    void azureStyleGoesToTheDeploymentWithApiKeyHeader() {
        HttpCall call = RequestBuilder.build(chat(AuthMode.DEFAULT, true), target(ApiStyle.AZURE,
                new Auth("Api-Key", null, "dial-key")), "s.n");
        assertEquals("http://127.0.0.1:7/openai/deployments/gpt-4o/chat/completions?api-version=2024-02-01", call.url());
        assertEquals("dial-key", call.headers().get("Api-Key"));
        assertTrue(call.stream());
        assertTrue(call.body().contains("\"model\":\"gpt-4o\""));
        assertTrue(call.body().contains("hi [cutover:s.n]"));
        assertEquals("s.n", call.headers().get("x-cutover-exchange"));
        assertEquals("1", call.headers().get("x-extra"));
    }

    @Test
    void theMessagesApiIsCalledAsAnthropicsSdksCallIt() {
        Map<String, Object> body = Map.of("model", "${model.chat}", "max_tokens", 8,
                "messages", List.of(Map.of("role", "user", "content", "hi")));
        RequestSpec messages = new RequestSpec(Endpoint.MESSAGES, null, null, null, Map.of(), body, AuthMode.DEFAULT, 1000, true, null, null, false);
        HttpCall call = RequestBuilder.build(messages, target(ApiStyle.OPENAI, new Auth("Authorization", "Bearer", "sk-real")), "s.n");
        assertEquals("http://127.0.0.1:7/messages", call.url());
        assertEquals("sk-real", call.headers().get("x-api-key"));
        assertEquals("2023-06-01", call.headers().get("anthropic-version"));
        assertFalse(call.headers().containsKey("Authorization"));
        assertTrue(call.body().contains("hi [cutover:s.n]"));
        assertThrows(IllegalArgumentException.class, () -> RequestBuilder.build(messages, target(ApiStyle.AZURE,
                new Auth("Api-Key", null, "k")), "s.n"));
    }

    @Test
    void aMessagesStepCarriesAnthropicsSdkHeadersInTheClientsLanguageAndOtherStepsOpenAis() {
        Map<String, Object> body = Map.of("model", "${model.chat}", "max_tokens", 8,
                "messages", List.of(Map.of("role", "user", "content", "hi")));
        RequestSpec messages = new RequestSpec(Endpoint.MESSAGES, null, null, null, Map.of(), body, AuthMode.DEFAULT, 1000, true, null, null, false);
        for (ClientStyle style : List.of(ClientStyle.OPENAI_PYTHON, ClientStyle.OPENAI_NODE, ClientStyle.OPENAI_JAVA)) {
            Target t = TestTargets.withClient(target(ApiStyle.OPENAI, new Auth("Authorization", "Bearer", "sk-real")), style);
            Map<String, String> anthropic = RequestBuilder.build(messages, t, "s.n").headers();
            Map<String, String> openAi = RequestBuilder.build(chat(AuthMode.DEFAULT, false), t, "s.n").headers();
            assertEquals(openAi.get("X-Stainless-Lang"), anthropic.get("X-Stainless-Lang"), style.name());
            assertFalse(anthropic.getOrDefault("User-Agent", "").startsWith("OpenAI/"), anthropic.toString());
            assertTrue(openAi.get("User-Agent").startsWith("OpenAI/"), openAi.toString());
            assertFalse(anthropic.get("X-Stainless-Package-Version").equals(openAi.get("X-Stainless-Package-Version")), style.name());
            assertEquals("2023-06-01", anthropic.get("anthropic-version"));
            assertFalse(openAi.containsKey("anthropic-version"), openAi.toString());
        }
        Target python = TestTargets.withClient(target(ApiStyle.OPENAI, new Auth("Authorization", "Bearer", "sk-real")), ClientStyle.OPENAI_PYTHON);
        Map<String, String> headers = RequestBuilder.build(messages, python, "s.n").headers();
        assertTrue(headers.get("User-Agent").startsWith("Anthropic/Python "), headers.toString());
        assertEquals("false", headers.get("X-Stainless-Async"));
        assertEquals("1", headers.get("x-extra")); // the profile's own headers still apply
    }

    @Test
    void theResponsesApiIsCalledWithTheTargetsOwnKeyAndTheMarkerInItsInput() {
        Map<String, Object> body = Map.of("model", "${model.chat}", "input", "hi");
        RequestSpec responses = new RequestSpec(Endpoint.RESPONSES, null, null, null, Map.of(), body, AuthMode.DEFAULT, 1000, true, null, null, false);
        HttpCall call = RequestBuilder.build(responses, target(ApiStyle.OPENAI, new Auth("Authorization", "Bearer", "sk-real")), "s.n");
        assertEquals("http://127.0.0.1:7/responses", call.url());
        assertEquals("Bearer sk-real", call.headers().get("Authorization"));
        assertTrue(call.body().contains("hi [cutover:s.n]"));
        assertEquals("http://127.0.0.1:7/openai/responses?api-version=2024-02-01",
                RequestBuilder.build(responses, target(ApiStyle.AZURE, new Auth("Api-Key", null, "k")), "s.n").url());
    }

    @Test
    void authModesSendNoKeyOrAWrongOne() {
        Target t = target(ApiStyle.OPENAI, new Auth("Authorization", "Bearer", "sk-real"));
        assertFalse(RequestBuilder.build(chat(AuthMode.NONE, false), t, "k").headers().containsKey("Authorization"));
        assertEquals("Bearer " + RequestBuilder.INVALID_KEY,
                RequestBuilder.build(chat(AuthMode.INVALID, false), t, "k").headers().get("Authorization"));
        assertEquals("Bearer sk-real", RequestBuilder.build(chat(AuthMode.DEFAULT, false), t, "k").headers().get("Authorization"));
    }

    @Test
    void rawPathsGoToTheOriginAndUnknownModelsAreNamed() {
        Target t = TestTargets.openAi("t", "http://127.0.0.1:7/v1", Auth.NONE, Map.of("chat", "m"), Upstream.REAL, Set.of());
        RequestSpec health = new RequestSpec(null, "/health", null, null, Map.of(), null, AuthMode.DEFAULT, 1000, true, null, null, false);
        assertEquals("http://127.0.0.1:7/health", RequestBuilder.build(health, t, "k").url());
        RequestSpec emb = new RequestSpec(Endpoint.EMBEDDINGS, null, null, null, Map.of(),
                Map.of("model", "${model.embedding}", "input", "x"), AuthMode.DEFAULT, 1000, true, null, null, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RequestBuilder.build(emb, t, "k"));
        assertTrue(e.getMessage().contains("names no model 'embedding'"), e.getMessage());
    }
}

package dev.cutover.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.http.HttpCall;
import dev.cutover.scenario.AuthMode;
import dev.cutover.scenario.RequestSpec;
import dev.cutover.target.Target;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Variables;
import dev.cutover.wire.Endpoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped profiles send each request where that gateway or provider wants it, with the right key. */
class DialectProfilesTest {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final Map<String, String> ENV = Map.of(
            "OPENAI_API_KEY", "sk-openai-1", "ANTHROPIC_API_KEY", "sk-ant-2", "DEEPSEEK_API_KEY", "sk-deep-3",
            "GEMINI_API_KEY", "gm-key-4", "DIAL_API_KEY", "dial-key-5", "DIAL_URL", "http://127.0.0.1:8080");

    private static Target profile(String name, Map<String, String> env) {
        return TargetReader.read(PROJECT.resolve("targets/" + name), new Variables(Map.of("mock.url", "http://127.0.0.1:1",
                "port", "1"), env::get));
    }

    private static HttpCall chat(Target t, String model) {
        Map<String, Object> body = Map.of("model", model, "messages", List.of(Map.of("role", "user", "content", "hi")));
        return RequestBuilder.build(new RequestSpec(Endpoint.CHAT_COMPLETIONS, null, null, null, Map.of(), body,
                AuthMode.DEFAULT, 1000, true, null, null, false), t, "k");
    }

    @Test
    void directPicksTheProviderFromTheModelName() {
        Target direct = profile("direct.yaml", ENV);
        assertEquals("https://api.openai.com/v1/chat/completions", chat(direct, "gpt-4o-mini").url());
        assertEquals("Bearer sk-openai-1", chat(direct, "gpt-4o-mini").headers().get("Authorization"));
        assertEquals("https://api.anthropic.com/v1/chat/completions", chat(direct, "claude-3-5-haiku-latest").url());
        assertEquals("Bearer sk-ant-2", chat(direct, "claude-3-5-haiku-latest").headers().get("Authorization"));
        assertEquals("https://api.deepseek.com/v1/chat/completions", chat(direct, "deepseek-chat").url());
        assertEquals("Bearer sk-deep-3", chat(direct, "deepseek-chat").headers().get("Authorization"));
        assertEquals("https://generativelanguage.googleapis.com/v1beta/openai/chat/completions",
                chat(direct, "gemini-2.0-flash").url());
        assertEquals("Bearer gm-key-4", chat(direct, "gemini-2.0-flash").headers().get("Authorization"));
        assertTrue(direct.secrets().containsAll(List.of("sk-openai-1", "sk-ant-2", "sk-deep-3", "gm-key-4")));
    }

    @Test
    void directNamesAModelNoProviderServesAndAMissingKey() {
        Target direct = profile("direct.yaml", ENV);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> chat(direct, "llama-3-70b"));
        assertTrue(none.getMessage().contains("routes no provider for model 'llama-3-70b'"), none.getMessage());
        Target noKeys = profile("direct.yaml", Map.of());
        IllegalArgumentException noKey = assertThrows(IllegalArgumentException.class, () -> chat(noKeys, "claude-3-opus"));
        assertTrue(noKey.getMessage().contains("no key for provider 'anthropic'"), noKey.getMessage());
    }

    @Test
    void dialUsesDeploymentPathsAndTheApiKeyHeader() {
        Target dial = profile("dial.yaml", ENV);
        HttpCall call = chat(dial, "gpt-4o");
        assertEquals("http://127.0.0.1:8080/openai/deployments/gpt-4o/chat/completions?api-version=2024-02-01", call.url());
        assertEquals("dial-key-5", call.headers().get("Api-Key"));
        assertFalse(call.headers().containsKey("Authorization"), "DIAL refuses a bearer key");
    }

    @Test
    void litellmSendsItsTagHeader() {
        Target litellm = profile("litellm.yaml", Map.of("LITELLM_API_KEY", "sk-master"));
        HttpCall call = chat(litellm, "gpt-4o-mini");
        assertEquals("http://127.0.0.1:4000/v1/chat/completions", call.url());
        assertEquals("global", call.headers().get("x-litellm-tags"));
        assertEquals("Bearer sk-master", call.headers().get("Authorization"));
    }
}

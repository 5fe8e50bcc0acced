package dev.cutover.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.ProviderScript;
import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider keys a scenario may set, read into the script the mock plays; a typo is refused at its line. */
class ProviderScriptReaderTest {
    @TempDir
    Path dir;

    private ProviderScript read(String provider) throws IOException {
        Path file = Files.createDirectories(dir.resolve("chat")).resolve("s.yaml");
        Files.writeString(file, "id: s\ntitle: t\nfeatures: [chat]\nlevel: core\nseverity: minor\nprovider:\n"
                + provider.indent(2) + "request:\n  endpoint: chat.completions\n  body: {model: m}\nexpect:\n  status: 200\n");
        return ScenarioReader.read(file).steps().get(0).provider();
    }

    @Test
    void theAnswerFieldsBeyondTextAreRead() throws IOException {
        ProviderScript s = read("""
                refusal: "No."
                reasoning: "Hm."
                service_tier: flex
                system_fingerprint: fp_1
                function_call: {name: f, arguments: {a: 1}}
                tool_deltas: interleaved
                stream_error: {type: server_error, code: internal_error}
                usage:
                  prompt_tokens: 10
                  completion_tokens: 2
                  prompt_tokens_details: {cached_tokens: 8}
                  completion_tokens_details: {reasoning_tokens: 1, accepted_prediction_tokens: 0}
                """);
        assertEquals("No.", s.refusal());
        assertEquals("Hm.", s.reasoning());
        assertEquals("flex", s.serviceTier());
        assertEquals("fp_1", s.systemFingerprint());
        assertEquals(new ProviderScript.ToolCall("f", "{\"a\":1}"), s.functionCall());
        assertEquals("function_call", s.effectiveFinishReason());
        assertEquals(ProviderScript.ToolDeltas.INTERLEAVED, s.toolDeltas());
        assertEquals("internal_error", s.streamError().code());
        assertEquals(Map.of("cached_tokens", 8), s.usage().promptDetails());
        assertEquals(2, s.usage().completionDetails().size());
    }

    @Test
    void aMisspeltDetailOrDeltaStyleIsRefusedAtItsLine() {
        InputException detail = assertThrows(InputException.class, () -> read("""
                usage: {prompt_tokens: 1, completion_tokens: 1, prompt_tokens_details: {cache_tokens: 1}}
                """));
        assertTrue(detail.getMessage().contains("s.yaml:7") && detail.getMessage().contains("cache_tokens"), detail.getMessage());
        InputException style = assertThrows(InputException.class, () -> read("tool_deltas: parallel\n"));
        assertTrue(style.getMessage().contains("interleaved"), style.getMessage());
        InputException status = assertThrows(InputException.class, () -> read("stream_error: {status: 500}\n"));
        assertTrue(status.getMessage().contains("status"), status.getMessage());
    }
}

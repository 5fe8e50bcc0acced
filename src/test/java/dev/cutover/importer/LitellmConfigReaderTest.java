package dev.cutover.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config that cannot be imported says where and why; what can still be imported only warns. */
class LitellmConfigReaderTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("config.yaml"), yaml);
    }

    private String problem(String yaml) throws IOException {
        Path f = write(yaml);
        return assertThrows(InputException.class, () -> LitellmConfigReader.read(f)).getMessage();
    }

    @Test
    void notYamlNamesTheLine() throws IOException {
        String m = problem("model_list:\n  - model_name: a\n    litellm_params: {model: [unclosed\n");
        assertTrue(m.startsWith(dir.resolve("config.yaml") + ":4: invalid YAML"), m);
    }

    @Test
    void aFileThatIsNotAMapSaysWhatAConfigIs() throws IOException {
        assertEquals(dir.resolve("config.yaml") + ":1: a LiteLLM config is a map with model_list, litellm_settings, general_settings, ...",
                problem("- just\n- a list\n"));
    }

    @Test
    void noModelList() throws IOException {
        String m = problem("general_settings:\n  master_key: os.environ/K\n");
        assertTrue(m.startsWith(dir.resolve("config.yaml") + ":1: no model_list"), m);
    }

    @Test
    void modelListNotAList() throws IOException {
        assertEquals(dir.resolve("config.yaml") + ":3: model_list: model_list must be a list of {model_name, litellm_params}",
                problem("general_settings: {}\nmodel_list:\n  gpt-4o: {model: openai/gpt-4o}\n"));
    }

    @Test
    void emptyModelList() throws IOException {
        assertEquals(dir.resolve("config.yaml") + ":1: model_list: model_list is empty: nothing to import", problem("model_list: []\n"));
    }

    @Test
    void everyBrokenEntryIsReportedWithItsLineAndField() throws IOException {
        String m = problem("""
                model_list:
                  - model_name: fine
                    litellm_params: {model: openai/gpt-4o}
                  - litellm_params: {model: openai/gpt-4o}
                  - model_name: no-params
                  - model_name: no-model
                    litellm_params:
                      api_key: os.environ/OPENAI_API_KEY
                  - model_name: bad-env
                    litellm_params: {model: openai/gpt-4o, api_key: "os.environ/NOT A NAME"}
                  - just text
                """);
        Path f = dir.resolve("config.yaml");
        assertEquals(String.join("\n",
                f + ":4: model_list[1].model_name: missing required field",
                f + ":5: model_list[2].litellm_params: missing required field",
                f + ":8: model_list[3].litellm_params.model: missing required field",
                f + ":10: model_list[4].litellm_params.api_key: 'os.environ/NOT A NAME' does not name an environment variable",
                f + ":11: model_list[5]: each model_list entry is a map with model_name and litellm_params"), m);
    }

    @Test
    void anUnknownPrefixIsAWarningWithItsPlaceNotAnError() throws IOException {
        LitellmConfig c = LitellmConfigReader.read(write("""
                model_list:
                  - model_name: m
                    litellm_params:
                      model: newcloud/m-1
                """));
        assertEquals(1, c.deployments().size());
        assertEquals(dir.resolve("config.yaml") + ":4: model_list[0].litellm_params.model: unknown provider prefix 'newcloud/'; "
                + "the model is smoke-tested through LiteLLM only", c.warnings().get(0).toString());
    }

    @Test
    void modeComesFromModelInfoOrTheName() throws IOException {
        LitellmConfig c = LitellmConfigReader.read(write("""
                model_list:
                  - {model_name: a, litellm_params: {model: openai/gpt-4o}}
                  - {model_name: b, litellm_params: {model: ollama/nomic-embed-text}}
                  - {model_name: c, litellm_params: {model: openai/my-embedder-as-chat}, model_info: {mode: chat}}
                  - {model_name: d, litellm_params: {model: openai/whisper-1}, model_info: {mode: audio_transcription}}
                """));
        assertEquals(java.util.List.of(ModelMode.CHAT, ModelMode.EMBEDDING, ModelMode.CHAT, ModelMode.OTHER),
                c.deployments().stream().map(Deployment::mode).toList());
    }
}

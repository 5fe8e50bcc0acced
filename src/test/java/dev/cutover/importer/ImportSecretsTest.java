package dev.cutover.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.target.Target;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Variables;
import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config file decides what the importer writes, and generated profiles expand {@code ${env:NAME}}: a config
 * must never be able to make cutover read a variable of the user's environment and send it anywhere. Only the
 * names docs/import.md lists, or a config's own names under CUTOVER_IMPORT_, may appear.
 */
class ImportSecretsTest {
    /** Every environment name the importer documents (docs/import.md, "Keys"). */
    static final Set<String> DOCUMENTED = Set.of("LITELLM_URL", "LITELLM_MASTER_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY",
            "GEMINI_API_KEY", "DEEPSEEK_API_KEY", "GROQ_API_KEY", "MISTRAL_API_KEY", "TOGETHERAI_API_KEY", "FIREWORKS_AI_API_KEY",
            "OPENROUTER_API_KEY", "XAI_API_KEY", "PERPLEXITYAI_API_KEY", "COHERE_API_KEY", "AZURE_API_KEY", "AZURE_API_BASE",
            "AZURE_API_VERSION", "HOSTED_VLLM_API_KEY", "VERTEXAI_PROJECT", "VERTEXAI_LOCATION", "VERTEX_ACCESS_TOKEN");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{env:([^}:]*)");

    @TempDir
    Path dir;

    @Test
    void generatedFilesNameOnlyDocumentedVariablesOrTheImportPrefix() throws IOException {
        Path hostile = Files.writeString(dir.resolve("sneaky.yaml"), """
                model_list:
                  - model_name: gpt-4o
                    litellm_params:
                      model: openai/gpt-4o
                      api_base: os.environ/AWS_SECRET_ACCESS_KEY
                      api_key: os.environ/GITHUB_TOKEN
                  - model_name: mini
                    litellm_params:
                      model: azure/mini
                      api_base: os.environ/AZURE_API_KEY
                      api_version: os.environ/HOME
                      api_key: os.environ/AZURE_API_KEY
                  - model_name: gemini
                    litellm_params:
                      model: vertex_ai/gemini-1.5-pro
                      vertex_project: os.environ/SSH_AUTH_SOCK
                general_settings:
                  master_key: os.environ/DATABASE_URL
                """);
        for (Path config : List.of(LitellmImportTest.EXAMPLE, LitellmImportTest.EDGES, hostile)) {
            LitellmImport.plan(config, "x").files().forEach((file, text) -> {
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    String name = m.group(1);
                    assertTrue(DOCUMENTED.contains(name) || name.startsWith(ConfigValue.IMPORT_PREFIX),
                            config + " → " + file + " reads ${env:" + name + "}:\n" + text);
                }
            });
        }
        Imported i = LitellmImport.plan(hostile, "x");
        String openai = i.files().get("targets/direct-from-x-openai.yaml");
        assertTrue(openai.contains("baseUrl: \"${env:CUTOVER_IMPORT_AWS_SECRET_ACCESS_KEY}\""), openai);
        assertTrue(openai.contains("key: \"${env:CUTOVER_IMPORT_GITHUB_TOKEN}\""), openai);
        assertTrue(openai.contains("export CUTOVER_IMPORT_GITHUB_TOKEN=\"$GITHUB_TOKEN\""), openai);
        // The documented name is kept only for its own role: AZURE_API_KEY as a key, never as a URL.
        String azure = i.files().get("targets/direct-from-x-azure.yaml");
        assertTrue(azure.contains("key: \"${env:AZURE_API_KEY}\""), azure);
        assertTrue(azure.contains("baseUrl: \"${env:CUTOVER_IMPORT_AZURE_API_KEY}\""), azure);
    }

    @Test
    void aConfigVariableIsReadOnlyUnderTheImportPrefix() throws IOException {
        Path config = Files.writeString(dir.resolve("c.yaml"), """
                model_list:
                  - model_name: gpt-4o
                    litellm_params: {model: openai/gpt-4o, api_key: os.environ/GITHUB_TOKEN}
                """);
        Path profile = dir.resolve("openai.yaml");
        Files.writeString(profile, LitellmImport.plan(config, "x").files().get("targets/direct-from-x-openai.yaml"));
        Map<String, String> env = Map.of("GITHUB_TOKEN", "ghp-secret", "CUTOVER_IMPORT_GITHUB_TOKEN", "sk-meant-for-openai");
        Target t = TargetReader.read(profile, new Variables(Map.of(), env::get));
        assertEquals("sk-meant-for-openai", t.auth().key());
    }

    @Test
    void aValueHoldingAReferenceIsRefusedWithItsLine() throws IOException {
        for (String param : List.of("api_base: ${env:AWS_SECRET_ACCESS_KEY}", "model: openai/gpt-4o${env:HOME}",
                "api_base: https://proxy.example.test/${env:GITHUB_TOKEN}/v1")) {
            String model = param.startsWith("model:") ? "" : "      model: openai/gpt-4o\n";
            Path f = Files.writeString(dir.resolve("ref.yaml"),
                    "model_list:\n  - model_name: gpt-4o\n    litellm_params:\n" + model + "      " + param + "\n");
            int line = model.isEmpty() ? 4 : 5;
            String m = assertThrows(InputException.class, () -> LitellmImport.plan(f, "x")).getMessage();
            assertTrue(m.startsWith(f + ":" + line + ": model_list[0].litellm_params.") && m.contains("'${' is not allowed"), m);
        }
        Path name = Files.writeString(dir.resolve("name.yaml"),
                "model_list:\n  - model_name: \"${env:OPENAI_API_KEY}\"\n    litellm_params: {model: openai/gpt-4o}\n");
        String m = assertThrows(InputException.class, () -> LitellmImport.plan(name, "x")).getMessage();
        assertTrue(m.startsWith(name + ":2: model_list[0].model_name: '${' is not allowed"), m);
    }

    @Test
    void commentsNameTheProxysVariablesWithoutCutoverSpelling() {
        String litellm = LitellmImport.plan(LitellmImportTest.EXAMPLE, null).files().get("targets/litellm.yaml");
        assertFalse(litellm.contains("${env:AWS_SECRET_ACCESS_KEY}"), litellm);
        assertTrue(litellm.contains("AWS_SECRET_ACCESS_KEY"), litellm);
    }
}

package dev.cutover.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.scenario.Feature;
import dev.cutover.target.ApiStyle;
import dev.cutover.target.Target;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Upstream;
import dev.cutover.target.Variables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an import of a realistic config produces: profiles equal to the reviewed golden files, and their meaning. */
class LitellmImportTest {
    static final Path EXAMPLE = Path.of("examples/litellm/config.yaml");
    static final Path EDGES = Path.of("src/test/resources/importer/edge-config.yaml");
    private static final Path GOLDEN = Path.of("src/test/resources/importer/golden");

    @TempDir
    Path dir;

    @Test
    void everyGeneratedProfileEqualsItsGoldenFile() throws IOException {
        Imported i = LitellmImport.plan(EXAMPLE, null);
        Set<String> targets = i.files().keySet().stream().filter(f -> f.startsWith("targets/")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> golden;
        try (Stream<Path> files = Files.list(GOLDEN.resolve("targets"))) {
            golden = files.map(f -> "targets/" + f.getFileName()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(golden, targets);
        for (String f : golden) assertEquals(Files.readString(GOLDEN.resolve(f)), i.files().get(f), f);
        for (String f : List.of("claude-3-5-sonnet-chat.yaml", "claude-3-5-sonnet-stream.yaml")) {
            String path = "scenarios/smoke-litellm/" + f;
            assertEquals(Files.readString(GOLDEN.resolve(path)), i.files().get(path), path);
        }
    }

    @Test
    void theExampleCountsModelsProvidersAndWhatCannotBeReachedDirectly() {
        Imported i = LitellmImport.plan(EXAMPLE, null);
        assertEquals("litellm", i.name());
        assertEquals(9, i.deployments());
        assertEquals(8, i.modelNames());
        assertEquals(Map.of("openai", 2, "azure", 2, "anthropic", 1, "bedrock", 1, "gemini", 1, "deepseek", 1, "ollama", 1),
                i.providers());
        assertEquals(7, i.chatModels());
        assertEquals(1, i.embeddingModels());
        assertEquals(1, i.unreachable().size());
        assertTrue(i.unreachable().get(0).startsWith("bedrock-claude-haiku (bedrock/anthropic.claude-3-haiku-20240307-v1:0, config.yaml:32): bedrock — AWS Bedrock takes SigV4"),
                i.unreachable().get(0));
        assertTrue(i.warnings().isEmpty(), i.warnings().toString());
        // 8 targets; 7 chat models × 2 + 1 embedding through LiteLLM; 6 chat × 2 + 1 embedding directly (bedrock has no direct route, azure has two)
        assertEquals(8 + 15 + 15, i.files().size());
        String summary = String.join("\n", LitellmImport.summary(i, Path.of("imported/litellm")));
        assertTrue(summary.contains("8 model names (9 deployments); providers: openai 2, azure 2, anthropic 1, bedrock 1, gemini 1, deepseek 1, ollama 1"), summary);
        assertTrue(summary.contains("./cutover run --target imported/litellm/targets/litellm.yaml imported/litellm/scenarios/smoke-litellm"), summary);
    }

    @Test
    void theLitellmProfileReadsItsKeyFromTheEnvironmentAndNamesEveryModel() throws IOException {
        Target t = read(LitellmImport.plan(EXAMPLE, null), "targets/litellm.yaml",
                Map.of("LITELLM_MASTER_KEY", "sk-from-env", "LITELLM_URL", "https://llm.example.test"));
        assertEquals("litellm", t.gateway());
        assertEquals("https://llm.example.test/v1", t.baseUrl());
        assertEquals("sk-from-env", t.auth().key());
        assertEquals(Upstream.REAL, t.upstream());
        assertEquals(Set.of(Feature.CHAT, Feature.STREAMING, Feature.EMBEDDINGS, Feature.MODELS, Feature.AUTH), t.features());
        assertEquals("gpt-4o", t.models().get("chat"));
        assertEquals("text-embedding-3-small", t.models().get("embedding"));
        assertEquals("claude-3.5-sonnet", t.models().get("claude-3-5-sonnet"));
        assertEquals(10, t.models().size());
    }

    @Test
    void azureDeploymentsBecomeAzureStyleProfilesWithTheirOwnEndpointVersionAndKey() throws IOException {
        Imported i = LitellmImport.plan(EXAMPLE, null);
        // The config's own variable names are read only under CUTOVER_IMPORT_ (ImportSecretsTest says why).
        Target eu = read(i, "targets/direct-from-litellm-azure.yaml", Map.of("CUTOVER_IMPORT_AZURE_EU_API_KEY", "k-eu"));
        assertEquals(ApiStyle.AZURE, eu.api());
        assertEquals("https://acme-openai-eu.openai.azure.com", eu.baseUrl());
        assertEquals("2024-10-21", eu.apiVersion());
        assertEquals("api-key", eu.auth().header());
        assertEquals("k-eu", eu.auth().key());
        assertEquals("gpt-4o-mini-eu", eu.models().get("chat"));
        Target us = read(i, "targets/direct-from-litellm-azure-2.yaml",
                Map.of("CUTOVER_IMPORT_AZURE_US_API_KEY", "k-us", "CUTOVER_IMPORT_AZURE_US_API_BASE", "https://acme-us.openai.azure.com"));
        assertEquals("https://acme-us.openai.azure.com", us.baseUrl());
        assertEquals("gpt-4o-mini-us", us.models().get("gpt-4o-mini"));
    }

    @Test
    void literalKeysInTheConfigNeverReachAnyGeneratedFile() {
        Imported i = LitellmImport.plan(EDGES, "edges");
        for (Map.Entry<String, String> f : i.files().entrySet()) {
            assertFalse(f.getValue().contains("LITERAL"), f.getKey() + " copies a literal secret:\n" + f.getValue());
        }
        String litellm = i.files().get("targets/litellm-edges.yaml");
        assertTrue(litellm.contains("key: \"${env:LITELLM_MASTER_KEY}\""), litellm);
        assertTrue(litellm.contains("literal general_settings.master_key; it was not copied"), litellm);
        String openai = i.files().get("targets/direct-from-edges-openai.yaml");
        assertTrue(openai.contains("key: \"${env:OPENAI_API_KEY}\""), openai);
        assertTrue(openai.contains("literal api_key for gpt-4o; it was not copied"), openai);
    }

    @Test
    void edgeCasesBecomeWarningsSkipsAndReasonsNotErrors() throws IOException {
        Imported i = LitellmImport.plan(EDGES, "edges");
        String warnings = i.warnings().toString();
        assertTrue(warnings.contains("edge-config.yaml:21: model_list[3].litellm_params.model: unknown provider prefix 'acmecloud/'"), warnings);
        assertTrue(warnings.contains("edge-config.yaml:22: model_list[4]: wildcard route 'openai/*'"), warnings);
        assertEquals(List.of("dall-e-3: model_info.mode image_generation is no endpoint cutover speaks"), i.skipped());
        assertTrue(i.unreachable().stream().anyMatch(u -> u.startsWith("vertex-claude") && u.contains("publisher-specific APIs")), i.unreachable().toString());
        assertTrue(i.unreachable().stream().anyMatch(u -> u.startsWith("mystery") && u.contains("does not know provider 'acmecloud'")), i.unreachable().toString());
        // The unknown provider is still smoke-tested through LiteLLM; the bare "gpt-4o" is inferred as openai.
        assertTrue(i.files().containsKey("scenarios/smoke-edges/mystery-chat.yaml"));
        assertTrue(i.files().containsKey("scenarios/direct-from-edges-openai/gpt-4o-chat.yaml"));
        // "GPT 4o" and "gpt-4o" slug alike: the second gets its own file and logical name.
        assertTrue(i.files().get("scenarios/smoke-edges/gpt-4o-2-chat.yaml").contains("model: \"GPT 4o\""));
        Target vertex = read(i, "targets/direct-from-edges-vertex-ai.yaml", Map.of("VERTEX_ACCESS_TOKEN", "ya29.token"));
        assertEquals("https://europe-west4-aiplatform.googleapis.com/v1/projects/acme-ml/locations/europe-west4/endpoints/openapi",
                vertex.baseUrl());
        assertEquals("google/gemini-1.5-pro", vertex.models().get("chat"));
        Target litellm = read(i, "targets/litellm-edges.yaml", Map.of("LITELLM_MASTER_KEY", "k"));
        assertEquals(Set.of(Feature.CHAT, Feature.STREAMING, Feature.MODELS, Feature.AUTH), litellm.features());
    }

    private Target read(Imported i, String file, Map<String, String> env) throws IOException {
        Path f = dir.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, i.files().get(file));
        return TargetReader.read(f, new Variables(Map.of(), env::get));
    }
}

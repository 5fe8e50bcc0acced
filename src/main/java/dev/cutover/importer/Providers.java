package dev.cutover.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * LiteLLM's provider prefixes and what each means for a team calling the provider directly: the
 * OpenAI-compatible base URL, the key variable LiteLLM itself reads, or why there is no such surface.
 */
final class Providers {
    private record Known(String gateway, String baseUrl, String keyEnv) {}

    private static final Map<String, Known> OPENAI_COMPATIBLE = Map.ofEntries(
            Map.entry("openai", new Known("openai", "https://api.openai.com/v1", "OPENAI_API_KEY")),
            Map.entry("anthropic", new Known("anthropic", "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY")),
            Map.entry("gemini", new Known("gemini", "https://generativelanguage.googleapis.com/v1beta/openai", "GEMINI_API_KEY")),
            Map.entry("deepseek", new Known("deepseek", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY")),
            Map.entry("groq", new Known("direct", "https://api.groq.com/openai/v1", "GROQ_API_KEY")),
            Map.entry("mistral", new Known("direct", "https://api.mistral.ai/v1", "MISTRAL_API_KEY")),
            Map.entry("together_ai", new Known("direct", "https://api.together.xyz/v1", "TOGETHERAI_API_KEY")),
            Map.entry("fireworks_ai", new Known("direct", "https://api.fireworks.ai/inference/v1", "FIREWORKS_AI_API_KEY")),
            Map.entry("openrouter", new Known("direct", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY")),
            Map.entry("xai", new Known("direct", "https://api.x.ai/v1", "XAI_API_KEY")),
            Map.entry("perplexity", new Known("direct", "https://api.perplexity.ai", "PERPLEXITYAI_API_KEY")),
            Map.entry("cohere_chat", new Known("direct", "https://api.cohere.ai/compatibility/v1", "COHERE_API_KEY")),
            Map.entry("cohere", new Known("direct", "https://api.cohere.ai/compatibility/v1", "COHERE_API_KEY")));

    private static final Map<String, String> NO_OPENAI_SURFACE = Map.of(
            "bedrock", "AWS Bedrock takes SigV4-signed requests to its own Converse/InvokeModel API, not an OpenAI-compatible "
                    + "endpoint with a bearer key",
            "sagemaker", "SageMaker endpoints take SigV4-signed requests in the model container's own format",
            "vertex_ai", "Vertex AI serves partner models (Claude, Mistral, ...) through publisher-specific APIs with Google "
                    + "OAuth; only its Gemini models have an OpenAI-compatible endpoint");

    private static final List<String> OTHERS = List.of("azure", "ollama", "ollama_chat", "hosted_vllm");

    private Providers() {}

    static boolean known(String prefix) {
        return OPENAI_COMPATIBLE.containsKey(prefix) || NO_OPENAI_SURFACE.containsKey(prefix) || OTHERS.contains(prefix);
    }

    /** LiteLLM accepts a bare model name for OpenAI and Anthropic models and picks the provider itself. */
    static String inferred(String model) {
        String m = model.toLowerCase();
        if (m.startsWith("gpt-") || m.matches("o[134](-.*)?") || m.startsWith("text-embedding-") || m.startsWith("chatgpt-")) {
            return "openai";
        }
        return m.startsWith("claude-") ? "anthropic" : "";
    }

    static Route route(Deployment d) {
        String p = d.prefix();
        ConfigValue base = d.param("api_base");
        List<String> notes = new ArrayList<>();
        Known k = OPENAI_COMPATIBLE.get(p);
        if (k != null) {
            String url = k.baseUrl();
            if (base != null && (p.equals("gemini") || p.equals("anthropic"))) {
                notes.add("api_base in the config is for " + p + "'s native API; the OpenAI-compatible endpoint is used instead");
            } else if (base != null) {
                url = env(base, "api_base", apiBaseName(p), notes);
            }
            if (p.equals("anthropic")) {
                notes.add("Anthropic's OpenAI SDK compatibility layer: Anthropic offers it to test and compare, not as its primary API");
            }
            return new Route.Direct(p, k.gateway(), url, false, null, keyEnv(d, k.keyEnv(), notes), d.providerModel(), notes);
        }
        return switch (p) {
            case "azure" -> new Route.Direct(p, "direct",
                    base == null ? "${env:AZURE_API_BASE}" : env(base, "api_base", "AZURE_API_BASE", notes), true,
                    d.param("api_version") == null ? "${env:AZURE_API_VERSION:-2024-10-21}"
                            : env(d.param("api_version"), "api_version", "AZURE_API_VERSION", notes),
                    keyEnv(d, "AZURE_API_KEY", notes), d.providerModel(), notes);
            case "ollama", "ollama_chat" -> new Route.Direct(p, "direct",
                    withV1(base == null ? "http://localhost:11434" : env(base, "api_base", apiBaseName(p), notes)), false, null, null,
                    d.providerModel(), with(notes, "Ollama's OpenAI-compatible endpoint takes no key"));
            case "hosted_vllm" -> base == null ? new Route.Unreachable(p, "no api_base: the vLLM server's address is not in the config")
                    : new Route.Direct(p, "direct", env(base, "api_base", apiBaseName(p), notes), false, null,
                    keyEnv(d, "HOSTED_VLLM_API_KEY", notes), d.providerModel(), notes);
            case "vertex_ai" -> d.providerModel().startsWith("gemini") ? vertexGemini(d, notes)
                    : new Route.Unreachable(p, NO_OPENAI_SURFACE.get(p));
            default -> new Route.Unreachable(p.isEmpty() ? "(none)" : p, NO_OPENAI_SURFACE.getOrDefault(p,
                    "cutover does not know provider '" + p + "'; LiteLLM may reach it, a direct profile cannot be written"));
        };
    }

    /** Vertex's OpenAI-compatible endpoint wants a short-lived OAuth token, not an API key. */
    private static Route vertexGemini(Deployment d, List<String> notes) {
        String project = d.param("vertex_project") == null ? "${env:VERTEXAI_PROJECT}"
                : env(d.param("vertex_project"), "vertex_project", "VERTEXAI_PROJECT", notes);
        String location = d.param("vertex_location") == null ? "${env:VERTEXAI_LOCATION:-us-central1}"
                : env(d.param("vertex_location"), "vertex_location", "VERTEXAI_LOCATION", notes);
        notes.add("VERTEX_ACCESS_TOKEN is an OAuth token (gcloud auth print-access-token), valid for about an hour");
        String url = "https://" + location + "-aiplatform.googleapis.com/v1/projects/" + project + "/locations/" + location
                + "/endpoints/openapi";
        return new Route.Direct("vertex_ai", "direct", url, false, null, "VERTEX_ACCESS_TOKEN", "google/" + d.providerModel(), notes);
    }

    /** The variable the deployment's own {@code os.environ/} reference names; a literal key is never copied. */
    private static String keyEnv(Deployment d, String fallback, List<String> notes) {
        ConfigValue key = d.param("api_key");
        if (key == null) return fallback;
        if (key.fromEnv()) {
            renamed(key, "api_key", fallback, notes);
            return key.envName(fallback);
        }
        notes.add("the config holds a literal api_key for " + d.modelName() + "; it was not copied: export it as " + fallback);
        return fallback;
    }

    /** LiteLLM's own name for a provider's base URL variable: {@code AZURE_API_BASE}, {@code OPENAI_API_BASE}, … */
    static String apiBaseName(String prefix) {
        return prefix.toUpperCase(java.util.Locale.ROOT) + "_API_BASE";
    }

    /** A config value in profile spelling; a variable the importer does not document for the role is renamed, and a note says so. */
    private static String env(ConfigValue v, String param, String documented, List<String> notes) {
        renamed(v, param, documented, notes);
        return v.asTargetValue(documented);
    }

    private static void renamed(ConfigValue v, String param, String documented, List<String> notes) {
        if (!v.fromEnv() || v.envName(documented).equals(documented)) return;
        String note = param + " is os.environ/" + v.envVar() + " in the config: export " + v.envName(documented) + "=\"$"
                + v.envVar() + "\" (cutover reads a config's own variables only under " + ConfigValue.IMPORT_PREFIX + ")";
        if (!notes.contains(note)) notes.add(note);
    }

    private static List<String> with(List<String> notes, String note) {
        List<String> out = new ArrayList<>(notes);
        out.add(note);
        return out;
    }

    private static String withV1(String base) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return b.endsWith("/v1") ? b : b + "/v1";
    }
}

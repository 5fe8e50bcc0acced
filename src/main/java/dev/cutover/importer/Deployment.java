package dev.cutover.importer;

import java.util.List;
import java.util.Map;

/**
 * One entry of LiteLLM's {@code model_list}: the public {@code model_name} and the deployment behind it.
 * Several entries may share a model_name; LiteLLM balances between them.
 *
 * @param line          where the entry starts in the config, for messages and generated comments
 * @param litellmModel  {@code litellm_params.model} as written, e.g. {@code azure/gpt-4o-eu}
 * @param prefix        the provider prefix before the first '/', or "" when there is none
 * @param providerModel the model id the provider knows (the azure deployment name for azure)
 * @param mode          what the model serves; {@code modeWord} is the declared model_info.mode or null
 * @param params        the other litellm_params that matter for a direct route (api_base, api_key,
 *                      api_version, vertex_project, vertex_location), by key
 * @param envVars       every {@code os.environ/} variable the entry reads, in file order
 */
record Deployment(
        String modelName,
        int line,
        String litellmModel,
        String prefix,
        String providerModel,
        ModelMode mode,
        String modeWord,
        Map<String, ConfigValue> params,
        List<String> envVars) {

    ConfigValue param(String key) {
        return params.get(key);
    }

    /** A model_name LiteLLM treats as a wildcard route ({@code openai/*}); no single model to ask. */
    boolean wildcard() {
        return modelName.contains("*") || providerModel.contains("*");
    }
}

package dev.cutover.importer;

import dev.cutover.yaml.InputError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the importer takes from a LiteLLM proxy config. Setting values are not kept: only their names,
 * since router and cache settings often hold passwords.
 *
 * @param masterKey    {@code general_settings.master_key}, or null when the proxy checks no key
 * @param settingNames keys of {@code litellm_settings} and {@code router_settings}, as {@code section.key}
 * @param warnings     things the importer could not use, each with its place in the file
 */
record LitellmConfig(Path file, List<Deployment> deployments, ConfigValue masterKey, List<String> settingNames,
                     List<InputError> warnings) {

    /** The public model names in file order, each with its deployments. */
    Map<String, List<Deployment>> byModelName() {
        Map<String, List<Deployment>> out = new LinkedHashMap<>();
        for (Deployment d : deployments) out.computeIfAbsent(d.modelName(), k -> new ArrayList<>()).add(d);
        return out;
    }
}

package dev.cutover.importer;

import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import dev.cutover.yaml.YamlFiles;
import dev.cutover.yaml.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a LiteLLM proxy config ({@code model_list}, {@code litellm_settings}, {@code router_settings},
 * {@code general_settings}). Only what an import needs is checked: keys LiteLLM knows and cutover does not
 * use are left alone, so that a valid LiteLLM config never fails here for a key it may legally hold.
 */
final class LitellmConfigReader {
    /** litellm_params that say where a deployment answers; their values (or env names) feed direct targets. */
    private static final List<String> ROUTE_PARAMS = List.of("api_base", "api_key", "api_version",
            "vertex_project", "vertex_location");

    private LitellmConfigReader() {}

    /** @throws InputException with every problem found, each naming file, line and field */
    static LitellmConfig read(Path file) {
        YamlNode root = YamlFiles.read(file);
        if (!root.isMap()) throw root.error("a LiteLLM config is a map with model_list, litellm_settings, general_settings, ...");
        List<InputError> problems = new ArrayList<>();
        List<InputError> warnings = new ArrayList<>();
        root.get("include").ifPresent(n -> warnings.add(n.problem("included files are not read; import each one on its own")));
        YamlNode list = root.get("model_list").orElseThrow(() -> root.error(
                "no model_list: a LiteLLM config lists its models under model_list: [{model_name, litellm_params: {model}}]"));
        if (!list.isList()) throw list.error("model_list must be a list of {model_name, litellm_params}");
        if (list.items().isEmpty()) throw list.error("model_list is empty: nothing to import");
        List<Deployment> deployments = new ArrayList<>();
        for (YamlNode entry : list.items()) {
            try {
                deployment(entry, warnings).ifPresent(deployments::add);
            } catch (InputException e) {
                problems.addAll(e.errors());
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        ConfigValue masterKey = root.get("general_settings")
                .flatMap(g -> g.isMap() ? g.get("master_key") : Optional.empty())
                .map(ConfigValue::of).orElse(null);
        return new LitellmConfig(file, List.copyOf(deployments), masterKey, settingNames(root), List.copyOf(warnings));
    }

    private static Optional<Deployment> deployment(YamlNode entry, List<InputError> warnings) {
        if (!entry.isMap()) throw entry.error("each model_list entry is a map with model_name and litellm_params");
        String name = ConfigValue.refuseReferences(entry.require("model_name")).trim();
        if (name.isEmpty()) throw entry.require("model_name").error("model_name is empty");
        YamlNode params = entry.require("litellm_params");
        if (!params.isMap()) throw params.error("litellm_params is a map with at least 'model'");
        YamlNode modelNode = params.require("model");
        String model = ConfigValue.refuseReferences(modelNode).trim();
        if (model.isEmpty()) throw modelNode.error("model is empty");
        int slash = model.indexOf('/');
        String prefix = slash < 0 ? Providers.inferred(model) : model.substring(0, slash);
        String providerModel = slash < 0 ? model : model.substring(slash + 1);
        if (!Providers.known(prefix)) {
            warnings.add(modelNode.problem(prefix.isEmpty()
                    ? "'" + model + "' has no provider prefix cutover can infer; the model is smoke-tested through LiteLLM only"
                    : "unknown provider prefix '" + prefix + "/'; the model is smoke-tested through LiteLLM only"));
        }
        String modeWord = entry.get("model_info").filter(YamlNode::isMap).flatMap(i -> i.get("mode"))
                .map(ConfigValue::refuseReferences).orElse(null);
        Map<String, ConfigValue> route = new LinkedHashMap<>();
        List<String> envVars = new ArrayList<>();
        params.entries().forEach((key, value) -> {
            if (!value.isScalar() || value.isNull()) return;
            // Route parameters end up in profiles; the others are only scanned for the variables the proxy reads.
            ConfigValue v = ROUTE_PARAMS.contains(key) ? ConfigValue.written(value) : ConfigValue.of(value);
            if (v.fromEnv()) envVars.add(v.envVar());
            if (ROUTE_PARAMS.contains(key)) route.put(key, checked(key, value, v));
        });
        Deployment d = new Deployment(name, entry.line(), model, prefix, providerModel,
                ModelMode.of(modeWord, providerModel), modeWord, Map.copyOf(route), List.copyOf(envVars));
        if (d.wildcard()) {
            warnings.add(entry.problem("wildcard route '" + name + "' names no single model to smoke-test; skipped"));
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /**
     * A literal route parameter goes into a profile's URL: what would make the generated profile fail its own
     * lint (and so the import fail as a bug) is the config's mistake, and is said so here, with its line.
     */
    private static ConfigValue checked(String key, YamlNode at, ConfigValue v) {
        if (v.fromEnv()) return v;
        String t = v.literal();
        switch (key) {
            case "api_base" -> {
                try {
                    URI u = new URI(t);
                    boolean http = "http".equals(u.getScheme()) || "https".equals(u.getScheme());
                    if (!http || u.getHost() == null || u.getPort() == 0 || u.getPort() > 65535) {
                        throw at.error("'" + t + "' is not an http(s) URL with a host");
                    }
                } catch (URISyntaxException e) {
                    throw at.error("'" + t + "' is not a URL: " + e.getReason());
                }
            }
            case "api_version", "vertex_project", "vertex_location" -> {
                if (!t.matches("[A-Za-z0-9._-]{1,64}")) throw at.error("'" + t + "' is not a valid " + key + " (letters, digits, '.', '_', '-')");
            }
            default -> { }
        }
        return v;
    }

    private static List<String> settingNames(YamlNode root) {
        List<String> out = new ArrayList<>();
        for (String section : List.of("litellm_settings", "router_settings")) {
            root.get(section).filter(YamlNode::isMap).ifPresent(s -> s.entries().keySet().forEach(k -> out.add(section + "." + k)));
        }
        return List.copyOf(out);
    }
}

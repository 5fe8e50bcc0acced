package dev.cutover.importer;

import dev.cutover.yaml.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code cutover import litellm-config}: a LiteLLM proxy config becomes a target profile for the proxy,
 * direct-provider profiles for a team moving off it, and smoke scenarios that ask every model for a chat
 * completion and a stream (an embedding for embedding models) on each.
 */
public final class LitellmImport {
    private LitellmImport() {}

    /**
     * Reads the config and plans every file; writes nothing.
     *
     * @param name the import's name (file and target names); null derives it from the config's file name
     * @throws InputException when the config cannot be used, naming file, line and field
     */
    public static Imported plan(Path configFile, String name) {
        LitellmConfig config = LitellmConfigReader.read(configFile);
        String n = name == null ? defaultName(configFile) : Slugs.of(name);
        String source = String.valueOf(configFile.getFileName());
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> runs = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();

        SmokeSet litellm = new SmokeSet("scenarios/smoke-" + n);
        config.byModelName().forEach((modelName, deployments) -> {
            Deployment first = deployments.get(0);
            if (first.mode() == ModelMode.OTHER) {
                skipped.add(modelName + ": model_info.mode " + first.modeWord() + " is no endpoint cutover speaks");
                return;
            }
            String lines = deployments.stream().map(d -> String.valueOf(d.line())).collect(Collectors.joining(", "));
            String models = deployments.stream().map(Deployment::litellmModel).distinct().collect(Collectors.joining(", "));
            litellm.add(modelName, modelName, first.mode(), source + ":" + lines + " (model_name " + modelName + " → " + models + ")");
        });
        String litellmTarget = "targets/" + litellmName(n) + ".yaml";
        files.put(litellmTarget, TargetProfiles.litellm(n, config, litellm.models(), litellm.served()));
        files.putAll(litellm.files());
        runs.put(litellmTarget, litellm.folder());

        List<String> unreachable = new ArrayList<>();
        Map<String, List<Deployment>> groups = new LinkedHashMap<>();
        Map<String, Route.Direct> routes = new LinkedHashMap<>();
        for (Deployment d : config.deployments()) {
            if (d.mode() == ModelMode.OTHER) continue;
            Route r = Providers.route(d);
            if (r instanceof Route.Direct direct) {
                routes.putIfAbsent(direct.groupKey(), direct);
                groups.computeIfAbsent(direct.groupKey(), k -> new ArrayList<>()).add(d);
            } else {
                unreachable.add(d.modelName() + " (" + d.litellmModel() + ", " + source + ":" + d.line() + "): " + r.provider()
                        + " — " + ((Route.Unreachable) r).reason());
            }
        }
        Slugs targetNames = new Slugs();
        groups.forEach((key, deployments) -> {
            Route.Direct route = routes.get(key);
            String targetName = targetNames.unique("direct-from-" + n + "-" + route.provider());
            SmokeSet set = new SmokeSet("scenarios/" + targetName);
            Set<String> notes = new LinkedHashSet<>();
            for (Deployment d : deployments) {
                Route.Direct own = (Route.Direct) Providers.route(d);
                notes.addAll(own.notes());
                set.add(d.modelName(), own.modelId(), d.mode(), source + ":" + d.line() + " (model_name " + d.modelName()
                        + " → " + d.litellmModel() + ", called directly)");
            }
            String file = "targets/" + targetName + ".yaml";
            files.put(file, TargetProfiles.direct(targetName, source, route, set.models(), set.served(), List.copyOf(notes), unreachable));
            files.putAll(set.files());
            runs.put(file, set.folder());
        });

        Map<String, Integer> providers = new LinkedHashMap<>();
        config.deployments().forEach(d -> providers.merge(d.prefix().isEmpty() ? "(none)" : d.prefix(), 1, Integer::sum));
        return new Imported(n, config.deployments().size(), config.byModelName().size(), files, runs, providers,
                litellm.chatModels(), litellm.embeddingModels(), List.copyOf(unreachable), List.copyOf(skipped),
                config.warnings());
    }

    /** {@code litellm-<name>}, without saying litellm twice when the name already does. */
    static String litellmName(String name) {
        return name.startsWith("litellm") ? name : "litellm-" + name;
    }

    /** The file name without extension; for the usual {@code config.yaml}, the folder it sits in. */
    static String defaultName(Path configFile) {
        String file = Slugs.of(configFile.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
        Path parent = configFile.toAbsolutePath().normalize().getParent();
        boolean generic = file.equals("config") || file.equals("proxy-config") || file.equals("litellm-config");
        return generic && parent != null && parent.getFileName() != null ? Slugs.of(parent.getFileName().toString()) : file;
    }

    /** What the command prints after writing (warnings aside): counts, providers, what cannot be reached directly and why, the next commands. */
    public static List<String> summary(Imported i, Path out) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%d model names (%d deployments); providers: %s", i.modelNames(), i.deployments(),
                i.providers().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        lines.add(String.format("smoke scenarios through LiteLLM: %d chat models (chat + stream), %d embedding models",
                i.chatModels(), i.embeddingModels()));
        i.skipped().forEach(s -> lines.add("no smoke scenario: " + s));
        if (i.unreachable().isEmpty()) {
            lines.add("every model can be reached directly");
        } else {
            lines.add("not reachable without LiteLLM:");
            i.unreachable().forEach(u -> lines.add("  " + u));
        }
        lines.add(String.format("wrote %d files under %s", i.files().size(), out));
        lines.add("next:");
        i.runs().forEach((target, scenarios) -> lines.add("  ./cutover run --target " + out.resolve(target) + " " + out.resolve(scenarios)));
        return lines;
    }
}

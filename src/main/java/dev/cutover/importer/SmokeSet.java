package dev.cutover.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models one target serves and their smoke scenarios in one folder: a chat and a stream scenario per
 * chat model, an embedding scenario per embedding model, and the target's {@code models:} map
 * ({@code chat} = the first chat model, {@code embedding} = the first embedding model, then one logical
 * name per model).
 */
final class SmokeSet {
    private final String folder;
    private final Slugs slugs = new Slugs();
    private final Map<String, String> named = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();
    private String chat;
    private String embedding;
    private int chatModels;
    private int embeddingModels;

    /** @param folder the scenario folder, relative to the import's output folder */
    SmokeSet(String folder) {
        this.folder = folder;
        slugs.unique("chat"); // the logical names stay free for the first chat and embedding model
        slugs.unique("embedding");
    }

    /**
     * @param label  the model_name, for logical names and file names
     * @param model  what the request sends as {@code model}
     * @param mode   CHAT or EMBEDDING
     * @param origin where it comes from in the config, for comments and titles
     */
    void add(String label, String model, ModelMode mode, String origin) {
        if (named.containsValue(model)) return; // a second deployment of the same model adds no new check
        String slug = slugs.unique(label);
        named.put(slug, model);
        if (mode == ModelMode.EMBEDDING) {
            if (embedding == null) embedding = model;
            embeddingModels++;
            files.put(path(slug + "-embedding"), SmokeScenarios.embedding(slug + "-embedding", model, origin));
        } else {
            if (chat == null) chat = model;
            chatModels++;
            files.put(path(slug + "-chat"), SmokeScenarios.chat(slug + "-chat", model, origin));
            files.put(path(slug + "-stream"), SmokeScenarios.stream(slug + "-stream", model, origin));
        }
    }

    String folder() { return folder; }
    Map<String, String> files() { return files; }
    int chatModels() { return chatModels; }
    int embeddingModels() { return embeddingModels; }

    Map<String, String> models() {
        Map<String, String> out = new LinkedHashMap<>();
        if (chat != null) out.put("chat", chat);
        if (embedding != null) out.put("embedding", embedding);
        out.putAll(named);
        return out;
    }

    /** Features this set's models serve, as a target claims them. */
    List<String> served() {
        List<String> out = new ArrayList<>();
        if (chat != null) out.addAll(List.of("chat", "streaming"));
        if (embedding != null) out.add("embeddings");
        return out;
    }

    private String path(String id) {
        return folder + "/" + id + ".yaml";
    }
}

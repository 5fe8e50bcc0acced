package dev.cutover.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a DIAL core config would hold for the stand-in: the deployments (models) it serves and the API keys
 * with the per-deployment token limits of their role. Keys are fixed, obviously fake stand-in values.
 */
final class DialConfig {
    enum Type { CHAT, EMBEDDING }

    static final String KEY = "dial-standin-key";
    static final String LIMITED_KEY = "dial-standin-limited";
    static final String RATE_LIMITED_KEY = "dial-standin-rate-limited";

    /** deployment name → the API it serves. */
    static final Map<String, Type> DEPLOYMENTS = orderedDeployments();

    /** A key's role limits: the deployments it may call and its tokens per minute on each. */
    record KeyLimits(Set<String> deployments, long minuteTokens) {}

    static final Map<String, KeyLimits> KEYS = Map.of(
            KEY, new KeyLimits(DEPLOYMENTS.keySet(), Long.MAX_VALUE),
            LIMITED_KEY, new KeyLimits(Set.of("gpt-4o-mini", "text-embedding-3-small"), Long.MAX_VALUE),
            // One token a minute: the first call passes (nothing used yet), every later one hits the limit.
            RATE_LIMITED_KEY, new KeyLimits(DEPLOYMENTS.keySet(), 1));

    private DialConfig() {}

    private static Map<String, Type> orderedDeployments() {
        Map<String, Type> m = new LinkedHashMap<>();
        m.put("gpt-4o-mini", Type.CHAT);
        m.put("gpt-4o", Type.CHAT);
        m.put("text-embedding-3-small", Type.EMBEDDING);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** DIAL's ModelData for a model (fields DIAL leaves null are omitted, as its JSON mapper does). */
    static ObjectNode model(String name) {
        ObjectNode m = deploymentFields(name, "model");
        m.put("lifecycle_status", "generally-available");
        ObjectNode caps = m.putObject("capabilities");
        caps.putArray("scale_types").add("standard");
        caps.put("completion", false);
        caps.put("chat_completion", DEPLOYMENTS.get(name) == Type.CHAT);
        caps.put("embeddings", DEPLOYMENTS.get(name) == Type.EMBEDDING);
        caps.put("fine_tune", false);
        caps.put("inference", false);
        return m;
    }

    /** DIAL's DeploymentData for a model deployment. */
    static ObjectNode deployment(String name) {
        ObjectNode d = deploymentFields(name, "deployment");
        d.putObject("scale_settings").put("scale_type", "standard");
        return d;
    }

    static ObjectNode list(Iterable<ObjectNode> items) {
        ObjectNode root = Json.object();
        ArrayNode data = root.putArray("data");
        items.forEach(data::add);
        root.put("object", "list");
        return root;
    }

    private static ObjectNode deploymentFields(String name, String object) {
        ObjectNode d = Json.object();
        d.put("id", name);
        d.put("model", name);
        d.put("reference", name);
        d.put("owner", "organization-owner");
        d.put("object", object);
        d.put("status", "succeeded");
        d.put("created_at", 1672534800L);
        d.put("updated_at", 1672534800L);
        ObjectNode f = d.putObject("features");
        for (String flag : new String[] {"rate", "tokenize", "truncate_prompt", "configuration", "tools", "seed",
                "url_attachments", "folder_attachments"}) {
            f.put(flag, false);
        }
        f.put("system_prompt", true);
        f.put("allow_resume", true);
        f.put("accessible_by_per_request_key", true);
        return d;
    }
}

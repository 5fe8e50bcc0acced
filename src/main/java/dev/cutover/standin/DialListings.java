package dev.cutover.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;

/**
 * DIAL's listings: ModelData for {@code /openai/models}, DeploymentData for {@code /openai/deployments}, as DIAL
 * 0.18 writes them (fields it leaves null are omitted by its JSON mapper). Checked field by field against a
 * real DIAL core 0.18.0: a model has {@code reference}, {@code defaults} and {@code description_keywords}, a
 * deployment has none of them.
 */
final class DialListings {
    private DialListings() {}

    static ObjectNode model(DialConfig.Deployment d) {
        ObjectNode m = common(d, "model");
        m.put("reference", d.name());
        m.put("lifecycle_status", "generally-available");
        ObjectNode caps = m.putObject("capabilities");
        caps.putArray("scale_types").add("standard");
        caps.put("completion", false);
        caps.put("chat_completion", d.type() == DialConfig.Type.CHAT);
        caps.put("embeddings", d.type() == DialConfig.Type.EMBEDDING);
        caps.put("fine_tune", false);
        caps.put("inference", false);
        m.putObject("defaults");
        m.putArray("description_keywords");
        return m;
    }

    static ObjectNode deployment(DialConfig.Deployment d) {
        ObjectNode o = common(d, "deployment");
        o.putObject("scale_settings").put("scale_type", "standard");
        return o;
    }

    /** Only the deployments the role may see are listed (ModelController.getModels, hasAccess). */
    static ObjectNode list(String role, boolean models) {
        ObjectNode root = Json.object();
        ArrayNode data = root.putArray("data");
        DialConfig.DEPLOYMENTS.values().stream().filter(d -> d.visibleTo(role))
                .forEach(d -> data.add(models ? model(d) : deployment(d)));
        root.put("object", "list");
        return root;
    }

    private static ObjectNode common(DialConfig.Deployment d, String object) {
        ObjectNode o = Json.object();
        o.put("id", d.name());
        o.put("model", d.name());
        o.put("owner", "organization-owner");
        o.put("object", object);
        o.put("status", "succeeded");
        o.put("created_at", 1672534800L);
        o.put("updated_at", 1672534800L);
        ObjectNode f = o.putObject("features");
        for (String flag : new String[] {"rate", "tokenize", "truncate_prompt", "configuration"}) f.put(flag, false);
        f.put("system_prompt", true);
        for (String flag : new String[] {"tools", "seed", "url_attachments", "folder_attachments"}) f.put(flag, false);
        f.put("allow_resume", true);
        f.put("accessible_by_per_request_key", true);
        return o;
    }
}

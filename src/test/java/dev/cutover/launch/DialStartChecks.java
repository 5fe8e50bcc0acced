package dev.cutover.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What DIAL core 0.18.0 refuses to start with, written from its source: each check names the class that makes it.
 * Fields DIAL's config classes do not know fail its Jackson mapper (unknown properties are an error except at
 * the top level, which Config ignores).
 */
final class DialStartChecks {
    /** config.Deployment and config.Model fields, with their aliases. */
    private static final Set<String> MODEL_FIELDS = Set.of("name", "endpoint", "displayName", "display_name",
            "displayVersion", "display_version", "iconUrl", "icon_url", "description", "reference", "userRoles",
            "user_roles", "forwardAuthToken", "forward_auth_token", "features", "inputAttachmentTypes",
            "input_attachment_types", "maxInputAttachments", "max_input_attachments", "defaults", "interceptors",
            "descriptionKeywords", "description_keywords", "type", "tokenizerModel", "limits", "pricing", "upstreams",
            "overrideName");
    private static final Set<String> UPSTREAM_FIELDS = Set.of("endpoint", "key", "extraData", "weight", "tier");
    private static final Set<String> KEY_FIELDS = Set.of("key", "project", "role", "secured", "roles");
    private static final Set<String> ROLE_FIELDS = Set.of("name", "limits");
    private static final Set<String> LIMIT_FIELDS = Set.of("minute", "day", "requestHour", "requestDay");
    private static final Set<String> MODEL_TYPES = Set.of("chat", "completion", "embedding");

    private DialStartChecks() {}

    static void settings(JsonNode s) {
        // AccessTokenValidator: "At least one identity provider is required"; IdentityProvider: one way to check a
        // token, a rolePath, a salt with a logging key, an issuerPattern that compiles.
        JsonNode idps = s.path("identityProviders");
        assertTrue(idps.isObject() && idps.size() >= 1, "at least one identity provider");
        idps.fields().forEachRemaining(e -> {
            JsonNode p = e.getValue();
            boolean jwt = p.hasNonNull("jwksUrl") || p.path("disableJwtVerification").asBoolean(false);
            assertTrue(jwt ^ p.hasNonNull("userInfoEndpoint"), e.getKey() + ": either jwksUrl or userInfoEndpoint");
            assertFalse(p.path("disableJwtVerification").asBoolean(false), e.getKey() + ": would accept any JWT unchecked");
            if (p.hasNonNull("jwksUrl")) assertTrue(p.get("jwksUrl").asText().matches("https?://\\S+"), "jwksUrl is a URL");
            assertTrue(p.hasNonNull("rolePath"), e.getKey() + ": rolePath is missed");
            if (p.hasNonNull("loggingKey")) assertTrue(p.hasNonNull("loggingSalt"), e.getKey() + ": loggingSalt is missed");
            if (p.hasNonNull("issuerPattern")) Pattern.compile(p.get("issuerPattern").asText());
        });
        // EncryptionService: "Encryption secret is not set", "Encryption key is not set", no obsolete password/salt.
        JsonNode enc = s.path("encryption");
        assertTrue(enc.path("secret").isTextual() && enc.path("key").isTextual(), "encryption secret and key");
        assertFalse(enc.has("password") || enc.has("salt"), "unsupported encryption properties");
        // CacheClientFactory: "Redis configuration not found".
        assertTrue(s.path("redis").path("singleServerConfig").path("address").asText().startsWith("redis://"), "redis");
        // FileConfigStore: a list of files and a reload period (the default settings give 60000).
        assertTrue(s.at("/config/files").isArray() && s.at("/config/files").size() > 0, "config files");
        // Vert.x: no h2c upgrade (a client offering it would get 505), and Prometheus off rather than on a port.
        assertEquals(false, s.at("/server/http2ClearTextEnabled").asBoolean(true), "only HTTP/1.1");
        assertEquals(false, s.at("/vertx/metricsOptions/enabled").asBoolean(true), "metrics off");
    }

    static void config(JsonNode c) {
        JsonNode models = c.path("models");
        assertTrue(models.isObject() && models.size() > 0, "models");
        models.fields().forEachRemaining(e -> {
            JsonNode m = e.getValue();
            known(m, MODEL_FIELDS, "models." + e.getKey());
            assertTrue(MODEL_TYPES.contains(m.path("type").asText().toLowerCase()), e.getKey() + ": type");
            URI.create(m.path("endpoint").asText());
            assertTrue(m.path("endpoint").asText().startsWith("http"), e.getKey() + ": endpoint");
            for (JsonNode u : m.path("upstreams")) {
                known(u, UPSTREAM_FIELDS, "models." + e.getKey() + ".upstreams");
                assertTrue(u.path("endpoint").asText().startsWith("http"), e.getKey() + ": upstream endpoint");
            }
        });
        // ApiKeyStore.validateProjectKey: "Project key is undefined", "at least one role must be assigned".
        c.path("keys").fields().forEachRemaining(e -> {
            known(e.getValue(), KEY_FIELDS, "keys." + e.getKey());
            assertFalse(e.getValue().path("project").asText().isEmpty(), e.getKey() + ": project");
            assertTrue(!e.getValue().path("role").asText().isEmpty() || e.getValue().path("roles").size() > 0,
                    e.getKey() + ": a role");
            String role = e.getValue().path("role").asText();
            assertTrue(c.path("roles").has(role), e.getKey() + ": role " + role + " is defined");
        });
        c.path("roles").fields().forEachRemaining(e -> {
            known(e.getValue(), ROLE_FIELDS, "roles." + e.getKey());
            e.getValue().path("limits").fields().forEachRemaining(l -> {
                assertTrue(models.has(l.getKey()), e.getKey() + ": a limit for an unknown model " + l.getKey());
                known(l.getValue(), LIMIT_FIELDS, "roles." + e.getKey() + ".limits." + l.getKey());
                l.getValue().fields().forEachRemaining(f -> assertTrue(f.getValue().canConvertToLong(), f.getKey()));
            });
        });
    }

    private static void known(JsonNode node, Set<String> fields, String where) {
        if (!node.isObject()) fail(where + " is not an object");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String f = it.next().getKey();
            assertTrue(fields.contains(f), where + ": DIAL does not know the field '" + f + "'");
        }
    }
}

package dev.cutover.target;

import dev.cutover.expect.Allowance;
import dev.cutover.scenario.Bounds;
import dev.cutover.scenario.Feature;
import dev.cutover.yaml.InputException;
import dev.cutover.yaml.YamlFiles;
import dev.cutover.yaml.YamlNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a target profile, resolving variables; every problem names file, line and field. */
public final class TargetReader {
    private static final List<String> KEYS = List.of("name", "description", "gateway", "baseUrl", "api", "apiVersion",
            "auth", "keys", "headers", "models", "upstream", "features", "conventions", "launch", "knownDifferences", "routes", "standInFor",
            "allowances", "client", "mock", "breaker", "mockMode");
    /** How the mock a run starts answers requests nobody scripted: its fixed default reply, or like a model. */
    static final Set<String> MOCK_MODES = Set.of("scripted", "model-like");
    static final Set<String> GATEWAYS = Set.of("dial", "litellm", "portkey", "worldflow", "nullplatform", "openai",
            "anthropic", "deepseek", "gemini", "direct", "generic");

    private TargetReader() {}

    /**
     * Reads a profile. A run reads it twice (see {@link Variables}): first with {@link Variables#beforeSetup()}, which
     * checks all of it before anything runs and gives the launch's setup step, then with the values that step printed.
     *
     * @throws InputException when the profile cannot be used
     */
    public static Target read(Path file, Variables given) {
        YamlNode root = YamlFiles.read(file);
        try {
            return read(root, file, given);
        } catch (InputException e) {
            throw SecretsInErrors.masked(e, root, given);
        }
    }

    private static Target read(YamlNode root, Path file, Variables given) {
        if (!root.isMap()) throw root.error("a target profile is a map with name, baseUrl, api, ...");
        root.onlyKeys(KEYS);
        // ${run.dir} names the folder of a gateway started here; a profile that starts none has none to name.
        Variables vars = root.get("launch").filter(LaunchReader::startsGateway).isPresent() ? given : given.withoutRunDir();
        ApiStyle api = root.get("api").map(v -> v.oneOf(ApiStyle.class)).orElse(ApiStyle.OPENAI);
        List<ProviderRoute> routes = root.get("routes").map(r -> routes(r, vars)).orElse(List.of());
        YamlNode base = routes.isEmpty() ? root.require("baseUrl") : root.get("baseUrl").orElse(null);
        String baseUrl = base == null ? routes.get(0).baseUrl() : stripSlash(vars.resolve(base));
        if (base != null) checkUrl(base, baseUrl);
        String apiVersion = root.get("apiVersion").map(vars::resolve).orElse(null);
        if (api == ApiStyle.AZURE && apiVersion == null) throw root.error("api: azure needs 'apiVersion' (sent as ?api-version=)");
        root.get("mockMode").ifPresent(m -> m.oneOf(MOCK_MODES));
        return new Target(
                root.require("name").text(),
                root.get("gateway").map(v -> v.oneOf(GATEWAYS)).orElse("generic"),
                baseUrl, api, apiVersion,
                root.get("auth").map(a -> auth(a, vars)).orElse(Auth.NONE),
                root.get("keys").map(k -> headerValues(k, vars)).orElse(Map.of()),
                root.get("headers").map(h -> headers(h, vars)).orElse(Map.of()),
                root.get("models").map(h -> resolvedMap(h, vars)).orElse(Map.of()),
                root.get("upstream").map(v -> v.oneOf(Upstream.class)).orElse(Upstream.REAL),
                features(root.require("features")),
                root.get("conventions").map(h -> conventions(h, vars)).orElse(Map.of()),
                file,
                root.get("launch").map(l -> LaunchReader.read(l, folder(file), vars)).orElse(null),
                root.get("knownDifferences").map(k -> knownFile(k, file)).orElse(null),
                routes,
                root.get("standInFor").map(v -> v.oneOf(GATEWAYS)).orElse(null),
                root.get("allowances").map(TargetReader::allowances).orElse(Allowance.DEFAULTS),
                root.get("client").map(c -> ClientStyle.fromYaml(c.text()).orElseThrow(() -> c.error("unknown client '"
                        + c.text() + "'; known: " + ClientStyle.known()))).orElse(ClientStyle.DEFAULT),
                root.get("mock").map(m -> mock(m, vars)).orElse(null),
                root.get("breaker").map(TargetReader::breaker).orElse(null));
    }

    /**
     * {@code breaker: {cooldownMs: 2000, faultModels: [m-faults-1, m-faults-2]}}: the gateway takes a failing
     * deployment out; fault scenarios go to their own deployments in turn and are spaced.
     */
    private static Breaker breaker(YamlNode n) {
        n.onlyKeys(List.of("cooldownMs", "faultModels"));
        List<String> models = n.get("faultModels").map(YamlNode::texts).orElse(List.of());
        if (models.size() > 100) throw n.require("faultModels").error("at most 100 fault models, found " + models.size());
        if (models.stream().anyMatch(String::isBlank)) throw n.require("faultModels").error("a fault model name is empty");
        if (models.stream().distinct().count() < models.size()) throw n.require("faultModels").error("a fault model is listed twice");
        return new Breaker(n.get("cooldownMs").map(c -> (long) c.integer(0, 600_000, "ms")).orElse(1_000L), models);
    }

    /**
     * The standalone mock a profile names, if any, read before the rest: {@code ${mock.url}} elsewhere in the
     * profile is its URL. Only the environment can fill its values.
     */
    public static java.util.Optional<MockSpec> mock(Path file, Variables envOnly) {
        YamlNode root = YamlFiles.read(file);
        if (!root.isMap()) return java.util.Optional.empty();
        return root.get("mock").map(m -> mock(m, envOnly));
    }

    /**
     * {@code mockMode: model-like}: the mock this run starts answers what nobody scripted like a model, so that a profile
     * with {@code upstream: real} in front of it proves the catalog's live checks without real providers.
     */
    public static boolean modelLikeMock(Path file) {
        YamlNode root = YamlFiles.read(file);
        return root.isMap() && root.get("mockMode").map(m -> m.oneOf(MOCK_MODES)).map("model-like"::equals).orElse(false);
    }

    private static MockSpec mock(YamlNode m, Variables vars) {
        m.onlyKeys(List.of("url", "adminKey", "key"));
        YamlNode urlNode = m.require("url");
        String url = stripSlash(vars.resolve(urlNode));
        checkUrl(urlNode, url);
        if (url.endsWith("/v1")) throw urlNode.error("give the mock's root, without /v1 (profiles add it: ${mock.url}/v1)");
        return new MockSpec(url, m.get("adminKey").map(vars::resolve).orElse(null),
                m.get("key").map(vars::resolve).orElse(null));
    }

    private static Auth auth(YamlNode n, Variables vars) {
        n.onlyKeys(List.of("header", "scheme", "key"));
        YamlNode header = n.require("header");
        String scheme = n.get("scheme").map(s -> Bounds.headerValue(s, s.text())).orElse(null);
        YamlNode keyNode = n.require("key");
        String key = Bounds.headerValue(keyNode, vars.resolve(keyNode));
        return new Auth(Bounds.requestHeaderName(header.text(), header, "a target profile"), scheme, key);
    }

    private static List<ProviderRoute> routes(YamlNode n, Variables vars) {
        List<ProviderRoute> out = new java.util.ArrayList<>();
        for (YamlNode r : n.items()) {
            r.onlyKeys(List.of("provider", "models", "baseUrl", "auth"));
            YamlNode url = r.require("baseUrl");
            String baseUrl = stripSlash(vars.resolve(url));
            checkUrl(url, baseUrl);
            List<String> models = r.require("models").texts();
            if (models.isEmpty()) throw r.require("models").error("list the model names (globs like gpt-*) this provider serves");
            out.add(new ProviderRoute(r.require("provider").text(), models, baseUrl,
                    r.get("auth").map(a -> auth(a, vars)).orElse(Auth.NONE)));
        }
        if (out.isEmpty()) throw n.error("list at least one route, or leave routes out");
        return List.copyOf(out);
    }

    private static Set<Feature> features(YamlNode n) {
        Set<Feature> out = new LinkedHashSet<>();
        for (YamlNode item : n.isList() ? n.items() : List.of(n)) out.add(Feature.read(item));
        return Set.copyOf(out);
    }

    /** Extra request headers: names are HTTP tokens, values (resolved) stay on one line. */
    private static Map<String, String> headers(YamlNode n, Variables vars) {
        n.entries().forEach((name, v) -> Bounds.requestHeaderName(name, v, "a target profile"));
        return headerValues(n, vars);
    }

    /** Values that go out in a header (keys too): resolved, then held to one line of Latin-1 text. */
    private static Map<String, String> headerValues(YamlNode n, Variables vars) {
        Map<String, String> out = resolvedMap(n, vars);
        n.entries().forEach((name, v) -> Bounds.headerValue(v, out.get(name)));
        return out;
    }

    /** Conventions naming a header ({@code requestIdHeader}, {@code cacheBypassHeader}, …) name one a client can send. */
    private static Map<String, String> conventions(YamlNode n, Variables vars) {
        Map<String, String> out = resolvedMap(n, vars);
        n.entries().forEach((k, v) -> {
            if (k.endsWith("Header") && !out.get(k).contains(Variables.LINT_PLACEHOLDER)) Bounds.headerName(out.get(k), v);
            if (k.endsWith("Value")) Bounds.headerValue(v, out.get(k));
        });
        return out;
    }

    /** What the gateway may change on the way, besides what every gateway may ({@link Allowance#DEFAULTS}). */
    private static Set<Allowance> allowances(YamlNode n) {
        Set<Allowance> out = EnumSet.copyOf(Allowance.DEFAULTS);
        for (YamlNode item : n.isList() ? n.items() : List.of(n)) {
            String name = item.text();
            out.add(Allowance.fromWire(name).orElseThrow(() -> item.error("unknown allowance '" + name + "'; known: "
                    + Allowance.known())));
        }
        return Set.copyOf(out);
    }

    static Map<String, String> resolvedMap(YamlNode n, Variables vars) {
        Map<String, String> out = new LinkedHashMap<>();
        n.entries().forEach((k, v) -> out.put(k, vars.resolve(v)));
        return out;
    }

    private static void checkUrl(YamlNode node, String url) {
        if (url.contains(Variables.LINT_PLACEHOLDER)) return;
        try {
            URI u = URI.create(url);
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
                throw node.error("'" + url + "' is not an http(s) URL with a host");
            }
            if (u.getPort() == 0 || u.getPort() > 65535) throw node.error("port " + u.getPort() + " is not from 1 to 65535");
        } catch (IllegalArgumentException e) {
            throw node.error("'" + url + "' is not a URL: " + e.getMessage());
        }
    }

    /** Checked here so that the message points at the profile's line, not at a file that is not there. */
    private static Path knownFile(YamlNode k, Path profile) {
        Path p = folder(profile).resolve(k.text().trim()).normalize();
        if (!java.nio.file.Files.isRegularFile(p)) throw k.error("no such file '" + k.text().trim() + "' (relative to the profile's folder)");
        return p;
    }

    private static Path folder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

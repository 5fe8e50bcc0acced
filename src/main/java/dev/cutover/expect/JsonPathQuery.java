package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.cutover.wire.Json;
import dev.cutover.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON path read from one document — the response body, a chosen stream chunk, the body that reached
 * the provider. The path is compiled while the scenario is read.
 */
record JsonPathQuery(String path, JsonPath compiled) {

    /**
     * Exceptions are not suppressed: a missing path must read as absent while an explicit
     * {@code null} stays a present null, and suppression would blur the two.
     */
    private static final Configuration JAYWAY = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
            .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
            .build();

    /** One "JSON path → predicate" entry as written, with the node it was written on. */
    record Entry(JsonPathQuery path, Predicate predicate, YamlNode node) {}

    /** Every entry of a "path → predicate" map, in file order. */
    static List<Entry> parseAll(YamlNode map) {
        Map<String, YamlNode> entries = map.entries();
        if (entries.isEmpty()) throw map.error("expected at least one JSON path");
        List<Entry> out = new ArrayList<>();
        entries.forEach((path, value) -> out.add(new Entry(compile(path, value), Predicate.parse(value), value)));
        return out;
    }

    static JsonPathQuery compile(String path, YamlNode at) {
        JsonPath compiled;
        try {
            compiled = JsonPath.compile(path);
        } catch (InvalidPathException e) {
            throw at.error("bad JSON path '" + path + "': " + e.getMessage());
        }
        // Jayway runs a filter's =~ with java.util.regex, which backtracks: a pattern there could hang a run.
        if (path.contains("=~")) throw at.error("bad JSON path '" + path + "': regex filters (=~) are not allowed; "
                + "select the value and check it with 'matches:' (RE2, linear time)");
        String unbalanced = unbalanced(path);
        if (unbalanced != null) throw at.error("bad JSON path '" + path + "': " + unbalanced);
        return new JsonPathQuery(path, compiled);
    }

    /** Jayway quietly accepts some broken paths such as {@code $.a[}; a typo must not turn into "absent". */
    private static String unbalanced(String path) {
        int depth = 0;
        char quote = 0;
        for (char c : path.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (--depth < 0) return "'" + c + "' without its opening bracket";
            }
        }
        if (quote != 0) return "unclosed quote";
        if (depth != 0) return "unclosed bracket";
        return path.endsWith(".") ? "ends with '.'" : null;
    }

    /** @param subject how the value is named if the path cannot be evaluated */
    Lookup<Actual> read(JsonNode document, String subject) {
        Object found;
        try {
            found = JsonPath.using(JAYWAY).parse(document).read(compiled);
        } catch (PathNotFoundException e) {
            found = null;
        } catch (JsonPathException e) {
            return Lookup.failed(subject + ": cannot evaluate: " + e.getMessage());
        }
        // Path functions such as length() return plain Java values rather than JSON nodes.
        JsonNode node = found == null || found instanceof JsonNode ? (JsonNode) found : Json.tree(found);
        return Lookup.of(Actual.json(node));
    }
}

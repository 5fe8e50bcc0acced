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
 * One "JSON path → predicate" entry, shared by {@code json}, the stream chunk maps and
 * {@code upstream.body}. The path is compiled while the scenario is read.
 */
record JsonPathCheck(String path, JsonPath compiled, Predicate predicate) {

    /**
     * Exceptions are not suppressed: a missing path must read as absent while an explicit
     * {@code null} stays a present null, and suppression would blur the two.
     */
    private static final Configuration JAYWAY = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
            .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
            .build();

    /** Every entry of a "path → predicate" map, in file order. */
    static List<JsonPathCheck> parseAll(YamlNode map) {
        Map<String, YamlNode> entries = map.entries();
        if (entries.isEmpty()) throw map.error("expected at least one JSON path");
        List<JsonPathCheck> out = new ArrayList<>();
        entries.forEach((path, value) -> out.add(parse(path, value)));
        return out;
    }

    static JsonPathCheck parse(String path, YamlNode value) {
        JsonPath compiled;
        try {
            compiled = JsonPath.compile(path);
        } catch (InvalidPathException e) {
            throw value.error("bad JSON path '" + path + "': " + e.getMessage());
        }
        String unbalanced = unbalanced(path);
        if (unbalanced != null) throw value.error("bad JSON path '" + path + "': " + unbalanced);
        return new JsonPathCheck(path, compiled, Predicate.parse(value));
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

    /** @param where what the document is, prefixed to the path in messages ("" for the response body) */
    List<String> check(JsonNode document, String where) {
        String subject = where.isEmpty() ? path : where + " " + path;
        Object found;
        try {
            found = JsonPath.using(JAYWAY).parse(document).read(compiled);
        } catch (PathNotFoundException e) {
            found = null;
        } catch (JsonPathException e) {
            return List.of(subject + ": cannot evaluate: " + e.getMessage());
        }
        // Path functions such as length() return plain Java values rather than JSON nodes.
        JsonNode node = found == null || found instanceof JsonNode ? (JsonNode) found : Json.tree(found);
        return predicate.test(subject, Actual.json(node));
    }

    String describe() {
        return path + " " + predicate.describe();
    }
}

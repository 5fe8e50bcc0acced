package dev.cutover.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Every JSON mapper of cutover, each named for what it is for, so that two packages never disagree on
 * what a JSON body is. Reading is strict everywhere: {@code {} junk} is not a JSON body for the checks, for
 * parity or for the mock, because a real client's parser refuses it too.
 */
public final class Json {
    /** Reads and writes bodies, chunks and values: one document per text, trailing tokens refused. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Reads a body to show it as it was sent: a duplicate key refuses it (rather than quietly keeping the
     * last one) and decimals keep the digits the server wrote.
     */
    public static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    /**
     * The standalone mock's admin API (provider scripts, journals): records with snake_case fields, as in
     * scenario files, enums in any case, unknown fields ignored so that runner and mock can grow apart.
     */
    public static final ObjectMapper ADMIN = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Writes report files: indented, every field present even when null. */
    public static final ObjectWriter REPORT = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writer();

    private Json() {}

    /** The parsed text, or empty when it is blank or not (exactly one) JSON document. */
    public static Optional<JsonNode> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            return Optional.of(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * Why the text is not (exactly one) JSON document, in the parser's words without its internals — a byte-order
     * mark, a NaN, nesting or a number past the parser's limits look like JSON to a person — or empty when it is.
     */
    public static Optional<String> whyNot(String text) {
        if (text == null || text.isBlank()) return Optional.of("empty");
        if (text.charAt(0) == '\uFEFF') return Optional.of("it starts with a byte-order mark (U+FEFF), which JSON forbids (RFC 8259, 8.1)");
        try {
            MAPPER.readTree(text);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            String why = String.valueOf(e.getOriginalMessage()).replaceAll(", from `[^`]*`|: enable `.*$", "").strip();
            var at = e.getLocation();
            return Optional.of(at == null ? why : why + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
    }

    /** The parsed bytes (UTF-8), or empty when they are not one JSON document. */
    public static Optional<JsonNode> parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) return Optional.empty();
        try {
            JsonNode node = MAPPER.readTree(bytes);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The bytes as a JSON object, or empty when they hold anything else. */
    public static Optional<ObjectNode> object(byte[] bytes) {
        return parse(bytes).filter(JsonNode::isObject).map(ObjectNode.class::cast);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A plain value (Map, List, String, Number, Boolean, null — as YAML reads them) as a JSON tree. */
    public static JsonNode tree(Object plain) {
        return plain == null ? NullNode.instance : MAPPER.valueToTree(plain);
    }

    /** Compact JSON text of any value. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compact JSON as UTF-8 bytes. */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The indented form of a report value, ending with a newline. */
    public static String report(Object value) {
        try {
            return REPORT.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

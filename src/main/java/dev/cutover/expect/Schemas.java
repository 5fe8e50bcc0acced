package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's JSON schemas (resources under {@code schemas/}), each compiled once and kept: a run
 * validates every stream chunk, and compiling per chunk would dominate the cost. A schema may refer to another by
 * its file name ({@code "$ref": "response.json"}): references resolve beside it on the classpath.
 */
final class Schemas {
    static final List<String> NAMES = List.of("chat.completion", "chat.completion.chunk", "error", "embedding.list", "model.list",
            "model", "response", "response.stream.event", "message", "message.stream.event", "anthropic.error");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private Schemas() {}

    /** One message per violation, e.g. {@code $.choices[0].index: string found, integer expected}; sorted. */
    static List<String> validate(String name, JsonNode document) {
        if (!NAMES.contains(name)) throw new IllegalArgumentException("unknown schema " + name);
        JsonSchema schema = COMPILED.computeIfAbsent(name,
                n -> FACTORY.getSchema(SchemaLocation.of("classpath:schemas/" + n + ".json")));
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}

package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * A JSON schema the request itself carried — a tool's {@code parameters}, a {@code json_schema} response format — held
 * against what the model answered. Draft 2020-12 unless the schema names another, as OpenAI reads them.
 */
final class RequestSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private RequestSchemas() {}

    /** One message per violation, sorted; a schema that cannot even be compiled is one problem too. */
    static List<String> violations(JsonNode schema, JsonNode value) {
        try {
            return FACTORY.getSchema(schema).validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (RuntimeException e) {
            return List.of("the request's schema cannot be used: " + e.getMessage());
        }
    }
}

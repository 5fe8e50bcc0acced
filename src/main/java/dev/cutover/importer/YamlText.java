package dev.cutover.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cutover.wire.Json;

/**
 * Spelling values from a user's config safely into generated YAML: every value as a double-quoted scalar
 * (a JSON string is one), every comment on one line, so no model name can break the file's structure.
 */
final class YamlText {

    private YamlText() {}

    static String quote(String value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
    }

    /** A comment line; line breaks in user text become spaces. */
    static String comment(String text) {
        return "# " + text.replaceAll("[\\r\\n]+", " ") + "\n";
    }
}

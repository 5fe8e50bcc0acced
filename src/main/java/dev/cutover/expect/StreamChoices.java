package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Finding choice 0 in a chunk: with n > 1 choices interleave, and each chunk names its choice by index. */
final class StreamChoices {
    private StreamChoices() {}

    /**
     * The choice with index 0, or a missing node when the chunk has none (e.g. the usage chunk). A choice
     * without an index counts as 0: the schema check reports that, this one looks at the text.
     */
    static JsonNode first(JsonNode chunk) {
        for (JsonNode choice : chunk.path("choices")) {
            if (choice.path("index").asInt(0) == 0) return choice;
        }
        return MissingNode.getInstance();
    }
}

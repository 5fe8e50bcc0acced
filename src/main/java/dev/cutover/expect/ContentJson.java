package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code content_json: true} — every choice's content (a body's, or a stream's as it assembles) is whole JSON, as the
 * request's {@code response_format} promised: an object for {@code json_object}, and for {@code json_schema} a value
 * meeting that schema. Whatever the model wrote, a client parses it; a gateway that drops the response format, or cuts
 * or re-encodes the text, fails it. An answer cut at the token limit cannot be whole, and says so.
 */
record ContentJson(Source source) implements Expectation {

    @Override
    public String describe() {
        return "content is JSON as the request's response_format asked";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<List<JsonNode>> choices = Answer.choices(o);
        if (choices.failed()) return choices.problems();
        JsonNode format = Answer.request(o).path("response_format");
        List<String> problems = new ArrayList<>();
        for (JsonNode c : choices.value()) {
            String who = "choice " + c.path("index").asInt(0) + " content";
            JsonNode message = c.path("message");
            JsonNode content = message.path("content");
            if (message.path("refusal").isTextual()) {
                problems.add(who + ": the model refused: " + Values.cut(message.get("refusal").textValue()));
            } else if (!content.isTextual()) {
                problems.add(who + ": expected JSON text, got " + (content.isMissingNode() ? "nothing" : Values.show(content)));
            } else if ("length".equals(c.path("finish_reason").asText())) {
                problems.add(who + ": cut at the token limit (finish_reason length), so it cannot be whole JSON: "
                        + Values.cut(content.textValue()));
            } else {
                json(who, content.textValue(), format, problems);
            }
        }
        return problems;
    }

    private static void json(String who, String text, JsonNode format, List<String> problems) {
        JsonNode value = Json.parse(text).orElse(null);
        if (value == null) {
            problems.add(who + ": not JSON: " + Values.cut(text));
            return;
        }
        String type = format.path("type").asText();
        if (type.equals("json_object") && !value.isObject()) problems.add(who + ": response_format json_object, got " + Values.show(value));
        JsonNode schema = format.path("json_schema").path("schema");
        if (type.equals("json_schema") && schema.isObject()) {
            RequestSchemas.violations(schema, value).forEach(v -> problems.add(who + ": does not meet the response_format's schema: "
                    + v + " (content: " + Values.cut(text) + ")"));
        }
    }
}

package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code usage_consistent: true} — the usage an answer reports (its body's, or a stream's usage chunk) adds up, whatever
 * the model: whole counts, at least one prompt token, {@code total = prompt + completion} (completion 0 for embeddings),
 * cached tokens within the prompt, reasoning tokens within the completion, and no more completion tokens than the
 * request allowed ({@code max_completion_tokens} or {@code max_tokens}, times {@code n}). A gateway that recounts, drops or
 * zeroes usage, or drops the token limit on the way, fails it — and every cost report downstream is built on it.
 */
record UsageConsistent(Source source) implements Expectation {

    @Override
    public String describe() {
        return "usage is consistent (total = prompt + completion, within the request's token limit)";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<JsonNode> usage = Answer.usage(o);
        if (usage.failed()) return usage.problems();
        JsonNode u = usage.value();
        List<String> problems = new ArrayList<>();
        Long prompt = count(u, "prompt_tokens", true, problems);
        Long completion = count(u, "completion_tokens", false, problems);
        Long total = count(u, "total_tokens", true, problems);
        if (!problems.isEmpty()) return problems;
        long c = completion == null ? 0 : completion;
        if (prompt < 1) problems.add("usage.prompt_tokens: expected at least 1 (every request has a prompt), got " + prompt);
        if (total != prompt + c) {
            problems.add("usage.total_tokens: expected prompt_tokens + completion_tokens = " + prompt + " + " + c + " = "
                    + (prompt + c) + ", got " + total);
        }
        within(u.path("prompt_tokens_details").path("cached_tokens"), "usage.prompt_tokens_details.cached_tokens", prompt,
                "prompt_tokens", problems);
        within(u.path("completion_tokens_details").path("reasoning_tokens"), "usage.completion_tokens_details.reasoning_tokens",
                c, "completion_tokens", problems);
        JsonNode request = Answer.request(o);
        JsonNode limit = request.hasNonNull("max_completion_tokens") ? request.get("max_completion_tokens") : request.get("max_tokens");
        if (limit != null && limit.canConvertToLong() && limit.asLong() > 0) {
            long n = Math.max(1, request.path("n").asLong(1));
            if (c > limit.asLong() * n) {
                problems.add("usage.completion_tokens: " + c + " is more than the request allowed (" + limit.asLong()
                        + (n > 1 ? " × n " + n : "") + "): was the token limit dropped on the way?");
            }
        }
        return problems;
    }

    private static Long count(JsonNode usage, String field, boolean required, List<String> problems) {
        JsonNode v = usage.get(field);
        if (v == null || v.isNull()) {
            if (required) problems.add("usage." + field + ": expected a whole number, was absent");
            return null;
        }
        if (!v.isIntegralNumber() || v.asLong() < 0) {
            problems.add("usage." + field + ": expected a whole number of 0 or more, got " + Values.show(v));
            return null;
        }
        return v.asLong();
    }

    private static void within(JsonNode detail, String name, long bound, String boundName, List<String> problems) {
        if (detail.isMissingNode() || detail.isNull()) return;
        if (!detail.isIntegralNumber() || detail.asLong() < 0) problems.add(name + ": expected a whole number, got " + Values.show(detail));
        else if (detail.asLong() > bound) problems.add(name + ": " + detail.asLong() + " is more than " + boundName + " " + bound);
    }
}

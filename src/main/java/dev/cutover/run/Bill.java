package dev.cutover.run;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a run sent, per model: requests, and the tokens the answers' usage reported. Against real providers this is
 * what the run cost; behind cutover's mock it is only a count.
 *
 * @param realUpstream  real providers stood behind the target, so this was billed
 * @param cap           the limits the run was held to
 * @param notRun        scenarios left out because the cap was reached
 */
public record Bill(boolean realUpstream, List<Line> models, Cap cap, int notRun) {

    /** One model's share; "(none)" for requests that name no model (model listings, health). */
    public record Line(String model, int requests, long promptTokens, long completionTokens) {
        public long tokens() {
            return promptTokens + completionTokens;
        }
    }

    public static final Bill NONE = new Bill(false, List.of(), Cap.NONE, 0);

    public Bill {
        models = List.copyOf(models);
    }

    public int requests() {
        return models.stream().mapToInt(Line::requests).sum();
    }

    public long promptTokens() {
        return models.stream().mapToLong(Line::promptTokens).sum();
    }

    public long completionTokens() {
        return models.stream().mapToLong(Line::completionTokens).sum();
    }

    public long tokens() {
        return promptTokens() + completionTokens();
    }

    /** "104 requests, 5,321 tokens (4,800 prompt, 521 completion) of a cap of 200 requests, 100,000 tokens". */
    public String summary() {
        String s = String.format(Locale.ROOT, "%,d request%s, %,d tokens (%,d prompt, %,d completion)", requests(),
                requests() == 1 ? "" : "s", tokens(), promptTokens(), completionTokens());
        if (!cap.unlimited()) s += String.format(Locale.ROOT, "; cap %,d requests, %,d tokens", cap.maxRequests(), cap.maxTokens());
        if (notRun > 0) s += String.format(Locale.ROOT, "; %d scenario%s not run for the cap", notRun, notRun == 1 ? "" : "s");
        return s;
    }

    /** "gpt-4o-mini: 96 requests, 5,000 tokens; text-embedding-3-small: 8 requests, 321 tokens". */
    public String perModel() {
        return models.stream().map(l -> String.format(Locale.ROOT, "%s: %,d request%s, %,d tokens", l.model(), l.requests(),
                l.requests() == 1 ? "" : "s", l.tokens())).collect(Collectors.joining("; "));
    }
}

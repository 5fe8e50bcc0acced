package dev.cutover.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * What a gateway would bill for a reply, from its {@code usage}: OpenAI's list prices in USD per million
 * tokens (input, output) for the models the stand-ins serve. Gateways report cost; the figure only has to
 * be plausible and to follow the token counts.
 */
final class Prices {
    private record Price(String inputPerMillion, String outputPerMillion) {}

    private static final Map<String, Price> BY_MODEL = Map.of(
            "gpt-4o-mini", new Price("0.15", "0.60"),
            "gpt-4o", new Price("2.50", "10.00"),
            "text-embedding-3-small", new Price("0.02", "0"));

    private Prices() {}

    /** The cost of a reply, or empty when the model has no price or the reply no usage. */
    static Optional<BigDecimal> cost(String model, JsonNode reply) {
        Price p = model == null ? null : BY_MODEL.get(model);
        JsonNode usage = reply == null ? null : reply.get("usage");
        if (p == null || usage == null || !usage.isObject()) return Optional.empty();
        BigDecimal in = new BigDecimal(usage.path("prompt_tokens").asLong(0)).multiply(new BigDecimal(p.inputPerMillion()));
        BigDecimal out = new BigDecimal(usage.path("completion_tokens").asLong(0)).multiply(new BigDecimal(p.outputPerMillion()));
        return Optional.of(in.add(out).divide(BigDecimal.valueOf(1_000_000), 12, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    static boolean known(String model) {
        return BY_MODEL.containsKey(model);
    }
}

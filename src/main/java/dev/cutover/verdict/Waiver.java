package dev.cutover.verdict;

import dev.cutover.parity.Difference;
import dev.cutover.yaml.Glob;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An accepted difference: a whole scenario, a field path (with {@code *} wildcards) in every scenario, or
 * both, and optionally the values it accepts. It counts until its expiry date (inclusive); after that it stops
 * counting and the report says so.
 *
 * @param scenario   a scenario id, or null for every scenario
 * @param difference a field path pattern such as {@code header.x-portkey-*}, or null for every path
 */
public record Waiver(String scenario, String difference, String reason, LocalDate expires, Path file, int line,
                     Values values) {

    /**
     * The values a waiver accepts, when it names them (as {@code compare --accept} writes it): the difference
     * must show exactly these, so a later, different change to the same field is not accepted with it.
     * A null value means the field is absent on that side.
     */
    public record Values(String baseline, String candidate) {}

    public Waiver(String scenario, String difference, String reason, LocalDate expires, Path file, int line) {
        this(scenario, difference, reason, expires, file, line, null);
    }

    public boolean matches(Difference d) {
        if (scenario != null && !scenario.equals(d.scenarioId())) return false;
        if (values != null && !(Objects.equals(values.baseline(), d.baseline()) && Objects.equals(values.candidate(), d.candidate()))) {
            return false;
        }
        return difference == null || Glob.matches(difference, d.path());
    }

    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    /** "stream-reset-mid-stream-not-hidden / transport" — how reports name it. */
    public String describe() {
        if (scenario == null) return difference;
        return difference == null ? scenario : scenario + " / " + difference;
    }
}

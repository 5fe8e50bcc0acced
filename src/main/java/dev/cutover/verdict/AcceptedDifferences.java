package dev.cutover.verdict;

import dev.cutover.parity.Difference;
import dev.cutover.wire.Json;
import java.time.LocalDate;
import java.util.List;

/**
 * Today's remaining differences as a waiver file ({@code compare --accept FILE}), for a person to review and
 * commit: each names its scenario, field and both values — so a later, different change to the same field is
 * not accepted with it — a reason to fill in and an expiry. Applied with {@code compare --waivers FILE}, the
 * same pair compares GO unless something new appears.
 */
public final class AcceptedDifferences {
    /** How long an accepted difference holds before someone must look again. */
    static final int DAYS = 90;

    private AcceptedDifferences() {}

    /** The blocking differences and warnings no waiver accepts yet; null when there are none. */
    public static String render(ComparisonResult r, LocalDate today) {
        List<Weighed> open = r.decision().differences().stream()
                .filter(w -> w.counted() == Impact.BLOCKING || w.counted() == Impact.WARNING).toList();
        if (open.isEmpty()) return null;
        StringBuilder y = new StringBuilder();
        y.append("# Differences accepted on ").append(today).append(" from `cutover compare` of ").append(r.plan().name())
                .append(":\n# ").append(r.baseline().target()).append(" (baseline) → ").append(r.candidate().target())
                .append(" (candidate). Review each one: write in `reason` why it is acceptable, or fix the candidate\n")
                .append("# and delete the entry. Apply with: cutover compare … --waivers <this file>. Each entry accepts\n")
                .append("# exactly these values; a different change to the same field is a new difference.\n")
                .append("waivers:\n");
        for (Weighed w : open) {
            Difference d = w.difference();
            y.append("  - scenario: ").append(Json.write(d.scenarioId())).append('\n')
                    .append("    difference: ").append(Json.write(d.path())).append('\n')
                    .append("    baseline: ").append(Json.write(d.baseline())).append('\n')
                    .append("    candidate: ").append(Json.write(d.candidate())).append('\n')
                    .append("    reason: ").append(Json.write("TODO (" + w.counted().name().toLowerCase(java.util.Locale.ROOT)
                            + ", accepted without review on " + today + "): " + d.why())).append('\n')
                    .append("    expires: ").append(today.plusDays(DAYS)).append('\n');
        }
        return y.toString();
    }
}

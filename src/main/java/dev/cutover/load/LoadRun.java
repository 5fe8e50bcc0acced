package dev.cutover.load;

import dev.cutover.report.ReportFolder;
import java.time.Instant;
import java.util.List;

/**
 * One finished load run against one target: what was sent where, every sample, and what they add up to.
 *
 * @param baseUrl     masked
 * @param standInFor  the gateway the target only imitates (cutover's stand-in), or null for the real thing
 * @param stopReason  why it ended: "stages completed", or the cap that ended it
 * @param samples        those issued after the warm-up (samples.jsonl keeps them all)
 * @param resendsRefused broken streams Gatling's SSE client tried to send again and cutover refused (none was sent);
 *                       the whole run, warm-up included
 * @param mockTiming     how late the embedded mock provider wrote its answers; null when the target's upstream is real
 * @param folder         its report folder, not yet in place: samples.jsonl, Gatling's report and the gateway's log
 *                       are in it; {@link LoadReport#write} adds load.html and load.json and moves it into place
 */
public record LoadRun(String target, String gateway, String standInFor, String baseUrl, LoadProfile profile, Instant startedAt,
                      String stopReason, List<Sample> samples, LoadMetrics metrics, long resendsRefused,
                      MockTiming mockTiming, ReportFolder folder) {

    /** @param issued requests the users asked for; one past the cap means a user found the cap reached */
    static String stopReason(LoadProfile p, long issued, double elapsedS) {
        if (issued > p.limits().requests()) return "request cap of " + p.limits().requests() + " reached";
        if (elapsedS >= p.limits().seconds()) return "time cap of " + p.limits().seconds() + " s reached";
        return "stages completed";
    }
}

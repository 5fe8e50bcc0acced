package dev.cutover.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * One conformance scenario, read from {@code scenarios/<area>/<id>.yaml}.
 *
 * @param area        the folder it lives in (chat, streaming, errors, ...)
 * @param unlessClaims features that make the scenario not apply (e.g. a "the error reaches the client"
 *                    check does not apply to a target that retries)
 * @param needsScripted {@code needs: scripted}: only meaningful behind cutover's scripted provider (faults, exact
 *                    timing, what reached the provider); against real providers it is not supported, saying why
 */
public record Scenario(
        String id,
        String title,
        List<Feature> features,
        Level level,
        Severity severity,
        List<String> tags,
        List<Step> steps,
        Path file,
        String area,
        List<Feature> unlessClaims,
        boolean needsScripted) {

    /** A scenario that declares nothing about real providers. */
    public Scenario(String id, String title, List<Feature> features, Level level, Severity severity, List<String> tags,
                    List<Step> steps, Path file, String area, List<Feature> unlessClaims) {
        this(id, title, features, level, severity, tags, steps, file, area, unlessClaims, false);
    }

    /** Whether it says what it needs from real providers: {@code needs: scripted}, or a {@code live:} block in every step. */
    public boolean declaresLive() {
        return needsScripted || steps.stream().allMatch(st -> st.live() != null);
    }

    public ScenarioInfo info() {
        return new ScenarioInfo(id, title, area, features, level, severity, file, unlessClaims);
    }

    public String displayName() {
        return id + " — " + title;
    }
}

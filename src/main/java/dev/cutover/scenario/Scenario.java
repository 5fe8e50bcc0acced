package dev.cutover.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * One conformance scenario, read from {@code scenarios/<area>/<id>.yaml}.
 *
 * @param area        the folder it lives in (chat, streaming, errors, ...)
 * @param unlessClaims features that make the scenario not apply (e.g. a "the error reaches the client"
 *                    check does not apply to a target that retries)
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
        List<Feature> unlessClaims) {

    public ScenarioInfo info() {
        return new ScenarioInfo(id, title, area, features, level, severity, file, unlessClaims);
    }

    public String displayName() {
        return id + " — " + title;
    }
}

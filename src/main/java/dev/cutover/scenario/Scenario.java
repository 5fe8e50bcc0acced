package dev.cutover.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * One conformance scenario, read from {@code scenarios/<area>/<id>.yaml}.
 *
 * @param area the folder it lives in (chat, streaming, errors, ...)
 */
public record Scenario(
        String id,
        String title,
        List<String> features,
        Level level,
        Severity severity,
        List<String> tags,
        List<Step> steps,
        Path file,
        String area) {

    public String displayName() {
        return id + " — " + title;
    }
}

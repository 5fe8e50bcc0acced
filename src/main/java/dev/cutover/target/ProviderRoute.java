package dev.cutover.target;

import dev.cutover.yaml.Glob;
import java.util.List;

/**
 * One provider behind a direct target: requests whose model matches one of {@code models} (globs such as
 * {@code gpt-*}) go to {@code baseUrl} with this route's key — what a team removing its gateway does.
 */
public record ProviderRoute(String provider, List<String> models, String baseUrl, Auth auth) {

    public boolean matches(String model) {
        return model != null && models.stream().anyMatch(glob -> Glob.matchesWithAnyChar(glob, model));
    }
}

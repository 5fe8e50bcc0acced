package dev.cutover.target;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One provider behind a direct target: requests whose model matches one of {@code models} (globs such as
 * {@code gpt-*}) go to {@code baseUrl} with this route's key — what a team removing its gateway does.
 */
public record ProviderRoute(String provider, List<String> models, String baseUrl, Auth auth) {

    public boolean matches(String model) {
        return model != null && models.stream().anyMatch(glob -> glob(glob).matcher(model).matches());
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString());
    }
}

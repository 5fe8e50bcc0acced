package dev.cutover.yaml;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one {@code ${…}} substitution of cutover. Files use it for environment variables
 * ({@code ${env:NAME}}, {@code ${env:NAME:-default}}), run variables ({@code ${mock.url}}, {@code ${port}}), a
 * target's logical models ({@code ${model.chat}}) and conventions ({@code ${conventions.requestIdHeader}});
 * each caller supplies the lookup for the names it knows, so the syntax is read in one place only.
 */
public final class Template {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    private Template() {}

    /**
     * The text with each reference replaced by {@code lookup}'s value for its name; where the lookup answers
     * null the reference stays as written (it belongs to a later stage). The lookup may throw to refuse a name.
     */
    public static String render(String text, Function<String, String> lookup) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = lookup.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** When the whole text is one reference to {@code prefix.NAME} (e.g. {@code ${conventions.x}}): NAME. */
    public static Optional<String> wholeReference(String text, String prefix) {
        Matcher m = REFERENCE.matcher(text);
        if (!m.matches() || !m.group(1).startsWith(prefix + ".")) return Optional.empty();
        return Optional.of(m.group(1).substring(prefix.length() + 1));
    }

    /** The value of {@code env:NAME} or {@code env:NAME:-default} from {@code env}; null for any other name. */
    public static EnvReference env(String name) {
        if (!name.startsWith("env:")) return null;
        String spec = name.substring(4);
        int dflt = spec.indexOf(":-");
        return dflt >= 0 ? new EnvReference(spec.substring(0, dflt), spec.substring(dflt + 2)) : new EnvReference(spec, null);
    }

    /** An environment reference: the variable's name and its default (null without one). */
    public record EnvReference(String variable, String fallback) {}
}

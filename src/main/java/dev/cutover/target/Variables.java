package dev.cutover.target;

import dev.cutover.yaml.YamlNode;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${env:NAME}}, {@code ${env:NAME:-default}} and run variables such as
 * {@code ${mock.url}} in target profiles. Secrets come only from the environment, never from files.
 */
public final class Variables {
    private static final Pattern REF = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, String> run;
    private final Function<String, String> env;

    public Variables(Map<String, String> run, Function<String, String> env) {
        this.run = Map.copyOf(run);
        this.env = env;
    }

    public static Variables fromSystem(Map<String, String> run) {
        return new Variables(run, System::getenv);
    }

    /**
     * For lint: a profile is checked on machines that do not hold its secrets, so a missing environment
     * variable resolves to a placeholder instead of failing.
     */
    public static Variables forLint(Map<String, String> run) {
        return new Variables(run, name -> {
            String v = System.getenv(name);
            return v == null || v.isEmpty() ? LINT_PLACEHOLDER : v;
        });
    }

    public static final String LINT_PLACEHOLDER = "lint-placeholder";

    /** The node's text with every reference replaced; an unknown reference is an error at that node. */
    public String resolve(YamlNode node) {
        return resolve(node.text(), node);
    }

    /** Text from elsewhere (a config file named at {@code node}) with references replaced; errors point at node. */
    public String resolve(String text, YamlNode node) {
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), node)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String ref, YamlNode node) {
        if (ref.startsWith("env:")) {
            String spec = ref.substring(4);
            int dflt = spec.indexOf(":-");
            String name = dflt >= 0 ? spec.substring(0, dflt) : spec;
            String v = env.apply(name);
            if (v != null && !v.isEmpty()) return v;
            if (dflt >= 0) return spec.substring(dflt + 2);
            throw node.error("environment variable " + name + " is not set (write ${env:" + name + ":-default} for a default)");
        }
        String v = run.get(ref);
        if (v == null) throw node.error("unknown variable ${" + ref + "}; known: env:NAME, " + String.join(", ", run.keySet()));
        return v;
    }
}

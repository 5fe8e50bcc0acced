package dev.cutover.target;

import dev.cutover.yaml.Template;
import dev.cutover.yaml.YamlNode;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves {@code ${env:NAME}}, {@code ${env:NAME:-default}} and run variables such as
 * {@code ${mock.url}} in target profiles. Secrets come only from the environment, never from files.
 */
public final class Variables {
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
        return Template.render(text, ref -> value(ref, node));
    }

    private String value(String ref, YamlNode node) {
        Template.EnvReference e = Template.env(ref);
        if (e != null) {
            String v = env.apply(e.variable());
            if (v != null && !v.isEmpty()) return v;
            if (e.fallback() != null) return e.fallback();
            throw node.error("environment variable " + e.variable() + " is not set (write ${env:" + e.variable()
                    + ":-default} for a default)");
        }
        String v = run.get(ref);
        if (v == null) throw node.error("unknown variable ${" + ref + "}; known: env:NAME, " + String.join(", ", new java.util.TreeSet<>(run.keySet())));
        return v;
    }
}

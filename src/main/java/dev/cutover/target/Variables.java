package dev.cutover.target;

import dev.cutover.yaml.Template;
import dev.cutover.yaml.YamlNode;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Resolves {@code ${env:NAME}}, {@code ${env:NAME:-default}}, run variables such as {@code ${mock.url}} and
 * {@code ${run.dir}}, and {@code ${setup.NAME}} — what a launch's setup step printed — in target profiles.
 * Secrets come only from the environment and the setup step, never from files.
 *
 * <p>A profile is read in two phases, because its setup step must run before the rest can be resolved:
 * {@link #beforeSetup()} stands a placeholder in for every setup value, so the whole profile is checked before
 * anything runs; {@link #withSetup} resolves them from what the step printed. A setup command itself can use
 * no setup value. Lint reads every profile as the first phase, and never runs a setup step.
 */
public final class Variables {
    public static final String LINT_PLACEHOLDER = "lint-placeholder";
    /** The run's folder for a gateway started here: rendered config files, what the setup step writes. */
    public static final String RUN_DIR = "run.dir";
    static final String SETUP = "setup.";

    private enum Phase { BEFORE_SETUP, IN_SETUP, AFTER_SETUP }

    private final Map<String, String> run;
    private final Function<String, String> env;
    private final boolean lint;
    private final Phase phase;
    private final Map<String, String> setup;

    public Variables(Map<String, String> run, Function<String, String> env) {
        this(run, env, false, Phase.AFTER_SETUP, Map.of());
    }

    private Variables(Map<String, String> run, Function<String, String> env, boolean lint, Phase phase,
                      Map<String, String> setup) {
        this.run = Map.copyOf(run);
        this.env = env;
        this.lint = lint;
        this.phase = phase;
        this.setup = Map.copyOf(setup);
    }

    public static Variables fromSystem(Map<String, String> run) {
        return new Variables(run, Environment::get);
    }

    /**
     * For lint: a profile is checked on machines that do not hold its secrets, so a missing environment
     * variable resolves to a placeholder instead of failing; so do setup values, which only a run makes, and
     * the run's folder.
     */
    public static Variables forLint(Map<String, String> run) {
        Map<String, String> withFolder = new HashMap<>(run);
        withFolder.putIfAbsent(RUN_DIR, LINT_PLACEHOLDER);
        return new Variables(withFolder, name -> {
            String v = Environment.get(name);
            return v == null || v.isEmpty() ? LINT_PLACEHOLDER : v;
        }, true, Phase.BEFORE_SETUP, Map.of());
    }

    /** Phase one: every {@code ${setup.NAME}} is a placeholder, as in lint. */
    public Variables beforeSetup() {
        return new Variables(run, env, lint, Phase.BEFORE_SETUP, Map.of());
    }

    /** Phase two: {@code ${setup.NAME}} is what the setup step printed; a name it did not print is an error. */
    public Variables withSetup(Map<String, String> printed) {
        return new Variables(run, env, lint, lint ? Phase.BEFORE_SETUP : Phase.AFTER_SETUP, printed);
    }

    /** For the setup command: it makes the setup values, so it cannot use them. */
    Variables inSetup() {
        return new Variables(run, env, lint, Phase.IN_SETUP, Map.of());
    }

    /** For a profile that starts no gateway here: there is no run folder to name. */
    Variables withoutRunDir() {
        Map<String, String> r = new HashMap<>(run);
        r.remove(RUN_DIR);
        return new Variables(r, env, lint, phase, setup);
    }

    /** What the setup step printed (empty before it ran, and in lint). */
    Map<String, String> setupValues() {
        return setup;
    }

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
        if (ref.startsWith(SETUP)) return setupValue(ref, node);
        String v = run.get(ref);
        if (v != null) return v;
        if (ref.equals(RUN_DIR)) {
            throw node.error("${run.dir} names the folder of a gateway started here; this profile starts none"
                    + " (launch: process or container)");
        }
        throw node.error("unknown variable ${" + ref + "}; known: env:NAME, " + String.join(", ", new TreeSet<>(run.keySet()))
                + ", setup.NAME");
    }

    private String setupValue(String ref, YamlNode node) {
        String name = ref.substring(SETUP.length());
        return switch (phase) {
            case IN_SETUP -> throw node.error("${" + ref + "} is what the setup step prints: its own command cannot use it");
            case BEFORE_SETUP -> LINT_PLACEHOLDER;
            case AFTER_SETUP -> {
                String v = setup.get(name);
                if (v == null) {
                    throw node.error("${" + ref + "} has no value: the launch's setup step printed no line '" + name
                            + "=…'" + (setup.isEmpty() ? " (it printed none, or the profile has no setup step)"
                            : " (it printed " + String.join(", ", new TreeSet<>(setup.keySet())) + ")"));
                }
                yield v;
            }
        };
    }
}

package dev.cutover.importer;

import dev.cutover.yaml.YamlNode;

/**
 * A value from a LiteLLM config: either LiteLLM's {@code os.environ/NAME} reference (the proxy reads the
 * variable at start-up) or a literal. Literals of secret fields are never written anywhere by the importer.
 *
 * @param envVar  the variable name of an {@code os.environ/} reference, else null
 * @param literal the text as written when it is not a reference, else null
 */
record ConfigValue(String envVar, String literal) {
    private static final String ENV_PREFIX = "os.environ/";

    static ConfigValue of(YamlNode n) {
        if (!n.isScalar()) throw n.error("expected a text value or os.environ/NAME");
        String t = n.text().trim();
        if (t.startsWith(ENV_PREFIX)) {
            String name = t.substring(ENV_PREFIX.length());
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw n.error("'" + t + "' does not name an environment variable");
            return new ConfigValue(name, null);
        }
        return new ConfigValue(null, t);
    }

    boolean fromEnv() {
        return envVar != null;
    }

    /** The cutover spelling: {@code ${env:NAME}} for a reference, the literal otherwise. Never use for secrets. */
    String asTargetValue() {
        return fromEnv() ? "${env:" + envVar + "}" : literal;
    }
}

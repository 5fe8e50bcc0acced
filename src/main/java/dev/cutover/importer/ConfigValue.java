package dev.cutover.importer;

import dev.cutover.yaml.YamlNode;

/**
 * A value from a LiteLLM config: either LiteLLM's {@code os.environ/NAME} reference (the proxy reads the
 * variable at start-up) or a literal. Literals of secret fields are never written anywhere by the importer, and
 * no value holding {@code ${} is taken at all.
 *
 * @param envVar  the variable name of an {@code os.environ/} reference, else null
 * @param literal the text as written when it is not a reference, else null
 */
record ConfigValue(String envVar, String literal) {
    private static final String ENV_PREFIX = "os.environ/";
    /** The only environment names a config can make a generated profile read besides the documented ones. */
    static final String IMPORT_PREFIX = "CUTOVER_IMPORT_";

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

    /** A value the importer may write into a generated file: {@link #of}, after {@link #refuseReferences}. */
    static ConfigValue written(YamlNode n) {
        if (n.isScalar()) refuseReferences(n);
        return of(n);
    }

    /**
     * The node's text, refused when it holds {@code ${}: generated profiles expand {@code ${env:NAME}}, so a
     * config value carrying one would make cutover read any variable of the user's environment and send it
     * where the config says. LiteLLM itself never expands {@code ${}}; its references are {@code os.environ/NAME}.
     * Writing the text literally is not an option: cutover's files have no escape for {@code ${}.
     */
    static String refuseReferences(YamlNode n) {
        String t = n.text();
        if (t.contains("${")) {
            throw n.error("'${' is not allowed in a value the importer writes into profiles or scenarios (cutover would "
                    + "expand it there); LiteLLM reads variables as os.environ/NAME");
        }
        return t;
    }

    boolean fromEnv() {
        return envVar != null;
    }

    /**
     * The environment name cutover reads for this value: {@code documented} when the config names exactly that
     * variable (LiteLLM's own name for the role, listed in docs/import.md), else the config's name under
     * {@link #IMPORT_PREFIX}, which the user must set on purpose. So a config can never make a profile read,
     * and send, a variable such as AWS_SECRET_ACCESS_KEY.
     */
    String envName(String documented) {
        return envVar.equals(documented) ? documented : IMPORT_PREFIX + envVar;
    }

    /** The cutover spelling: {@code ${env:NAME}} with {@link #envName}, the literal otherwise. Never use for secrets. */
    String asTargetValue(String documented) {
        return fromEnv() ? "${env:" + envName(documented) + "}" : literal;
    }
}

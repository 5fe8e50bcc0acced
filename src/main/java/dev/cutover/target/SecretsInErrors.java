package dev.cutover.target;

import dev.cutover.wire.Redactor;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import dev.cutover.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A profile's problems never show its secrets. A message quotes the value it refuses, and that value may be a
 * key: {@code baseUrl: ${env:OPENAI_API_KEY}} (a variable mixed up) printed the key in "is not an http(s) URL",
 * into a terminal or a CI log. So the values at the profile's secret places — {@code auth.key}, {@code keys},
 * each route's {@code auth.key}, the mock's keys, what a setup step printed — are resolved on their own, as far as
 * they resolve, and masked in every message, as {@link Redactor} masks a run's output.
 */
final class SecretsInErrors {
    private SecretsInErrors() {}

    static InputException masked(InputException e, YamlNode root, Variables vars) {
        Redactor redactor = new Redactor(values(root, vars));
        List<InputError> errors = e.errors().stream()
                .map(x -> new InputError(x.file(), x.line(), redactor.mask(x.field()), redactor.mask(x.message()))).toList();
        return new InputException(errors);
    }

    private static List<String> values(YamlNode root, Variables vars) {
        List<String> out = new ArrayList<>(vars.setupValues().values());
        if (!root.isMap()) return out;
        key(root.get("auth"), vars, out);
        root.get("keys").filter(YamlNode::isMap).ifPresent(k -> k.entries().values().forEach(v -> resolve(v, vars, out)));
        root.get("routes").filter(YamlNode::isList).ifPresent(r -> r.items().forEach(route -> {
            if (route.isMap()) key(route.get("auth"), vars, out);
        }));
        root.get("mock").filter(YamlNode::isMap).ifPresent(m -> {
            m.get("adminKey").ifPresent(v -> resolve(v, vars, out));
            m.get("key").ifPresent(v -> resolve(v, vars, out));
        });
        return out;
    }

    private static void key(Optional<YamlNode> auth, Variables vars, List<String> out) {
        auth.filter(YamlNode::isMap).flatMap(a -> a.get("key")).ifPresent(v -> resolve(v, vars, out));
    }

    /** A secret place that does not resolve (an unset variable) holds nothing to hide. */
    private static void resolve(YamlNode node, Variables vars, List<String> out) {
        if (!node.isScalar()) return;
        try {
            out.add(vars.resolve(node));
        } catch (InputException unresolved) {
            // its own error names the variable, never a value
        }
    }
}

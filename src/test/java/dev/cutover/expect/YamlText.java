package dev.cutover.expect;

import dev.cutover.yaml.YamlFiles;
import dev.cutover.yaml.YamlNode;
import java.nio.file.Path;
import java.util.List;

/** Scenario snippets as YAML text, read the way scenario files are, so that errors carry lines. */
final class YamlText {
    private YamlText() {}

    /** The {@code expect} node of a text that starts with {@code expect:}. */
    static YamlNode expect(String text) {
        return YamlFiles.parse(Path.of("x.yaml"), text).require("expect");
    }

    static List<Expectation> parse(String text) {
        return ExpectationParser.parse(expect(text));
    }

    /** One predicate written as the value of {@code p:}. */
    static Predicate predicate(String yamlValue) {
        return Predicate.parse(YamlFiles.parse(Path.of("x.yaml"), "p: " + yamlValue).entries().get("p"));
    }
}

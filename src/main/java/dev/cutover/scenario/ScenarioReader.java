package dev.cutover.scenario;

import dev.cutover.expect.ExpectationParser;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import dev.cutover.yaml.YamlFiles;
import dev.cutover.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads one scenario file; every problem names file, line and field. */
public final class ScenarioReader {
    private static final List<String> KEYS = List.of("id", "title", "description", "features", "level", "severity",
            "tags", "unless_claims", "provider", "request", "expect", "steps");
    private static final List<String> STEP_KEYS = List.of("name", "provider", "request", "expect");

    private ScenarioReader() {}

    /** @throws InputException when the file cannot be used */
    public static Scenario read(Path file) {
        YamlNode root = YamlFiles.read(file);
        if (!root.isMap()) throw root.error("a scenario file is a map with id, title, features, ...");
        root.onlyKeys(KEYS);
        List<InputError> problems = new ArrayList<>();

        YamlNode idNode = root.require("id");
        String id = idNode.text();
        String expected = fileId(file);
        if (!id.equals(expected)) problems.add(idNode.problem("id '" + id + "' must equal the file name '" + expected + "'"));

        YamlNode featuresNode = root.require("features");
        List<Feature> features = knownFeatures(featuresNode, problems);
        List<Feature> unless = root.get("unless_claims").map(n -> knownFeatures(n, problems)).orElse(List.of());
        if (!problems.isEmpty()) throw new InputException(problems);

        List<Step> steps = readSteps(root);
        Path parent = file.toAbsolutePath().getParent();
        return new Scenario(id, root.require("title").text(), List.copyOf(features),
                root.require("level").oneOf(Level.class),
                root.require("severity").oneOf(Severity.class),
                root.get("tags").map(YamlNode::texts).orElse(List.of()),
                steps, file, parent == null ? "" : parent.getFileName().toString(), List.copyOf(unless));
    }

    private static List<Feature> knownFeatures(YamlNode node, List<InputError> problems) {
        List<Feature> features = new ArrayList<>();
        for (YamlNode item : node.isList() ? node.items() : List.of(node)) {
            try {
                features.add(Feature.read(item));
            } catch (InputException e) {
                problems.addAll(e.errors());
            }
        }
        return features;
    }

    public static String fileId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5)
                : name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
    }

    private static List<Step> readSteps(YamlNode root) {
        var stepsNode = root.get("steps");
        if (stepsNode.isPresent()) {
            for (String single : List.of("provider", "request", "expect")) {
                if (root.get(single).isPresent()) {
                    throw root.require(single).error("with 'steps', put '" + single + "' inside each step");
                }
            }
            List<Step> steps = new ArrayList<>();
            List<YamlNode> items = stepsNode.get().items();
            if (items.isEmpty()) throw stepsNode.get().error("list at least one step");
            for (int i = 0; i < items.size(); i++) {
                YamlNode s = items.get(i);
                s.onlyKeys(STEP_KEYS);
                String name = s.get("name").map(YamlNode::text).orElse("step " + (i + 1));
                steps.add(step(name, s));
            }
            return List.copyOf(steps);
        }
        return List.of(step("request", root));
    }

    private static Step step(String name, YamlNode n) {
        return new Step(name,
                ProviderScriptReader.read(n.get("provider")),
                RequestReader.read(n.require("request")),
                ExpectationParser.parse(n.require("expect", ExpectationParser.NOTHING_CHECKED)),
                n.line());
    }
}

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
            "tags", "unless_claims", "needs", "provider", "request", "expect", "live", "steps");
    private static final List<String> STEP_KEYS = List.of("name", "provider", "request", "expect", "live");

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
        earlierStepsOnly(steps);
        boolean scriptedOnly = needsScripted(root, steps);
        Path parent = file.toAbsolutePath().getParent();
        return new Scenario(id, root.require("title").text(), List.copyOf(features),
                root.require("level").oneOf(Level.class),
                root.require("severity").oneOf(Severity.class),
                root.get("tags").map(YamlNode::texts).orElse(List.of()),
                steps, file, parent == null ? "" : parent.getFileName().toString(), List.copyOf(unless), scriptedOnly);
    }

    /** A check that compares with another step's answer names one that ran before it. */
    private static void earlierStepsOnly(List<Step> steps) {
        java.util.Set<String> before = new java.util.HashSet<>();
        for (Step step : steps) {
            List<dev.cutover.expect.Expectation> all = new ArrayList<>(step.expectations());
            if (step.live() != null) all.addAll(step.live().expectations());
            for (var e : all) {
                for (String name : e.readsSteps()) {
                    if (!before.contains(name)) {
                        throw new InputException(new InputError(e.source().file(), e.source().line(), "agrees_with",
                                "no earlier step is named '" + name + "'" + (before.isEmpty() ? "" : " (earlier: " + String.join(", ", before) + ")")));
                    }
                }
            }
            before.add(step.name());
        }
    }

    /** {@code needs: scripted}; a scenario that needs the scripted provider has no live checks to run. */
    private static boolean needsScripted(YamlNode root, List<Step> steps) {
        var needs = root.get("needs");
        if (needs.isEmpty()) return false;
        needs.get().oneOf(java.util.Set.of("scripted"));
        if (steps.stream().anyMatch(s -> s.live() != null)) {
            throw needs.get().error("a scenario that needs the scripted provider runs no live checks: drop 'needs' or the 'live' blocks");
        }
        return true;
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
            for (String single : List.of("provider", "request", "expect", "live")) {
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
        RequestSpec request = RequestReader.read(n.require("request"));
        var expectations = ExpectationParser.parse(n.require("expect", ExpectationParser.NOTHING_CHECKED));
        return new Step(name,
                ProviderScriptReader.read(n.get("provider")),
                request,
                expectations,
                n.line(),
                n.get("live").map(l -> LiveReader.read(l, request, expectations)).orElse(null));
    }
}

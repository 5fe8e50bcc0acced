package dev.cutover.cli;

import dev.cutover.load.LoadProfileReader;
import dev.cutover.run.KnownDifferences;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.ScenarioReader;
import dev.cutover.target.Target;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Variables;
import dev.cutover.verdict.Plan;
import dev.cutover.verdict.PlanReader;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import dev.cutover.yaml.YamlFiles;
import dev.cutover.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Checks scenario files, target profiles, plans and load profiles; every problem names file, line and field.")
final class LintCommand implements Callable<Integer> {

    private static final List<Path> DEFAULT = List.of(Path.of("scenarios"), Path.of("targets"), Path.of("plans"), Path.of("load"));

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (default: those of scenarios, "
            + "targets, plans and load that are here).")
    List<Path> paths = List.of();

    @Override
    public Integer call() {
        List<Path> named = paths.isEmpty() ? DEFAULT.stream().filter(Files::isDirectory).toList() : paths;
        if (named.isEmpty()) {
            System.err.println("error: nothing to lint here: no scenarios, targets, plans or load folder; name files or folders");
            return Main.BAD_INPUT;
        }
        List<Path> files = Catalog.yamlFiles(named);
        if (files.isEmpty()) {
            // "0 files checked" with exit 0 would read as clean in CI: a wrong path checks nothing.
            System.err.println("error: no .yaml files under " + named + ": nothing to check");
            return Main.BAD_INPUT;
        }
        List<InputError> problems = new ArrayList<>();
        int bad = 0;
        for (Path file : files) {
            List<InputError> found = lint(file);
            if (!found.isEmpty()) bad++;
            problems.addAll(found);
        }
        problems.forEach(p -> System.out.println(p));
        System.out.printf("%d files checked, %d with problems, %d problem%s%n", files.size(), bad, problems.size(),
                problems.size() == 1 ? "" : "s");
        return problems.isEmpty() ? Main.PASS : Main.BAD_INPUT;
    }

    private static List<InputError> lint(Path file) {
        try {
            switch (kind(file)) {
                case KNOWN -> KnownDifferences.read(file);
                case PLAN -> {
                    // A plan is only usable if the profiles it names are.
                    Plan plan = PlanReader.read(file);
                    readTarget(plan.baseline());
                    readTarget(plan.candidate());
                    if (plan.load() != null) LoadProfileReader.read(plan.load().profile());
                }
                case LOAD -> LoadProfileReader.read(file);
                case TARGET -> readTarget(file);
                case SCENARIO -> ScenarioReader.read(file);
            }
            return List.of();
        } catch (InputException e) {
            return e.errors();
        }
    }

    private enum Kind { KNOWN, PLAN, LOAD, TARGET, SCENARIO }

    /**
     * Known-differences files end in .known.yaml; under a plans/, load/ or targets/ folder a file is what the
     * folder holds; elsewhere its keys say: a plan names a baseline and a candidate, a target a baseUrl, a load
     * profile its arrival; everything else is a scenario.
     */
    private static Kind kind(Path file) {
        if (file.getFileName().toString().endsWith(".known.yaml")) return Kind.KNOWN;
        if (isUnder(file, "plans")) return Kind.PLAN;
        if (isUnder(file, "load")) return Kind.LOAD;
        if (isUnder(file, "targets")) return Kind.TARGET;
        YamlNode root = YamlFiles.read(file);
        if (!root.isMap()) return Kind.SCENARIO;
        Map<String, YamlNode> keys = root.entries();
        if (keys.containsKey("baseline") && keys.containsKey("candidate")) return Kind.PLAN;
        if (keys.containsKey("baseUrl")) return Kind.TARGET;
        if (keys.containsKey("arrival") && !keys.containsKey("request")) return Kind.LOAD;
        return Kind.SCENARIO;
    }

    /** A target with its known differences: a run reads both, so lint refuses what a run would. */
    private static void readTarget(Path file) {
        Target t = TargetReader.read(file, Variables.forLint(Map.of("mock.url", "http://127.0.0.1:1", "mock.port", "1", "port", "1")));
        if (t.knownDifferences() != null) KnownDifferences.read(t.knownDifferences());
    }

    private static boolean isUnder(Path file, String folder) {
        // Within the working folder only its own sub-folders count, wherever the checkout itself lives.
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        for (Path part : abs.startsWith(cwd) ? cwd.relativize(abs) : abs) {
            if (part.toString().equals(folder)) return true;
        }
        return false;
    }
}

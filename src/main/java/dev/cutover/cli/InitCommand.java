package dev.cutover.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cutover init KIND}: the files a team starts from — a profile for its gateway, a local one that runs
 * at once (cutover's stand-in for the gateway, or the mock directly), a plan and one scenario — each with
 * comments, and the command that gives a first report without editing anything. Never overwrites a file.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a target profile for your gateway, a local one that runs at once, a plan and an example scenario.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:unknown kind, or a file that would be overwritten"})
final class InitCommand implements Callable<Integer> {
    static final List<String> KINDS = List.of("litellm", "dial", "worldflow", "portkey", "direct");

    @Parameters(index = "0", paramLabel = "KIND", description = "litellm, dial, worldflow, portkey or direct.")
    String kind;

    @Option(names = "--dir", description = "Where to write (default: ${DEFAULT-VALUE}).", defaultValue = ".")
    Path dir;

    @Option(names = "--team", description = "The scenario folder's name (default: ${DEFAULT-VALUE}).", defaultValue = "my-team")
    String team;

    @Override
    public Integer call() {
        if (!KINDS.contains(kind)) {
            System.err.println("error: unknown kind '" + kind + "'; known: " + String.join(", ", KINDS));
            return Main.BAD_INPUT;
        }
        if (!team.matches("[a-z0-9][a-z0-9-]{0,40}")) {
            System.err.println("error: --team: lower-case letters, digits and dashes, e.g. my-team");
            return Main.BAD_INPUT;
        }
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(dir.resolve("targets/" + kind + ".yaml"), template(kind + "/target.yaml"));
        files.put(dir.resolve("targets/" + kind + "-local.yaml"), template(kind + "/local.yaml"));
        files.put(dir.resolve("plans/" + kind + "-cutover.yaml"), template("plan.yaml"));
        files.put(dir.resolve("scenarios/" + team + "/" + kind + "-hello.yaml"), template("scenario.yaml"));
        List<Path> existing = files.keySet().stream().filter(Files::exists).toList();
        if (!existing.isEmpty()) {
            existing.forEach(p -> System.err.println("error: " + p + " exists; cutover init never overwrites a file"));
            return Main.BAD_INPUT;
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Files.createDirectories(f.getKey().getParent());
                Files.writeString(f.getKey(), f.getValue().replace("{{kind}}", kind).replace("{{id}}", kind + "-hello"));
                written.add(f.getKey());
            }
        } catch (IOException e) {
            // --dir naming a file, or a read-only place: the user's input, not cutover's bug (it was exit 3). Nothing
            // half-written stays behind.
            written.forEach(p -> p.toFile().delete());
            System.err.println("error: --dir " + dir + ": cannot write there (" + e.getMessage() + ")");
            return Main.BAD_INPUT;
        }
        written.forEach(p -> System.out.println("wrote " + p));
        Path local = dir.resolve("targets/" + kind + "-local.yaml");
        Path scenarios = dir.resolve("scenarios/" + team);
        System.out.println();
        System.out.println("next, a first report (against cutover's " + (kind.equals("portkey") || kind.equals("direct")
                ? "mock provider" : "stand-in for " + kind) + ", nothing to edit):");
        System.out.println("  ./cutover run --target " + local + " " + scenarios);
        System.out.println("then against your gateway (its URL and key from the environment, see " + dir.resolve("targets/" + kind + ".yaml") + "):");
        System.out.println("  ./cutover run --target " + dir.resolve("targets/" + kind + ".yaml") + " " + scenarios);
        return Main.PASS;
    }

    private static String template(String name) {
        try (InputStream in = InitCommand.class.getResourceAsStream("/init/" + name)) {
            if (in == null) throw new IllegalStateException("missing template " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.cutover.target;

import dev.cutover.launch.ContainerSpec;
import dev.cutover.launch.LaunchSpec;
import dev.cutover.launch.ProcessSpec;
import dev.cutover.launch.SetupSpec;
import dev.cutover.launch.SetupStep;
import dev.cutover.launch.StandInSpec;
import dev.cutover.yaml.InputException;
import dev.cutover.yaml.TextFiles;
import dev.cutover.yaml.YamlNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a profile's {@code launch:} block; {@code ${port}} in it is the free port picked for this run,
 * {@code ${run.dir}} the run's folder, {@code ${setup.NAME}} what the setup step printed (see {@link Variables}).
 */
final class LaunchReader {
    private static final List<String> PROCESS_KEYS = List.of("dir", "command", "env", "ready", "readyTimeoutMs",
            "requires", "install", "files", "setup");
    private static final List<String> CONTAINER_KEYS = List.of("image", "port", "files", "env", "command", "ready",
            "readyTimeoutMs", "sidecars", "hostPorts", "setup");

    /** The stand-ins package standin provides. */
    static final Set<String> STAND_INS = new java.util.LinkedHashSet<>(StandInSpec.NAMES);

    /** 30 minutes. */
    static final int MAX_READY_MS = 1_800_000;

    private LaunchReader() {}

    /** Whether the block starts a gateway on this machine (process or container): only then is there a run folder. */
    static boolean startsGateway(YamlNode launch) {
        return launch.isMap() && (launch.get("process").isPresent() || launch.get("container").isPresent());
    }

    private static ContainerSpec container(YamlNode c, Path profileFolder, Variables vars) {
        c.onlyKeys(CONTAINER_KEYS);
        Map<String, String> files = new LinkedHashMap<>();
        c.get("files").ifPresent(f -> f.entries().forEach((host, inContainer) ->
                files.put(inContainer.text(), vars.resolve(read(profileFolder.resolve(host), inContainer), inContainer))));
        List<ContainerSpec.Sidecar> sidecars = c.get("sidecars").map(list -> list.items().stream().map(s -> {
            s.onlyKeys(List.of("image", "alias", "env"));
            return new ContainerSpec.Sidecar(vars.resolve(s.require("image")), s.require("alias").text(),
                    s.get("env").map(e -> TargetReader.resolvedMap(e, vars)).orElse(Map.of()));
        }).toList()).orElse(List.of());
        SetupSpec setup = c.get("setup").map(s -> setup(s, profileFolder, vars)).orElse(null);
        return new ContainerSpec(vars.resolve(c.require("image")), c.require("port").integer(1, 65535, ""), files,
                c.get("env").map(e -> TargetReader.resolvedMap(e, vars)).orElse(Map.of()),
                c.get("command").map(n -> n.items().stream().map(vars::resolve).toList()).orElse(List.of()),
                c.get("ready").map(YamlNode::text).orElse("/"),
                c.get("readyTimeoutMs").map(LaunchReader::readyTimeout).orElse(180_000), sidecars,
                c.get("hostPorts").map(n -> n.items().stream().map(p -> port(p, vars)).toList()).orElse(List.of()),
                setup, secrets(setup, vars));
    }

    /** A file copied into the container or rendered into the run's folder, held to the limits of any file cutover reads. */
    private static String read(Path file, YamlNode where) {
        try {
            return TextFiles.read(file);
        } catch (InputException e) {
            throw where.error("cannot use " + file + ": " + e.errors().get(0).message());
        }
    }

    /** Long enough for a container image to be pulled, short enough that a run never waits for ever. */
    private static int readyTimeout(YamlNode n) {
        return n.integer(100, MAX_READY_MS, "ms");
    }

    private static int port(YamlNode n, Variables vars) {
        String v = vars.resolve(n);
        if (v.contains(Variables.LINT_PLACEHOLDER)) return 1;
        if (!v.matches("[0-9]{1,5}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 65535) {
            throw n.error("'" + v + "' is not a port from 1 to 65535");
        }
        return Integer.parseInt(v);
    }

    static LaunchSpec read(YamlNode launch, Path profileFolder, Variables vars) {
        launch.onlyKeys(List.of("process", "container", "standin"));
        if (launch.entries().size() != 1) throw launch.error("give exactly one of process, container, standin");
        if (launch.get("standin").isPresent()) return new StandInSpec(launch.require("standin").oneOf(STAND_INS));
        if (launch.get("container").isPresent()) return container(launch.require("container"), profileFolder, vars);
        YamlNode p = launch.require("process");
        p.onlyKeys(PROCESS_KEYS);
        YamlNode command = p.require("command");
        List<String> words = command.items().stream().map(vars::resolve).toList();
        if (words.isEmpty()) throw command.error("give the program and its arguments");
        YamlNode ready = p.get("ready").orElse(null);
        String readyPath = ready == null ? "/" : ready.text();
        if (!readyPath.startsWith("/")) throw ready.error("a path starts with '/'");
        int timeout = p.get("readyTimeoutMs").map(LaunchReader::readyTimeout).orElse(30_000);
        Path dir = profileFolder.resolve(p.get("dir").map(YamlNode::text).orElse(".")).normalize();
        SetupSpec setup = p.get("setup").map(s -> setup(s, dir, vars)).orElse(null);
        return new ProcessSpec(dir, words,
                p.get("env").map(e -> TargetReader.resolvedMap(e, vars)).orElse(Map.of()),
                readyPath, timeout,
                p.get("requires").map(YamlNode::text).orElse(null),
                p.get("install").map(YamlNode::text).orElse(null),
                p.get("files").map(f -> templates(f, profileFolder, vars)).orElse(Map.of()),
                setup, secrets(setup, vars));
    }

    /** {@code files: {name-in-run-folder: template}}: each template read beside the profile and rendered. */
    private static Map<String, String> templates(YamlNode files, Path profileFolder, Variables vars) {
        Map<String, String> out = new LinkedHashMap<>();
        files.entries().forEach((dest, template) -> {
            checkName(dest, template);
            out.put(dest, vars.resolve(read(profileFolder.resolve(template.text()).normalize(), template), template));
        });
        return out;
    }

    /** A name inside the run's folder: relative, no '..', so a rendered file never lands elsewhere. */
    private static void checkName(String dest, YamlNode at) {
        Path p = Path.of(dest).normalize();
        if (dest.isBlank() || p.isAbsolute() || p.startsWith("..") || dest.contains("\\") || p.toString().isEmpty()) {
            throw at.error("'" + dest + "' is not a file name inside the run's folder (relative, no '..')");
        }
    }

    private static SetupSpec setup(YamlNode s, Path dir, Variables vars) {
        s.onlyKeys(List.of("command", "timeoutMs", "plain"));
        YamlNode command = s.require("command");
        Variables own = vars.inSetup();
        List<String> words = command.items().stream().map(own::resolve).toList();
        if (words.isEmpty()) throw command.error("give the program and its arguments");
        Set<String> plain = new LinkedHashSet<>();
        s.get("plain").ifPresent(n -> (n.isList() ? n.items() : List.of(n)).forEach(item -> {
            if (!SetupStep.NAME.matcher(item.text()).matches()) throw item.error("'" + item.text() + "' is not a NAME as in NAME=value");
            plain.add(item.text());
        }));
        return new SetupSpec(dir, words, s.get("timeoutMs").map(n -> n.integer(100, MAX_READY_MS, "ms")).orElse(30_000),
                Set.copyOf(plain));
    }

    /** Everything the setup printed is masked in every output, except what the profile calls plain. */
    private static List<String> secrets(SetupSpec setup, Variables vars) {
        if (setup == null) return List.of();
        return vars.setupValues().entrySet().stream().filter(e -> !setup.plain().contains(e.getKey()))
                .map(Map.Entry::getValue).filter(v -> !v.isEmpty()).toList();
    }
}

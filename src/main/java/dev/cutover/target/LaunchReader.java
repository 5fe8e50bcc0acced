package dev.cutover.target;

import dev.cutover.launch.ContainerSpec;
import dev.cutover.launch.LaunchSpec;
import dev.cutover.launch.ProcessSpec;
import dev.cutover.launch.StandInSpec;
import dev.cutover.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a profile's {@code launch:} block; {@code ${port}} in it is the free port picked for this run. */
final class LaunchReader {
    private static final List<String> PROCESS_KEYS = List.of("dir", "command", "env", "ready", "readyTimeoutMs",
            "requires", "install");

    /** The stand-ins package standin provides. */
    static final Set<String> STAND_INS = new java.util.LinkedHashSet<>(StandInSpec.NAMES);

    private LaunchReader() {}

    private static ContainerSpec container(YamlNode c, Path profileFolder, Variables vars) {
        c.onlyKeys(List.of("image", "port", "files", "env", "command", "ready", "readyTimeoutMs", "sidecars", "hostPorts"));
        Map<String, String> files = new LinkedHashMap<>();
        c.get("files").ifPresent(f -> f.entries().forEach((host, inContainer) ->
                files.put(inContainer.text(), vars.resolve(read(profileFolder.resolve(host), inContainer), inContainer))));
        List<ContainerSpec.Sidecar> sidecars = c.get("sidecars").map(list -> list.items().stream().map(s -> {
            s.onlyKeys(List.of("image", "alias", "env"));
            return new ContainerSpec.Sidecar(vars.resolve(s.require("image")), s.require("alias").text(),
                    s.get("env").map(e -> TargetReader.resolvedMap(e, vars)).orElse(Map.of()));
        }).toList()).orElse(List.of());
        return new ContainerSpec(vars.resolve(c.require("image")), c.require("port").integer(), files,
                c.get("env").map(e -> TargetReader.resolvedMap(e, vars)).orElse(Map.of()),
                c.get("command").map(n -> n.items().stream().map(vars::resolve).toList()).orElse(List.of()),
                c.get("ready").map(YamlNode::text).orElse("/"),
                c.get("readyTimeoutMs").map(YamlNode::integer).orElse(180_000), sidecars,
                c.get("hostPorts").map(n -> n.items().stream().map(p -> Integer.parseInt(vars.resolve(p))).toList())
                        .orElse(List.of()));
    }

    private static String read(Path file, YamlNode where) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw where.error("cannot read " + file + ": " + e.getMessage());
        }
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
        int timeout = p.get("readyTimeoutMs").map(YamlNode::integer).orElse(30_000);
        return new ProcessSpec(
                profileFolder.resolve(p.get("dir").map(YamlNode::text).orElse(".")).normalize(),
                words,
                p.get("env").map(e -> TargetReader.resolvedMap(e, vars)).orElse(Map.of()),
                readyPath, timeout,
                p.get("requires").map(YamlNode::text).orElse(null),
                p.get("install").map(YamlNode::text).orElse(null));
    }
}

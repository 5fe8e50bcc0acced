package dev.cutover.target;

import dev.cutover.launch.ProcessSpec;
import dev.cutover.yaml.YamlNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads a profile's {@code launch:} block; {@code ${port}} in it is the free port picked for this run. */
final class LaunchReader {
    private static final List<String> PROCESS_KEYS = List.of("dir", "command", "env", "ready", "readyTimeoutMs",
            "requires", "install");

    private LaunchReader() {}

    static ProcessSpec read(YamlNode launch, Path profileFolder, Variables vars) {
        launch.onlyKeys(List.of("process", "container"));
        if (launch.get("container").isPresent()) {
            throw launch.require("container").error("container launch is not available yet; use process, or an external URL");
        }
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

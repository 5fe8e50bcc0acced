package dev.cutover.cli;

import dev.cutover.target.Environment;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --env staging}: the named environment file fills the ${env:…} values the environment does not set. */
final class EnvOption {
    @Option(names = "--env", paramLabel = "NAME", description = "Read $${env:…} values the environment does not set from "
            + "targets/env/NAME.env (or from this .env file): URLs, model names, the names of key variables; "
            + "the environment wins, and keys belong there.")
    String name;

    /** Loads the file, if one was named; a missing or malformed file is bad input naming file and line. */
    void apply() {
        if (name != null) Environment.use(file());
    }

    Path file() {
        return name.endsWith(".env") || name.contains("/") ? Path.of(name) : Path.of("targets", "env", name + ".env");
    }
}

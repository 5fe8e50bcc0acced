package dev.cutover.cli;

import dev.cutover.launch.Home;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a file or folder the user names as input (a target, plan, profile, scenario folder): where they are
 * first, then among cutover's shipped files ({@link Home#resolve}). Outputs (reports, --accept) never use it:
 * they are written where the user is.
 */
final class InputPath implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        return Home.resolve(Path.of(value));
    }
}

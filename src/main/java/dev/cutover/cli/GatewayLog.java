package dev.cutover.cli;

import dev.cutover.run.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Puts what a launched gateway printed beside the report, masked, so a failure can be read with its log. */
public final class GatewayLog {
    private GatewayLog() {}

    public static void save(Session session, Path reportDir) {
        List<String> lines = session.launchLog();
        if (lines.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(session.redactor().mask(l)).append('\n'));
        try {
            Files.writeString(reportDir.resolve("gateway.log"), sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

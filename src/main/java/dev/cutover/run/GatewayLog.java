package dev.cutover.run;

import dev.cutover.wire.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Puts what a launched gateway printed beside a report, masked, so a failure can be read with its log. */
public final class GatewayLog {
    private GatewayLog() {}

    public static void save(List<String> lines, Redactor redactor, Path reportDir) {
        if (lines.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(redactor.mask(l)).append('\n'));
        try {
            Files.writeString(reportDir.resolve("gateway.log"), sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.cutover.yaml;

import java.nio.file.Path;

/**
 * Where something was written: a file and a line, as a person opens it ({@code scenarios/chat/x.yaml:31}).
 * Check results carry it, so a failure points at the expectation that failed.
 */
public record Source(Path file, int line) {

    @Override
    public String toString() {
        String where = file == null ? "<input>" : file.toString();
        return line > 0 ? where + ":" + line : where;
    }
}

package dev.cutover.yaml;

import java.nio.file.Path;

/**
 * A problem in a user's file: which file, which line, which field, and what is wrong. Everything the
 * user wrote is checked through this type so that every message can point at the place to fix.
 */
public record InputError(Path file, int line, String field, String message) {

    @Override
    public String toString() {
        String where = file == null ? "<input>" : file.toString();
        String at = line > 0 ? where + ":" + line : where;
        return field == null || field.isEmpty() ? at + ": " + message : at + ": " + field + ": " + message;
    }
}

package dev.cutover.target;

import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import dev.cutover.yaml.TextFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code ${env:NAME}} reads: the process environment, then the named environment file a run was given
 * ({@code --env staging} → {@code targets/env/staging.env}), so that one target serves staging and production
 * with their URLs, model names and the names of their key variables kept in git. The process environment wins:
 * CI can override any line, and keys stay in the environment (a file is for what is not secret).
 *
 * <p>One per process: the command line sets it once before it reads a profile.
 */
public final class Environment {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static volatile Map<String, String> file = Map.of();

    private Environment() {}

    /** The variable from the process environment, else from the environment file; null when neither has it. */
    public static String get(String name) {
        String v = System.getenv(name);
        return v != null ? v : file.get(name);
    }

    /** Reads {@code NAME=value} lines into the overlay {@link #get} consults. */
    public static void use(Path envFile) {
        file = read(envFile);
    }

    /** Back to the process environment alone. */
    public static void clear() {
        file = Map.of();
    }

    /**
     * {@code NAME=value} per line; blank lines and {@code #} comments are skipped, {@code export } before a name
     * is allowed (a file a shell can source too), and a value in matching single or double quotes loses them.
     *
     * @throws InputException naming file and line for anything else
     */
    static Map<String, String> read(Path envFile) {
        // The same reading as every other file a person hands cutover: size, kind of file, strict UTF-8 with the
        // offending byte's line, no NUL or control characters (a Latin-1 file read "cannot read: Input length = 1").
        if (!Files.exists(envFile)) throw new InputException(new InputError(envFile, 0, null, "no such environment file"));
        List<String> lines = List.of(TextFiles.read(envFile).split("\r\n|\r|\n", -1));
        Map<String, String> out = new LinkedHashMap<>();
        List<InputError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("export ")) line = line.substring("export ".length()).strip();
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq).strip();
            if (eq < 0 || !NAME.matcher(name).matches()) {
                errors.add(new InputError(envFile, i + 1, null, "expected NAME=value (a name of letters, digits and _)"));
                continue;
            }
            if (out.containsKey(name)) {
                errors.add(new InputError(envFile, i + 1, name, "set twice in this file"));
                continue;
            }
            out.put(name, unquote(line.substring(eq + 1).strip()));
        }
        if (!errors.isEmpty()) throw new InputException(errors);
        return Map.copyOf(out);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}

package dev.cutover.cli;

import dev.cutover.run.Outcome;

/** One line per finished scenario, so a long run shows where it is. */
final class Progress {
    private final int total;
    private final boolean quiet;
    private int done;

    Progress(int total, boolean quiet) {
        this.total = total;
        this.quiet = quiet;
    }

    void print(Outcome o) {
        done++;
        if (quiet) return;
        String width = String.valueOf(total);
        String label = switch (o.status()) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case NOT_SUPPORTED -> "SKIP";
            case KNOWN_DIFFERENCE -> "KNOWN";
            case ERROR -> "ERR ";
        };
        String line = String.format("[%" + width.length() + "d/%s] %s %s/%s (%.0f ms)", done, width, label,
                o.area(), o.scenarioId(), o.durationMs());
        if (o.reason() != null) line += " — " + o.reason();
        // Where an official SDK disagrees with the checks; outcomes do not weigh it (yet), so it is said here.
        if (!o.sdkNotes().isEmpty()) line += " [SDK: " + String.join("; ", o.sdkNotes()) + "]";
        System.out.println(line);
    }
}

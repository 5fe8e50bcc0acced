package dev.cutover.launch;

import java.util.List;
import java.util.Optional;

/** A gateway this run started; closing it stops it and everything it spawned. */
public interface Launched extends AutoCloseable {

    /** What the gateway printed, last lines first kept (bounded), for the report. */
    List<String> log();

    /**
     * How the gateway ended if it is no longer running ("exited with code 1"), waiting up to {@code graceMs} for an
     * end that is under way; empty while it runs, and for anything this launcher cannot watch.
     */
    default Optional<String> ended(long graceMs) {
        return Optional.empty();
    }

    /**
     * Starts the gateway again after it ended, so that one scenario that kills it does not fail every scenario after
     * it; the log goes on, marked where it restarted.
     *
     * @throws LaunchException when it does not come back
     */
    default void restart() {
        throw new LaunchException("this launcher cannot restart its gateway");
    }

    @Override
    void close();

    /** Nothing was started: the target is external. */
    Launched NOTHING = new Launched() {
        @Override public List<String> log() { return List.of(); }
        @Override public void close() { }
    };
}

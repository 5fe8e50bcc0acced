package dev.cutover.launch;

import java.util.List;

/** A gateway this run started; closing it stops it and everything it spawned. */
public interface Launched extends AutoCloseable {

    /** What the gateway printed, last lines first kept (bounded), for the report. */
    List<String> log();

    @Override
    void close();

    /** Nothing was started: the target is external. */
    Launched NOTHING = new Launched() {
        @Override public List<String> log() { return List.of(); }
        @Override public void close() { }
    };
}

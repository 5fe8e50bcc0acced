package dev.cutover.expect;

import dev.cutover.yaml.Source;

/** Expectations the runner adds on its own, beside those a scenario writes. */
public final class Expectations {
    private Expectations() {}

    /** Every field passed on unchanged, both ways, by value ({@link Transparency}). */
    public static Expectation transparency(Source step) {
        return new Transparency(step);
    }

    /** A streamed answer's chunks share one id and created and carry usage once ({@link ChunkSequence}). */
    public static Expectation chunkSequence(Source step) {
        return new ChunkSequence(step);
    }
}

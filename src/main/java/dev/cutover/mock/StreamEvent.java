package dev.cutover.mock;

/** Text to write as one flush, {@code atMs} after the response headers went out. */
record StreamEvent(long atMs, String text) {

    static StreamEvent data(long atMs, String json) {
        return new StreamEvent(atMs, "data: " + json + "\n\n");
    }
}

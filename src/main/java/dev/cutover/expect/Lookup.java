package dev.cutover.expect;

import java.util.List;

/** A value an expectation needs, or the reason it could not be had (e.g. "no response: connection refused"). */
record Lookup<T>(T value, String problem) {

    static <T> Lookup<T> of(T value) {
        return new Lookup<>(value, null);
    }

    static <T> Lookup<T> failed(String problem) {
        return new Lookup<>(null, problem);
    }

    boolean failed() {
        return problem != null;
    }

    /** The problem as the check result of an expectation that cannot go on. */
    List<String> problems() {
        return List.of(problem);
    }
}

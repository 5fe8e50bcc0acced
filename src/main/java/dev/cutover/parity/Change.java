package dev.cutover.parity;

/**
 * One field path whose value differs between two observations of the same scenario step. A null value
 * means the field is absent on that side.
 */
public record Change(String path, String baseline, String candidate) {

    public enum Kind { MISSING, ADDED, CHANGED }

    public Kind kind() {
        if (candidate == null) return Kind.MISSING;
        if (baseline == null) return Kind.ADDED;
        return Kind.CHANGED;
    }
}

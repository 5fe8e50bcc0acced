package dev.cutover.target;

/**
 * How a target wants its key: in {@code header}, with an optional {@code scheme} ("Bearer"), or no
 * key at all when {@code header} is null. The key comes from the environment; never print it.
 */
public record Auth(String header, String scheme, String key) {

    public static final Auth NONE = new Auth(null, null, null);

    public boolean none() {
        return header == null;
    }

    /** The header value for a given key, e.g. "Bearer sk-...". */
    public String valueFor(String k) {
        return scheme == null || scheme.isEmpty() ? k : scheme + " " + k;
    }
}

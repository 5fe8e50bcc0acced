package dev.cutover.expect;

import dev.cutover.wire.Observation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code headers: {name: P}} — one response header, its name case-insensitive, compared as text. A name
 * written {@code ${conventions.requestIdHeader}} is the header the target's profile names for that purpose,
 * so one scenario checks Portkey's trace id and LiteLLM's call id alike.
 */
record HeaderQuery(String name) implements Query {
    private static final Pattern CONVENTION = Pattern.compile("\\$\\{conventions\\.([A-Za-z0-9_-]+)}");

    @Override
    public String describe() {
        return "header " + name;
    }

    @Override
    public String subject(ExpectContext context) {
        return "header " + resolved(context).orElse(name);
    }

    @Override
    public Set<String> conventions() {
        Matcher m = CONVENTION.matcher(name);
        return m.matches() ? Set.of(m.group(1)) : Set.of();
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        Optional<String> missing = Response.missing(o);
        if (missing.isPresent()) return Lookup.failed(missing.get());
        Optional<String> header = resolved(context);
        if (header.isEmpty()) return Lookup.failed("the target names no " + conventions().iterator().next() + " convention");
        return Lookup.of(Actual.text(joined(o.headers().all(header.get()))));
    }

    private Optional<String> resolved(ExpectContext context) {
        Matcher m = CONVENTION.matcher(name);
        return m.matches() ? Optional.ofNullable(context.conventions().get(m.group(1))) : Optional.of(name);
    }

    /** A repeated header reads as its values joined with ", ", as HTTP allows a recipient to combine them. */
    static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }
}

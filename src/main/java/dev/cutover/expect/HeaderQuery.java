package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.yaml.Template;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code headers: {name: P}} — one response header, its name case-insensitive, compared as text. A name
 * written {@code ${conventions.requestIdHeader}} is the header the target's profile names for that purpose,
 * so one scenario checks Portkey's trace id and LiteLLM's call id alike.
 */
record HeaderQuery(String name) implements Query {
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
        return Template.wholeReference(name, "conventions").map(Set::of).orElse(Set.of());
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
        Optional<String> convention = Template.wholeReference(name, "conventions");
        return convention.isPresent() ? Optional.ofNullable(context.conventions().get(convention.get())) : Optional.of(name);
    }

    /** A repeated header reads as its values joined with ", ", as HTTP allows a recipient to combine them. */
    static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }
}

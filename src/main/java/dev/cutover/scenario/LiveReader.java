package dev.cutover.scenario;

import dev.cutover.expect.Expectation;
import dev.cutover.expect.ExpectationParser;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import dev.cutover.yaml.YamlNode;
import java.util.List;

/**
 * Reads a step's {@code live:} block (docs/scenario-format.md, "live"): {@code same}, or {@code {request, expect}}.
 * Live checks are refused here when they could only hold behind cutover's mock — reading what reached the provider,
 * or comparing with a provider script — so that a live run can only fail by what a real answer shows.
 */
final class LiveReader {
    static final List<String> KEYS = List.of("request", "expect");

    private LiveReader() {}

    static Live read(YamlNode live, RequestSpec scripted, List<Expectation> scriptedChecks) {
        if (live.isScalar()) {
            if (!"same".equals(live.text())) {
                throw live.error("write 'same' (the step's own request and checks hold for any model's answer) or a map "
                        + "with 'expect' (and 'request' overrides)");
            }
            refuseScriptOnly(scriptedChecks, live, "live: same keeps the step's checks, but ");
            return new Live(scripted, scriptedChecks);
        }
        live.onlyKeys(KEYS);
        RequestSpec request = live.get("request").map(o -> RequestReader.override(scripted, o)).orElse(scripted);
        List<Expectation> checks = ExpectationParser.parse(live.require("expect", ExpectationParser.NOTHING_CHECKED));
        refuseScriptOnly(checks, live, "");
        return new Live(request, checks);
    }

    private static void refuseScriptOnly(List<Expectation> checks, YamlNode live, String prefix) {
        for (Expectation e : checks) {
            String why = e.readsUpstream() ? "'" + e.describe() + "' reads what reached the provider, which only cutover's mock reports"
                    : e.readsScript() ? "'" + e.describe() + "' compares with a provider script, and real providers have none"
                    : null;
            if (why != null) {
                int line = e.source() == null ? live.line() : e.source().line();
                throw new InputException(new InputError(live.file(), line, live.field(), prefix + why
                        + "; give live checks that hold for any model's answer"));
            }
        }
    }
}

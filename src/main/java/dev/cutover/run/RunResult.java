package dev.cutover.run;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** All outcomes of one run against one target, in catalog order. */
public record RunResult(String target, String gateway, String baseUrl, Instant startedAt, double durationMs,
                        List<Outcome> outcomes) {

    public Map<Status, Integer> counts() {
        Map<Status, Integer> c = new EnumMap<>(Status.class);
        for (Status s : Status.values()) c.put(s, 0);
        outcomes.forEach(o -> c.merge(o.status(), 1, Integer::sum));
        return c;
    }

    public boolean allPassed() {
        return outcomes.stream().noneMatch(o -> o.status() == Status.FAILED || o.status() == Status.ERROR);
    }
}

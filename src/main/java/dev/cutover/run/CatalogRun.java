package dev.cutover.run;

import dev.cutover.scenario.Breakers;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A whole catalog on one session: broken files become ERROR rows, an unreachable target errors every row once, and
 * the SDKs judge each outcome on a thread of their own while the next scenario runs, so a run takes about as long as
 * the slower of the two rather than their sum. Outcomes are reported in catalog order, whatever order they ran in.
 */
final class CatalogRun {
    private CatalogRun() {}

    static RunResult run(Session session, Catalog catalog, Consumer<Outcome> progress) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        String target = session.target().name();
        ExecutorService judging = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cutover-sdk-judging");
            t.setDaemon(true);
            return t;
        });
        List<Future<Outcome>> broken = new ArrayList<>();
        Map<Scenario, Future<Outcome>> pending = new HashMap<>();
        try {
            for (Catalog.Broken b : catalog.broken()) {
                Outcome o = Outcomes.broken(b, target);
                broken.add(judging.submit(() -> report(o, progress)));
            }
            Optional<String> unreachable = session.preflight();
            // Scenarios that make the provider fail run last, so a gateway's circuit breaker they trip meets no other.
            for (Scenario s : Breakers.breakerSafe(catalog.scenarios())) {
                Outcome o = unreachable.isPresent()
                        ? Outcomes.notRun(s, target, "not run: " + session.redactor().mask(unreachable.get()))
                        : session.runUnjudged(s);
                pending.put(s, judging.submit(() -> report(session.runner().judge(s, o), progress)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : broken) outcomes.add(await(f));
            for (Scenario s : catalog.scenarios()) outcomes.add(await(pending.get(s)));
            return new RunResult(target, session.target().gatewayLabel(), session.redactor().mask(session.target().baseUrl()),
                    startedAt, (System.nanoTime() - start) / 1_000_000.0, List.copyOf(outcomes),
                    Coverage.of(session.target().features(), outcomes), session.runner().bill());
        } finally {
            judging.shutdownNow();
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the SDKs judged", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static Outcome report(Outcome o, Consumer<Outcome> progress) {
        progress.accept(o);
        return o;
    }
}

package dev.cutover.run;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cutover.mock.MockOptions;
import dev.cutover.report.Reports;
import dev.cutover.scenario.Breakers;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Scenario;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance catalog as JUnit tests: one container per target and area, one test per scenario,
 * named by id and title, linked to its YAML file. Targets come from {@code -Dcutover.target} (comma
 * separated; default the embedded direct-mock). The HTTP exchange happens inside each test body, so
 * JUnit's timings are the real ones. After the run, cutover's own reports land in {@code reports/}.
 */
class ConformanceIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final List<Session> SESSIONS = new ArrayList<>();
    private static final Map<Session, List<Outcome>> OUTCOMES = new LinkedHashMap<>();
    private static final Map<Session, Instant> STARTED = new LinkedHashMap<>();

    @TestFactory
    Stream<DynamicNode> catalog() {
        Catalog catalog = Catalog.load(List.of(PROJECT.resolve("scenarios")));
        String targets = System.getProperty("cutover.target", "targets/direct-mock.yaml");
        List<DynamicNode> perTarget = new ArrayList<>();
        for (String t : Arrays.stream(targets.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            Session session = Session.open(PROJECT.resolve(t), MockOptions.defaults());
            SESSIONS.add(session);
            OUTCOMES.put(session, new ArrayList<>());
            STARTED.put(session, Instant.now());
            perTarget.add(dynamicContainer(session.target().name(), PROJECT.resolve(t).toUri(), forTarget(session, catalog)));
        }
        return perTarget.stream();
    }

    private static Stream<DynamicNode> forTarget(Session session, Catalog catalog) {
        // As the run command does: scenarios that make the provider fail last (in containers of their own), so a
        // gateway's circuit breaker they trip meets no other scenario.
        Map<String, List<Scenario>> byArea = Breakers.breakerSafe(catalog.scenarios()).stream()
                .collect(Collectors.groupingBy(s -> Breakers.trips(s) ? s.area() + " (provider faults, run last)" : s.area(),
                        LinkedHashMap::new, Collectors.toList()));
        // The area container carries the target name too: Surefire's XML keeps only the innermost container.
        Stream<DynamicNode> areas = byArea.entrySet().stream().map(e -> dynamicContainer(
                session.target().name() + " / " + e.getKey(),
                e.getValue().stream().map(s -> dynamicTest(s.displayName(), s.file().toUri(), () -> {
                    Outcome o = session.run(s);
                    OUTCOMES.get(session).add(o);
                    AllureRecorder.record(o, session.redactor());
                    assertOutcome(o);
                }))));
        Stream<DynamicNode> broken = catalog.broken().stream().map(b -> dynamicTest(
                b.file().getFileName() + " (unreadable)", b.file().toUri(), () -> {
                    Outcome o = Outcomes.broken(b, session.target().name());
                    OUTCOMES.get(session).add(o);
                    Assertions.fail(o.reason());
                }));
        return Stream.concat(areas, broken);
    }

    static void assertOutcome(Outcome o) {
        switch (o.status()) {
            case PASSED -> { }
            case KNOWN_DIFFERENCE -> System.out.println("known difference: " + o.scenarioId() + ": " + o.reason());
            case NOT_SUPPORTED -> Assumptions.abort(o.reason());
            case FAILED -> Assertions.fail(FailureText.of(o));
            case ERROR -> Assertions.fail("could not run: " + o.reason());
        }
    }

    @AfterAll
    static void writeReports() {
        for (Session s : SESSIONS) {
            List<Outcome> outcomes = OUTCOMES.get(s);
            Instant started = STARTED.get(s);
            double ms = java.time.Duration.between(started, Instant.now()).toNanos() / 1e6;
            RunResult result = new RunResult(s.target().name(), s.target().gatewayLabel(),
                    s.redactor().mask(s.target().baseUrl()), started, ms, List.copyOf(outcomes));
            Path dir = Reports.newRunDir(PROJECT.resolve("reports"), s.target().name(), started);
            Reports.write(result, s.redactor(), dir);
            GatewayLog.save(s.launchLog(), s.redactor(), dir);
            System.out.println("cutover report: " + dir.resolve("index.html"));
            s.close();
        }
    }
}

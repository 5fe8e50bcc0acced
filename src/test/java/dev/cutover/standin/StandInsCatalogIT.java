package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.run.Outcome;
import dev.cutover.run.Session;
import dev.cutover.run.Status;
import dev.cutover.scenario.Breakers;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole catalog against each stand-in profile: nothing may fail or error. Every real difference of a
 * dialect from the catalog must be listed, with its reason, in the profile's known-differences file, and a
 * listed difference that stops failing turns this red too (KnownDifferences).
 *
 * <p>DIAL runs here both with its back-off carried between requests ({@code dial}, as the real DIAL, with the
 * profile's breaker pacing: each fault scenario on a deployment of its own) and without ({@code dial-no-backoff});
 * both must give the outcomes of one scenario per freshly started gateway, which the last test holds {@code dial}
 * to as well: the same known-differences file serves all three.
 */
class StandInsCatalogIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));

    @ParameterizedTest
    @ValueSource(strings = {"dial", "dial-no-backoff", "litellm", "litellm-chained", "worldflow"})
    void theCatalogPassesOrDiffersAsRecorded(String standIn) {
        Catalog catalog = Catalog.load(List.of(PROJECT.resolve("scenarios")));
        assertTrue(catalog.scenarios().size() > 0, "no scenarios found under " + PROJECT.resolve("scenarios"));
        List<String> wrong = new ArrayList<>();
        try (Session session = Session.open(PROJECT.resolve("targets/standins/" + standIn + ".yaml"), MockOptions.defaults())) {
            assertEquals(standIn.replaceAll("-(chained|no-backoff)$", ""), session.target().standInFor(),
                    "the profile says what it stands in for");
            for (Scenario s : Breakers.breakerSafe(catalog.scenarios())) {
                Outcome o = session.run(s);
                if (o.status() == Status.FAILED || o.status() == Status.ERROR) {
                    wrong.add(s.id() + " " + o.status() + ": " + o.reason());
                }
            }
            assertTrue(wrong.isEmpty(), standIn + ": " + wrong.size() + " scenario(s) neither pass nor differ as recorded:\n"
                    + String.join("\n", wrong) + "\nstand-in log tail:\n" + tail(session.launchLog()));
        }
    }

    /** The way the real DIAL was calibrated: one scenario per freshly started gateway, back-off on. */
    @Test
    void dialWithBackoffDiffersAsRecordedWithAFreshGatewayPerScenario() {
        Catalog catalog = Catalog.load(List.of(PROJECT.resolve("scenarios")));
        List<String> wrong = new ArrayList<>();
        try (MockProvider mock = MockProvider.start(MockOptions.defaults())) {
            for (Scenario s : catalog.scenarios()) {
                try (Session session = Session.open(PROJECT.resolve("targets/standins/dial.yaml"), mock)) {
                    Outcome o = session.run(s);
                    if (o.status() == Status.FAILED || o.status() == Status.ERROR) {
                        wrong.add(s.id() + " " + o.status() + ": " + o.reason());
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "dial: " + wrong.size() + " scenario(s) neither pass nor differ as recorded:\n"
                + String.join("\n", wrong));
    }

    private static String tail(List<String> log) {
        return String.join("\n", log.subList(Math.max(0, log.size() - 20), log.size()));
    }
}

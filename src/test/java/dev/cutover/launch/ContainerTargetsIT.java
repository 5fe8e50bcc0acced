package dev.cutover.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.mock.MockOptions;
import dev.cutover.run.Outcome;
import dev.cutover.run.Session;
import dev.cutover.run.Status;
import dev.cutover.scenario.Catalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Real LiteLLM and DIAL core in containers, where a Docker engine exists: the core chat and streaming
 * scenarios run through each. Skipped ("Docker is not available") where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerTargetsIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));

    @ParameterizedTest
    @ValueSource(strings = {"targets/litellm-container.yaml", "targets/dial-container.yaml"})
    void coreChatAndStreamingScenariosPassThroughTheContainer(String profile) {
        Catalog catalog = Catalog.load(List.of(PROJECT.resolve("scenarios/chat"), PROJECT.resolve("scenarios/streaming")));
        try (Session session = Session.open(PROJECT.resolve(profile), MockOptions.defaults())) {
            List<Outcome> ran = catalog.scenarios().stream().map(session::run)
                    .filter(o -> o.status() != Status.NOT_SUPPORTED).toList();
            assertTrue(ran.size() > 10, "enough scenarios ran: " + ran.size());
            List<String> failed = ran.stream().filter(o -> o.status() == Status.FAILED || o.status() == Status.ERROR)
                    .map(o -> o.scenarioId() + ": " + o.reason()).toList();
            assertEquals(List.of(), failed);
        }
    }
}

package dev.cutover.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.launch.LaunchException;
import dev.cutover.launch.ProcessSpec;
import dev.cutover.launch.TinyGateway;
import dev.cutover.mock.MockOptions;
import dev.cutover.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's launch end to end: the setup step's values in the profile and the rendered config, the run folder
 * gone after the session, failed starts masked with nothing left behind, and a gateway that one scenario kills.
 */
class SessionLaunchTest {
    @TempDir
    Path dir;

    /** A profile starting the tiny gateway with a config rendered from a template and a key the setup makes. */
    private Path profile(String setupScript, String command) throws IOException {
        TinyGateway.installIn(dir);
        Files.writeString(dir.resolve("config.tmpl"), "{\"upstream\": \"${mock.url}/v1\", \"key\": \"${setup.CLIENT_KEY}\"}");
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, """
                name: tiny
                baseUrl: http://127.0.0.1:${port}/v1
                auth: {header: Authorization, scheme: Bearer, key: "${setup.CLIENT_KEY}"}
                upstream: real
                features: [chat, models]
                launch:
                  process:
                    setup: {command: [sh, -c, "%s"]}
                    files: {config.json: config.tmpl}
                    command: %s
                    env: {GATEWAY_KEY: "${setup.CLIENT_KEY}"}
                    readyTimeoutMs: 120000
                """.formatted(setupScript, command));
        return f;
    }

    private Path tinyGateway() throws IOException {
        return profile("echo making a key; echo CLIENT_KEY=sk-made-by-setup-7731",
                "[\"" + TinyGateway.java() + "\", TinyGateway.java, \"${port}\", \"${run.dir}/config.json\"]");
    }

    @Test
    void theSetupFeedsTheProfileAndTheConfigAndTheFolderGoesWithTheSession() throws Exception {
        Path folder;
        try (Session s = Session.open(tinyGateway(), MockOptions.defaults())) {
            assertEquals("sk-made-by-setup-7731", s.target().auth().key());
            List<String> command = ((ProcessSpec) s.target().launch()).command();
            Path config = Path.of(command.get(command.size() - 1));
            folder = config.getParent();
            assertEquals("{\"upstream\": \"" + s.mock().baseUrl() + "/v1\", \"key\": \"sk-made-by-setup-7731\"}",
                    Files.readString(config));
            // the gateway printed the key; every output masks it
            String log = s.redactor().mask(String.join("\n", s.launchLog()));
            assertTrue(log.contains("with key ***"), log);
        }
        assertFalse(Files.exists(folder), "the run's folder outlived its session");
    }

    @Test
    void aGatewayKilledByAScenarioFailsThatScenarioAndServesTheNext() throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios/chat"));
        Files.writeString(scenarios.resolve("kills.yaml"), """
                id: kills
                title: A chat completion the tiny gateway dies on
                features: [chat]
                level: core
                severity: blocker
                request:
                  endpoint: chat.completions
                  body: {model: m, messages: [{role: user, content: Hi}]}
                expect: {status: 200}
                """);
        Files.writeString(scenarios.resolve("lists.yaml"), """
                id: lists
                title: A model listing, answered by the restarted gateway
                features: [models]
                level: core
                severity: minor
                request: {endpoint: models.list}
                expect: {status: 200}
                """);
        try (Session s = Session.open(tinyGateway(), MockOptions.defaults())) {
            Outcome killed = s.run(ScenarioReader.read(scenarios.resolve("kills.yaml")));
            assertEquals(Status.FAILED, killed.status());
            assertEquals("gateway process: exited with code 7 during this scenario; restarted for the next one", killed.reason());
            assertTrue(killed.failedChecks().stream().anyMatch(c -> c.expectation().equals("gateway process")));
            Outcome next = s.run(ScenarioReader.read(scenarios.resolve("lists.yaml")));
            assertEquals(Status.PASSED, next.status(), next.reason());
        }
    }

    @Test
    void aFailedStartIsMaskedAndLeavesNoFolder() throws Exception {
        Path f = profile("echo CLIENT_KEY=sk-made-by-setup-7731",
                "[sh, -c, \"echo starting with $GATEWAY_KEY; exit 1\"]");
        // Run folders go to a temporary folder of this test's own, where no other build on the machine makes any.
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String was = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            LaunchException e = assertThrows(LaunchException.class, () -> Session.open(f, MockOptions.defaults()));
            assertTrue(e.getMessage().contains("exited with code 1 before it was ready"), e.getMessage());
            assertTrue(e.getMessage().contains("starting with ***"), e.getMessage());
            assertFalse(e.getMessage().contains("sk-made-by-setup-7731"), e.getMessage());
        } finally {
            System.setProperty("java.io.tmpdir", was);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "a run folder was left behind");
        }
    }

    @Test
    void aFailingSetupStartsNoGateway() throws Exception {
        Path f = profile("echo CLIENT_KEY=sk-half-made-0042; echo no admin API >&2; exit 2", "[sh, -c, \"touch started\"]");
        LaunchException e = assertThrows(LaunchException.class, () -> Session.open(f, MockOptions.defaults()));
        assertTrue(e.getMessage().contains("the setup step sh exited with code 2"), e.getMessage());
        assertTrue(e.getMessage().contains("CLIENT_KEY=***\nno admin API"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("started")));
    }
}

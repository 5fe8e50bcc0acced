package dev.cutover.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process gateway: its files rendered into the run folder before the start, and started again after it died. */
class ProcessLauncherTest {
    @TempDir
    Path dir;

    @Test
    void filesAreWrittenBeforeTheStartAndADeadGatewayComesBack() throws Exception {
        int port = FreePort.pick();
        try (RunFolder folder = RunFolder.reserve()) {
            List<String> command = new ArrayList<>(TinyGateway.installIn(dir));
            command.addAll(List.of(String.valueOf(port), folder.path().resolve("config.json").toString()));
            // Generous: a single-file program is compiled at each start, on a busy machine too.
            ProcessSpec spec = new ProcessSpec(dir, command, Map.of("GATEWAY_KEY", "sk-tiny-1"), "/", 120_000, null, null,
                    Map.of("config.json", "{\"rendered\": true}"), null, List.of());
            String url = "http://127.0.0.1:" + port;
            try (Launched gateway = ProcessLauncher.start(spec, url + "/", folder)) {
                assertEquals("{\"rendered\": true}", get(url + "/").body());
                assertEquals(Optional.empty(), gateway.ended(0));

                assertEquals(-1, get(url + "/v1/chat/completions").statusCode(), "the request kills it");
                assertEquals(Optional.of("exited with code 7"), gateway.ended(60_000));

                gateway.restart();
                assertEquals(Optional.empty(), gateway.ended(0));
                assertEquals(200, get(url + "/").statusCode());
                String log = String.join("\n", gateway.log());
                assertTrue(log.contains("a chat completion: exiting\n[cutover: the gateway exited with code 7; restarting it]\n"
                        + "tiny gateway on port " + port), log);
            }
            assertTrue(Files.exists(folder.path().resolve("config.json")), "the session, not the launcher, removes the folder");
        }
    }

    @Test
    void aMissingInstallIsNamedWithItsCommand() {
        ProcessSpec spec = new ProcessSpec(dir, List.of("node", "x.js"), Map.of(), "/", 1_000, "node_modules/x/x.js", "npm ci",
                Map.of(), null, List.of());
        LaunchException e = org.junit.jupiter.api.Assertions.assertThrows(LaunchException.class,
                () -> SetupStep.prepare(spec, RunFolder.reserve()));
        assertTrue(e.getMessage().endsWith("is missing; install it first: (cd " + dir + " && npm ci)"), e.getMessage());
        assertFalse(e.getMessage().contains("setup"), e.getMessage());
    }

    /** The answer's status and body, or -1 and null when the connection broke. */
    private record Answer(int statusCode, String body) {}

    private static Answer get(String url) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            return new Answer(-1, null);
        }
    }
}

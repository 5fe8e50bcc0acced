package dev.cutover.mock;

import static dev.cutover.mock.TestClient.chat;
import static dev.cutover.mock.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Fault;
import dev.cutover.wire.Marker;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.ReceivedRequest;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalAndAdminTest {

    @Test
    void journalKeepsOnlyTheNewestEntries() {
        try (MockProvider mock = MockProvider.start(MockOptions.defaults().withJournalLimit(5))) {
            TestClient client = new TestClient(mock);
            for (int i = 0; i < 8; i++) {
                client.post("/v1/chat/completions?i=" + i, chat("bounded", ""), "authorization", "Bearer " + TestClient.KEY,
                        "x-test", "value-" + i);
            }
            List<ReceivedRequest> seen = mock.received("bounded");
            assertEquals(5, seen.size());
            ReceivedRequest first = seen.get(0);
            assertEquals("POST", first.method());
            assertEquals("/v1/chat/completions", first.path());
            assertEquals("i=3", first.query());
            assertEquals("value-3", first.headers().first("X-Test").orElseThrow());
            assertTrue(first.body().contains(Marker.tag("bounded")));
            // Oldest first, told by the order sent rather than by atMs: a wall clock may step back between two entries.
            assertEquals(List.of("i=3", "i=4", "i=5", "i=6", "i=7"), seen.stream().map(ReceivedRequest::query).toList());
            assertTrue(first.atMs() > 0);
            mock.forget("bounded");
            assertEquals(List.of(), mock.received("bounded"));
        }
    }

    @Test
    void keyFromTheHeaderWhenTheBodyHasNone() {
        try (MockProvider mock = MockProvider.start(MockOptions.defaults())) {
            new TestClient(mock).get("/v1/models", "authorization", "Bearer " + TestClient.KEY, Marker.HEADER, "listing");
            assertEquals(1, mock.received("listing").size());
        }
    }

    @Test
    void anAdminKeyGuardsTheAdminApiAndARemoteMockCarriesIt() {
        String admin = "admin-key-0123456789";
        try (MockProvider mock = MockProvider.start(MockOptions.defaults().withAdminKey(admin))) {
            TestClient client = new TestClient(mock);
            HttpResponse<String> refused = client.send(client.request("/__cutover/journal/x").GET().build());
            assertEquals(401, refused.statusCode());
            RemoteMock remote = new RemoteMock(mock.baseUrl(), admin, mock.apiKey());
            remote.check();
            remote.script("remote-keyed", ProviderScript.builder().content("through the admin key").build());
            HttpResponse<String> reply = client.post("/v1/chat/completions", chat("remote-keyed", ""));
            assertEquals("through the admin key", json(reply.body()).at("/choices/0/message/content").asText());
            List<ReceivedRequest> seen = remote.received("remote-keyed");
            assertEquals(1, seen.size());
            assertEquals(200, seen.get(0).reply().status(), "the journal carries what the mock answered");
            assertThrows(java.io.UncheckedIOException.class, () -> new RemoteMock(mock.baseUrl(), "wrong", null).check());
        }
        assertThrows(IllegalArgumentException.class, () -> MockOptions.defaults().withHost("0.0.0.0"),
                "a mock beyond loopback needs an admin key");
    }

    @Test
    void adminEndpointsDriveAStandaloneMock() {
        try (MockProvider mock = MockProvider.start(MockOptions.defaults())) {
            TestClient client = new TestClient(mock);
            ProviderScript script = ProviderScript.builder().content("remote words")
                    .header("x-from", "admin").gapsMs(10).build();
            HttpResponse<String> put = client.send(client.request("/__cutover/scripts/remote")
                    .POST(HttpRequest.BodyPublishers.ofString(MockJson.writeScript(script))).build());
            assertEquals(204, put.statusCode());
            HttpResponse<String> reply = client.post("/v1/chat/completions", chat("remote", ""));
            assertEquals("remote words", json(reply.body()).at("/choices/0/message/content").asText());
            assertEquals("admin", reply.headers().firstValue("x-from").orElseThrow());

            HttpResponse<String> journal = client.send(client.request("/__cutover/journal/remote").GET().build());
            assertEquals(200, journal.statusCode());
            List<ReceivedRequest> seen = MockJson.readJournal(journal.body());
            assertEquals(mock.received("remote"), seen);

            assertEquals(204, client.send(client.request("/__cutover/scripts/remote").DELETE().build()).statusCode());
            assertEquals(ProviderScript.DEFAULT_CONTENT,
                    json(client.post("/v1/chat/completions", chat("remote", "")).body()).at("/choices/0/message/content").asText());
            assertEquals(400, client.send(client.request("/__cutover/scripts/bad")
                    .POST(HttpRequest.BodyPublishers.ofString("[1,2]")).build()).statusCode());
        }
    }

    @Test
    void scriptJsonUsesScenarioNamesAndAnyCaseFaults() {
        ProviderScript s = MockJson.readScript("""
                {"chunk_words":3,"fail_times":1,"ttft_ms":5,"gaps_ms":[1,2],"fault":"reset_mid_stream",
                 "usage":{"prompt_tokens":1,"completion_tokens":2},"tool_calls":[{"name":"f","arguments":"{}"}],
                 "unknown_field":true}""");
        assertEquals(3, s.chunkWords());
        assertEquals(Fault.RESET_MID_STREAM, s.fault());
        assertEquals(List.of(1, 2), s.gapsMs());
        assertEquals(2, s.usage().completionTokens());
        assertEquals(s, MockJson.readScript(MockJson.writeScript(s)));
    }

    @Test
    void aTakenPortIsAnUncheckedIoError() {
        try (MockProvider first = MockProvider.start(MockOptions.defaults())) {
            assertThrows(UncheckedIOException.class, () -> MockProvider.start(MockOptions.defaults().withPort(first.port())));
        }
    }
}

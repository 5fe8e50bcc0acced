package dev.cutover.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario ids are unique: a later folder overrides an earlier one, two files of one folder are both refused. */
class CatalogTest {
    @TempDir
    Path dir;

    @Test
    void aScenarioOfALaterPathReplacesTheOneWithItsIdAndTwinsInOnePathAreRefused() throws Exception {
        Path shipped = write("shipped/chat/hello.yaml", "hello", "shipped");
        write("shipped/chat/other.yaml", "other", "other");
        Path own = write("own/team/hello.yaml", "hello", "ours");

        Catalog c = Catalog.load(List.of(dir.resolve("shipped"), dir.resolve("own")));
        assertEquals(List.of("hello", "other"), c.scenarios().stream().map(Scenario::id).sorted().toList());
        Scenario hello = c.scenarios().stream().filter(s -> s.id().equals("hello")).findFirst().orElseThrow();
        assertEquals(own, hello.file());
        assertEquals("ours", hello.title());
        assertTrue(c.broken().isEmpty());

        write("own/other-team/hello.yaml", "hello", "twin");
        Catalog twins = Catalog.load(List.of(dir.resolve("own")));
        assertEquals(1, twins.broken().size());
        String error = twins.broken().get(0).errors().get(0).toString();
        assertTrue(error.contains("id: 'hello' is also the id of"), error);
        assertTrue(shipped.toFile().exists());
    }

    private Path write(String path, String id, String title) throws Exception {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, """
                id: %s
                title: %s
                features: [chat]
                level: core
                severity: minor
                request:
                  endpoint: chat.completions
                  body: {model: m, messages: [{role: user, content: Hi}]}
                expect:
                  status: 200
                """.formatted(id, title));
        return f;
    }
}

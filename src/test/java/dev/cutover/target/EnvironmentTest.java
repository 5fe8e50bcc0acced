package dev.cutover.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cutover.yaml.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A named environment file: NAME=value lines under the process environment, every bad line named. */
class EnvironmentTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        Environment.clear();
    }

    @Test
    void linesCommentsExportsAndQuotesAreReadAndTheProcessEnvironmentWins() throws Exception {
        Path f = dir.resolve("staging.env");
        Files.writeString(f, """
                # staging
                GATEWAY_URL=https://llm.staging.example

                export CHAT_MODEL="gpt-4o-mini"
                KEY_VARIABLE='STAGING_KEY'
                PATH=/not/the/path
                """);
        assertEquals(Map.of("GATEWAY_URL", "https://llm.staging.example", "CHAT_MODEL", "gpt-4o-mini",
                "KEY_VARIABLE", "STAGING_KEY", "PATH", "/not/the/path"), Environment.read(f));

        Environment.use(f);
        assertEquals("https://llm.staging.example", Environment.get("GATEWAY_URL"));
        assertEquals(System.getenv("PATH"), Environment.get("PATH"), "the process environment wins");
        assertNull(Environment.get("NOT_SET_ANYWHERE_" + System.nanoTime()));
    }

    @Test
    void everyBadLineIsNamedWithItsNumber() throws Exception {
        Path f = dir.resolve("bad.env");
        Files.writeString(f, "GOOD=1\nno equals sign\n1BAD=x\nGOOD=2\n");
        InputException e = assertThrows(InputException.class, () -> Environment.read(f));
        assertEquals(List.of(2, 3, 4), e.errors().stream().map(x -> x.line()).toList());
        assertEquals("set twice in this file", e.errors().get(2).message());

        InputException missing = assertThrows(InputException.class, () -> Environment.use(dir.resolve("prod.env")));
        assertEquals("no such environment file", missing.errors().get(0).message());
    }
}

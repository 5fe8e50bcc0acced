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

    /** Read like every other file a person hands cutover: a Latin-1 byte read "cannot read: Input length = 1". */
    @Test
    void aFileThatIsNotUtf8TextIsNamedWithItsLine() throws Exception {
        Path latin = dir.resolve("latin.env");
        Files.write(latin, "A=1\nCITY=Z\u00fcrich\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> Environment.read(latin));
        assertEquals(2, e.errors().get(0).line());
        assertEquals(true, e.errors().get(0).message().startsWith("not UTF-8: byte 0xFC"), e.errors().get(0).message());
        Path nul = Files.write(dir.resolve("nul.env"), "A=x\0y\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(true, assertThrows(InputException.class, () -> Environment.read(nul)).getMessage().contains("a NUL byte"));
        Path folder = Files.createDirectory(dir.resolve("folder.env"));
        assertEquals("is a folder, not a file", assertThrows(InputException.class, () -> Environment.read(folder)).errors().get(0).message());
    }
}

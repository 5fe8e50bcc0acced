package dev.cutover.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture plants the secret in a request header, a request body, an upstream header, an upstream
 * query and body, a failed check, a failure reason, and (escaped) in a JSON response body.
 */
class SecretsTest {
    @Test
    void noSecretReachesAnyFile(@TempDir Path tmp) throws Exception {
        List<Path> files = Reports.write(Fixtures.run(), new Redactor(List.of(Fixtures.SECRET)), tmp.resolve("r"));
        assertEquals(4, files.size());
        for (Path f : files) {
            String text = Files.readString(f);
            assertFalse(text.contains(Fixtures.SECRET), f.getFileName() + " leaks the secret");
            assertFalse(text.contains("TOPSECRET"), f.getFileName() + " leaks part of the secret");
            assertTrue(text.contains(Redactor.MASK), f.getFileName() + " shows where a secret was");
        }
    }

    @Test
    void withoutTheRedactorTheFixtureWouldLeak(@TempDir Path tmp) throws Exception {
        // Guards the test above: the secret really is in the fixture where the reports would show it.
        Path dir = tmp.resolve("r");
        Reports.write(Fixtures.run(), Redactor.none(), dir);
        for (String name : List.of("index.html", "report.json", "report.md", "junit.xml")) {
            assertTrue(Files.readString(dir.resolve(name)).contains(Fixtures.SECRET), name);
        }
    }
}

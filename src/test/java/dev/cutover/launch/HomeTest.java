package dev.cutover.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped files: found where the user is first, then in cutover's home; unpacked whole, an install kept. */
class HomeTest {
    @TempDir
    Path dir;

    @Test
    void aPathTheUserHasWinsAndAMissingOneIsLookedUpAmongTheShippedFiles() {
        Path home = Home.dir();
        assertTrue(Files.isRegularFile(home.resolve("targets/direct-mock.yaml")), "the tests run with cutover.home set: " + home);

        Path own = Path.of("pom.xml"); // the working folder of the tests has one
        assertEquals(own, Home.resolve(own));
        Path absent = Path.of("no-such-folder/targets/direct-mock.yaml");
        assertEquals(absent, Home.resolve(absent), "missing everywhere: as given, so the error names what the user wrote");
        assertEquals(home.resolve("targets/direct-mock.yaml"), Home.resolve(Path.of("cutover:targets/direct-mock.yaml")));
        assertEquals(home.resolve("load/smoke.yaml"), Home.resolve("cutover:load/smoke.yaml", dir));
        assertEquals(dir.resolve("x.yaml"), Home.resolve("plans/../x.yaml", dir));
    }

    @Test
    void unpackingCopiesTheCatalogAndKeepsWhatWasInstalledBesideIt() throws Exception {
        Path installed = dir.resolve("gateways/portkey/node_modules/marker");
        Files.createDirectories(installed.getParent());
        Files.writeString(installed, "installed");
        Path target = dir.resolve("targets/direct-mock.yaml");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "stale");

        Home.unpack(dir);

        assertEquals(Files.readString(Home.dir().resolve("targets/direct-mock.yaml")), Files.readString(target), "refreshed");
        assertTrue(Files.isRegularFile(dir.resolve("scenarios/errors/errors-429-retry-after.yaml")));
        assertTrue(Files.isRegularFile(dir.resolve("plans/direct-to-portkey.yaml")));
        assertTrue(Files.isRegularFile(dir.resolve("gateways/portkey/package-lock.json")));
        assertEquals("installed", Files.readString(installed));
        try (var walk = Files.walk(dir)) {
            assertTrue(walk.noneMatch(p -> p.toString().contains("node_modules") && !p.startsWith(installed.getParent())),
                    "no gateway install ships in the jar");
        }
    }
}

package dev.cutover.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The setup step's values, its masked failures, and the run folder it shares with the gateway. */
class SetupStepTest {
    @TempDir
    Path dir;

    private SetupSpec sh(String script, int timeoutMs) {
        return new SetupSpec(dir, List.of("sh", "-c", script), timeoutMs, Set.of());
    }

    @Test
    void everyNameValueLineBecomesAValue() {
        Map<String, String> v = SetupStep.run(sh("""
                echo 'making a key'
                echo CLIENT_KEY=sk-one
                printf 'MODEL=gpt-4o-mini\\r\\n'
                echo 'not a name: X=1'
                echo CLIENT_KEY=sk-two
                echo EMPTY=
                echo 'URL=http://127.0.0.1:1/v1?a=b'
                """, 60_000));
        assertEquals(Map.of("CLIENT_KEY", "sk-two", "MODEL", "gpt-4o-mini", "EMPTY", "",
                "URL", "http://127.0.0.1:1/v1?a=b"), v);
    }

    @Test
    void aFailingSetupSaysWhatItPrintedWithItsValuesMasked() {
        LaunchException e = assertThrows(LaunchException.class, () -> SetupStep.run(sh(
                "echo ADMIN_KEY=sk-admin-secret-99; echo 'logging in with sk-admin-secret-99 failed' >&2; exit 3", 60_000)));
        assertTrue(e.getMessage().contains("the setup step sh exited with code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("ADMIN_KEY=***"), e.getMessage());
        assertTrue(e.getMessage().contains("logging in with *** failed"), e.getMessage());
        assertFalse(e.getMessage().contains("sk-admin-secret-99"), e.getMessage());
        // its arguments may hold resolved secrets: only the program is named
        assertFalse(e.getMessage().contains("exit 3"), e.getMessage());
    }

    @Test
    void aSetupPastItsTimeoutIsStoppedWithWhatItStarted() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        LaunchException e = assertThrows(LaunchException.class, () -> SetupStep.run(sh(
                "echo TOKEN=tok-secret-4242; sleep 300 & echo $! > child.pid; wait", 1_500)));
        assertTrue(e.getMessage().contains("did not finish within 1500 ms and was stopped"), e.getMessage());
        assertTrue(e.getMessage().contains("TOKEN=***"), e.getMessage());
        assertFalse(e.getMessage().contains("tok-secret-4242"), e.getMessage());
        long child = Long.parseLong(Files.readString(pidFile).trim());
        // destroyed, so it ends long before its 300 s; the bound only keeps a regression from hanging the build
        ProcessHandle.of(child).ifPresent(h -> h.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "the setup's child still runs");
    }

    @Test
    void aProgramThatIsNotThereIsALaunchException() {
        LaunchException e = assertThrows(LaunchException.class, () -> SetupStep.run(new SetupSpec(dir,
                List.of("no-such-program-cutover"), 5_000, Set.of())));
        assertTrue(e.getMessage().startsWith("cannot start the setup step no-such-program-cutover"), e.getMessage());
    }

    @Test
    void theSetupRunsInItsFolderAndCanWriteIntoTheRunFolder() throws Exception {
        try (RunFolder folder = RunFolder.reserve()) {
            folder.create();
            Map<String, String> v = SetupStep.run(sh("pwd | sed 's/^/WHERE=/'; echo made > '" + folder.path() + "/state'", 60_000));
            assertEquals(dir.toRealPath().toString(), v.get("WHERE"));
            assertEquals("made\n", Files.readString(folder.path().resolve("state")));
        }
    }

    @Test
    void theRunFolderIsOwnerOnlyAndGoesWhenClosed() throws Exception {
        RunFolder folder = RunFolder.reserve();
        assertFalse(Files.exists(folder.path()), "nothing on disk before it is needed");
        folder.write(Map.of("gateway.yaml", "key: sk-x\n", "conf/nested.json", "{}"));
        assertEquals("key: sk-x\n", Files.readString(folder.path().resolve("gateway.yaml")));
        assertEquals("{}", Files.readString(folder.path().resolve("conf/nested.json")));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.path())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.path().resolve("gateway.yaml"))));
        folder.close();
        assertFalse(Files.exists(folder.path()));
        folder.close(); // twice is fine
    }

    @Test
    void aNameLeavingTheRunFolderIsRefusedWhereItIsWritten() {
        try (RunFolder folder = RunFolder.reserve()) {
            LaunchException e = assertThrows(LaunchException.class, () -> folder.write(Map.of("../escape", "x")));
            assertTrue(e.getMessage().contains("leaves the run's folder"), e.getMessage());
        }
    }
}

package dev.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lint checks a profile's setup step and templates without running anything: no setup, no gateway, no folder. */
class LintSetupTest {
    @TempDir
    Path dir;

    @Test
    void lintRunsNoSetupStep() throws Exception {
        Path ran = dir.resolve("setup-ran");
        Files.writeString(dir.resolve("gateway.tmpl"), "key: ${setup.CLIENT_KEY}\nport: ${port}\nstate: ${run.dir}\n");
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, """
                name: with-setup
                baseUrl: http://127.0.0.1:${port}/v1
                auth: {header: Authorization, scheme: Bearer, key: "${setup.CLIENT_KEY}"}
                features: [chat]
                launch:
                  process:
                    setup: {command: [sh, -c, "touch '%s'; echo CLIENT_KEY=sk-x"]}
                    files: {gateway.yaml: gateway.tmpl}
                    command: [sh, -c, "touch '%s'"]
                """.formatted(ran, ran));
        CliRun r = CliRun.of("lint", profile.toString());
        assertEquals(0, r.code(), r.out());
        assertFalse(Files.exists(ran), "lint ran a command of the profile");

        // what a run would refuse, lint refuses, still without running it
        Files.writeString(profile, Files.readString(profile).replace("echo CLIENT_KEY=sk-x\"", "echo ${setup.CLIENT_KEY}\""));
        CliRun bad = CliRun.of("lint", profile.toString());
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.out().contains("profile.yaml:7: launch.process.setup.command[2]: ${setup.CLIENT_KEY} is what the setup"
                + " step prints: its own command cannot use it"), bad.out());
        assertFalse(Files.exists(ran));
    }
}

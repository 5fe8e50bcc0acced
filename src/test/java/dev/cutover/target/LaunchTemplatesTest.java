package dev.cutover.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.launch.ProcessSpec;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** launch.process files / setup / ${run.dir}: rendered as a run reads them, in two phases, and as lint reads them. */
class LaunchTemplatesTest {
    @TempDir
    Path dir;

    private static final Map<String, String> RUN = Map.of("mock.url", "http://127.0.0.1:9", "mock.port", "9", "port", "4321",
            Variables.RUN_DIR, "/runs/cutover-run-x");
    private final Variables vars = new Variables(RUN, name -> name.equals("TEAM") ? "search" : null);

    private static final String PROFILE = """
            name: templated
            baseUrl: http://127.0.0.1:${port}/v1
            auth: {header: Authorization, scheme: Bearer, key: "${setup.CLIENT_KEY}"}
            headers: {x-team: "${setup.TEAM_HEADER}"}
            features: [chat]
            launch:
              process:
                setup:
                  command: [sh, -c, "echo CLIENT_KEY=sk-made-here", "${run.dir}"]
                  timeoutMs: 5000
                  plain: [TEAM_HEADER]
                files: {conf/gateway.yaml: gateway.tmpl}
                command: [gateway, --config, "${run.dir}/conf/gateway.yaml"]
                env: {GATEWAY_KEY: "${setup.CLIENT_KEY}", GATEWAY_HOME: "${run.dir}"}
            """;

    private static final String TEMPLATE = """
            port: ${port}
            upstream: ${mock.url}/v1 (port ${mock.port})
            team: ${env:TEAM}
            fallback: ${env:NOT_SET_HERE:-none}
            keys: ["${setup.CLIENT_KEY}"]
            state: ${run.dir}/state
            """;

    private Path profile(String yaml) throws Exception {
        Files.writeString(dir.resolve("gateway.tmpl"), TEMPLATE);
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void phaseTwoRendersEveryVariableIntoTheFilesCommandAndEnv() throws Exception {
        Target t = TargetReader.read(profile(PROFILE), vars.withSetup(Map.of("CLIENT_KEY", "sk-made-here-1234",
                "TEAM_HEADER", "blue")));
        ProcessSpec p = (ProcessSpec) t.launch();
        assertEquals("""
                port: 4321
                upstream: http://127.0.0.1:9/v1 (port 9)
                team: search
                fallback: none
                keys: ["sk-made-here-1234"]
                state: /runs/cutover-run-x/state
                """, p.files().get("conf/gateway.yaml"));
        assertEquals(List.of("gateway", "--config", "/runs/cutover-run-x/conf/gateway.yaml"), p.command());
        assertEquals(Map.of("GATEWAY_KEY", "sk-made-here-1234", "GATEWAY_HOME", "/runs/cutover-run-x"), p.env());
        assertEquals("sk-made-here-1234", t.auth().key());
        assertEquals("blue", t.headers().get("x-team"));
        assertEquals(List.of("sh", "-c", "echo CLIENT_KEY=sk-made-here", "/runs/cutover-run-x"), p.setup().command());
        assertEquals(5000, p.setup().timeoutMs());
        // what the setup printed is a secret, unless the profile calls it plain
        assertTrue(t.secrets().contains("sk-made-here-1234"), t.secrets().toString());
        assertFalse(t.secrets().contains("blue"), t.secrets().toString());
    }

    @Test
    void phaseOneChecksTheWholeProfileWithPlaceholdersForSetupValues() throws Exception {
        Target t = TargetReader.read(profile(PROFILE), vars.beforeSetup());
        assertEquals(Variables.LINT_PLACEHOLDER, t.auth().key());
        assertTrue(((ProcessSpec) t.launch()).files().get("conf/gateway.yaml").contains("keys: [\"lint-placeholder\"]"));
        // and a broken profile fails here, before any setup step could run
        InputException e = assertThrows(InputException.class, () -> TargetReader.read(profile(PROFILE.replace("[chat]",
                "[chat, telepathy]")), vars.beforeSetup()));
        assertTrue(e.getMessage().contains("telepathy"), e.getMessage());
    }

    @Test
    void aValueTheSetupDidNotPrintIsAnErrorAtItsLine() throws Exception {
        Path f = profile(PROFILE);
        InputException e = assertThrows(InputException.class, () -> TargetReader.read(f,
                vars.withSetup(Map.of("CLIENT_KEY", "sk-made-here-1234"))));
        InputError err = e.errors().get(0);
        assertEquals(4, err.line());
        assertEquals("headers.x-team", err.field());
        assertTrue(err.message().contains("printed no line 'TEAM_HEADER=…' (it printed CLIENT_KEY)"), err.message());
    }

    @Test
    void theSetupCommandCannotUseWhatItPrints() throws Exception {
        Path f = profile(PROFILE.replace("\"${run.dir}\"]\n", "\"${setup.CLIENT_KEY}\"]\n"));
        InputException e = assertThrows(InputException.class, () -> TargetReader.read(f, vars.beforeSetup()));
        assertTrue(e.getMessage().contains("its own command cannot use it"), e.getMessage());
        assertEquals("launch.process.setup.command[3]", e.errors().get(0).field());
    }

    @Test
    void aFileNameMustStayInsideTheRunFolder() throws Exception {
        for (String name : List.of("../escape.yaml", "/etc/gateway.yaml", "a/../../b")) {
            Path f = profile(PROFILE.replace("conf/gateway.yaml: gateway.tmpl", "\"" + name + "\": gateway.tmpl"));
            InputException e = assertThrows(InputException.class, () -> TargetReader.read(f, vars.beforeSetup()), name);
            assertTrue(e.getMessage().contains("not a file name inside the run's folder"), e.getMessage());
        }
    }

    @Test
    void aMissingTemplateIsNamedAtItsLine() throws Exception {
        Path f = profile(PROFILE.replace("gateway.tmpl}", "missing.tmpl}"));
        InputException e = assertThrows(InputException.class, () -> TargetReader.read(f, vars.beforeSetup()));
        assertEquals("launch.process.files.conf/gateway.yaml", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("missing.tmpl"), e.getMessage());
    }

    @Test
    void runDirExistsOnlyForAGatewayStartedHere() throws Exception {
        Path f = profile("name: x\nbaseUrl: http://127.0.0.1:1/v1\nheaders: {x-state: \"${run.dir}\"}\nfeatures: [chat]\n");
        InputException e = assertThrows(InputException.class, () -> TargetReader.read(f, vars));
        assertTrue(e.getMessage().contains("this profile starts none"), e.getMessage());
        InputException lint = assertThrows(InputException.class, () -> TargetReader.read(f, Variables.forLint(RUN)));
        assertEquals(e.getMessage(), lint.getMessage(), "lint refuses what a run refuses");
    }

    @Test
    void lintReadsSetupValuesAsPlaceholders() throws Exception {
        Target t = TargetReader.read(profile(PROFILE), Variables.forLint(Map.of("mock.url", "http://127.0.0.1:1",
                "mock.port", "1", "port", "1")));
        assertEquals(Variables.LINT_PLACEHOLDER, t.auth().key());
        assertEquals(List.of("gateway", "--config", "lint-placeholder/conf/gateway.yaml"), ((ProcessSpec) t.launch()).command());
    }

    @Test
    void aProfileWithoutSetupHasNoSetupSecrets() throws Exception {
        Target t = TargetReader.read(profile("""
                name: plain
                baseUrl: http://127.0.0.1:${port}/v1
                features: [chat]
                launch: {process: {command: [gateway]}}
                """), vars);
        assertNull(((ProcessSpec) t.launch()).setup());
        assertEquals(List.of(), t.launch().secrets());
    }
}

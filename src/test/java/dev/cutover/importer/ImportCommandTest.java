package dev.cutover.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.cli.CliRun;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.ScenarioReader;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Variables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutover import litellm-config} from the shell: what it writes lints, what exists is kept, bad input exits 2. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private static CliRun cutover(String... args) {
        return CliRun.of(args);
    }

    @Test
    void everythingImportedFromTheExampleLintsAndReadsBack() throws IOException {
        Path out = dir.resolve("acme");
        CliRun r = cutover("import", "litellm-config", LitellmImportTest.EXAMPLE.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("wrote 38 files under " + out), r.out());
        assertTrue(r.out().contains("./cutover run --target " + out.resolve("targets/litellm.yaml") + " "
                + out.resolve("scenarios/smoke-litellm")), r.out());

        CliRun lint = cutover("lint", out.toString());
        assertEquals(0, lint.code(), lint.out());
        assertTrue(lint.out().contains("38 files checked, 0 with problems"), lint.out());

        List<Path> files = Catalog.yamlFiles(List.of(out));
        for (Path f : files) {
            if (f.startsWith(out.resolve("targets"))) TargetReader.read(f, Variables.forLint(Map.of()));
            else ScenarioReader.read(f);
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertFalse(all.anyMatch(p -> p.getFileName().toString().startsWith(".cutover-import-")), "staging folder left behind");
        }
    }

    @Test
    void existingFilesAreKeptUnlessForced() throws IOException {
        Path out = dir.resolve("acme");
        String config = LitellmImportTest.EXAMPLE.toString();
        assertEquals(0, cutover("import", "litellm-config", config, "--out", out.toString()).code());
        Path target = out.resolve("targets/litellm.yaml");
        Files.writeString(target, "# edited by hand\n");

        CliRun again = cutover("import", "litellm-config", config, "--out", out.toString());
        assertEquals(2, again.code(), again.out());
        assertTrue(again.out().contains("error: " + target + ": already exists; use --force to replace it"), again.out());
        assertTrue(again.out().contains("35 more files of this import already exist"), again.out());
        assertEquals("# edited by hand\n", Files.readString(target));

        assertEquals(0, cutover("import", "litellm-config", config, "--out", out.toString(), "--force").code());
        assertTrue(Files.readString(target).contains("gateway: litellm"));
    }

    @Test
    void aBadConfigExitsTwoNamingFileAndLineAndWritesNothing() throws IOException {
        Path config = Files.writeString(dir.resolve("config.yaml"), "model_list:\n  - model_name: a\n    litellm_params: {}\n");
        Path out = dir.resolve("out");
        CliRun r = cutover("import", "litellm-config", config.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("error: " + config + ":3: model_list[0].litellm_params.model: missing required field\n", r.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void warningsArePrintedButTheImportGoesOn() {
        CliRun r = cutover("import", "litellm-config", LitellmImportTest.EDGES.toString(), "--out", dir.resolve("e").toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("warning: " + LitellmImportTest.EDGES + ":21: model_list[3].litellm_params.model: unknown provider prefix"), r.out());
        assertTrue(r.out().contains("no smoke scenario: dall-e-3"), r.out());
        assertTrue(r.out().contains("not reachable without LiteLLM:\n  vertex-claude"), r.out());
        assertFalse(r.out().contains("LITERAL"), r.out());
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsBadInputNotACrash() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        CliRun r = cutover("import", "litellm-config", LitellmImportTest.EXAMPLE.toString(), "--out", file.resolve("out").toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().startsWith("error: " + file.resolve("out") + ": cannot write the import here"), r.out());
    }

    @Test
    void missingConfigAndMissingSourceFormatAreUsageErrors() {
        CliRun missing = cutover("import", "litellm-config", dir.resolve("nope.yaml").toString());
        assertEquals(2, missing.code(), missing.out());
        assertTrue(missing.out().contains("nope.yaml: no such file"), missing.out());
        assertEquals(2, cutover("import").code());
    }
}

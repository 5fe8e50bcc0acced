package dev.cutover.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each goal hands the command line, and how its exit code becomes a build result. */
class MojoArgumentsTest {
    @TempDir
    Path project;
    private final Path home = Path.of("cutover-home");

    @Test
    void runPassesTargetFiltersAndTheShippedCatalogBeforeTheTeamsOwnScenarios() throws Exception {
        Files.createDirectories(project.resolve("scenarios/payments"));
        RunMojo run = new RunMojo();
        run.basedir = project.toFile();
        run.catalog = true;
        run.target = "targets/staging.yaml";
        run.minCoverage = "0.8";
        run.area = "streaming,errors";
        run.quiet = true;
        assertEquals(List.of("--target", "targets/staging.yaml", "--min-coverage", "0.8", "--area", "streaming,errors", "--quiet", "--",
                home.resolve("scenarios").toString(), "scenarios"), run.arguments(home));
    }

    @Test
    void withoutTheCatalogAndWithoutAScenariosFolderThereIsNothingToRun() {
        RunMojo run = new RunMojo();
        run.basedir = project.toFile();
        run.catalog = false;
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> run.scenarioPaths(home));
        assertTrue(e.getMessage().contains("no scenarios") && e.getMessage().contains(new File(project.toFile(), "scenarios").toString()),
                e.getMessage());
    }

    @Test
    void namedScenarioFilesReplaceTheDefaultFolder() throws Exception {
        Files.createDirectories(project.resolve("scenarios"));
        RunMojo run = new RunMojo();
        run.basedir = project.toFile();
        run.catalog = false;
        run.scenarios = List.of("checks/one.yaml");
        assertEquals(List.of("checks/one.yaml"), run.scenarioPaths(home));
    }

    @Test
    void exitCodesBecomeFailuresForFindingsAndErrorsForWhatStoppedTheRun() throws Exception {
        SystemStreamLog log = new SystemStreamLog();
        ExitCode.judge(0, "run", true, log);
        MojoFailureException noGo = assertThrows(MojoFailureException.class, () -> ExitCode.judge(1, "compare", true, log));
        assertTrue(noGo.getMessage().contains("NO-GO"), noGo.getMessage());
        MojoFailureException inconclusive = assertThrows(MojoFailureException.class, () -> ExitCode.judge(4, "run", true, log));
        assertTrue(inconclusive.getMessage().contains("INCONCLUSIVE"), inconclusive.getMessage());
        ExitCode.judge(1, "run", false, log); // failOnFailure false: a warning, the build goes on
        MojoExecutionException bad = assertThrows(MojoExecutionException.class, () -> ExitCode.judge(2, "run", false, log));
        assertTrue(bad.getMessage().contains("bad input"), bad.getMessage());
        assertThrows(MojoExecutionException.class, () -> ExitCode.judge(3, "load", true, log));
    }
}

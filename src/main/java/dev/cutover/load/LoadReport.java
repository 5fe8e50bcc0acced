package dev.cutover.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.report.ReportFolder;
import dev.cutover.verdict.LoadLimits;
import dev.cutover.wire.Json;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a load run's folder {@code reports/<time>-load-<target>/}: load.html, load.json, samples.jsonl,
 * Gatling's report under gatling/, and the gateway's log. The run wrote its samples, Gatling's report and the log
 * into its {@link ReportFolder} while it ran; load.html and load.json join them and the whole folder is moved into
 * place in one rename: a report is whole or absent.
 */
public final class LoadReport {
    public static final String HTML = "load.html";
    public static final String JSON = "load.json";

    private LoadReport() {}

    /** A plan's name and its load limits, shown in load.html and load.json when a run was made with {@code --plan}. */
    public record Plan(String name, LoadLimits limits) {}

    /** @return the report folder, in place; when writing fails, the run's folder is deleted rather than left half done */
    public static Path write(LoadRun run, Baseline baseline, LoadVerdict verdict) {
        return write(run, baseline, verdict, null);
    }

    /** @param plan the plan the run was made for, or null */
    public static Path write(LoadRun run, Baseline baseline, LoadVerdict verdict, Plan plan) {
        try (ReportFolder folder = run.folder()) {
            String gatling = Files.isRegularFile(folder.path().resolve(LoadRunner.GATLING_DIR).resolve("index.html"))
                    ? LoadRunner.GATLING_DIR + "/index.html" : null;
            folder.write(JSON, LoadJson.render(run, baseline, verdict, gatling, plan));
            folder.write(HTML, LoadHtml.render(run, baseline, verdict, gatling, plan));
            return folder.commit("load-" + run.target(), run.startedAt());
        }
    }

    /** The folder's samples file, once both files a load report folder has are there; else bad input. */
    private static Path reportFiles(Path dir) {
        Path samples = dir.resolve(SampleLog.FILE);
        if (!Files.isRegularFile(dir.resolve(JSON)) || !Files.isRegularFile(samples)) {
            throw new InputException(new InputError(dir, 0, null,
                    "not a load report folder: it needs " + JSON + " and " + SampleLog.FILE));
        }
        return samples;
    }

    /**
     * Reads a {@code --baseline-report} folder through once before the candidate runs, so that a wrong folder or a
     * damaged file is refused at once (exit 2, file and line) rather than after minutes of load.
     */
    public static void requireBaseline(Path dir) {
        Path json = dir.resolve(JSON);
        Path samples = reportFiles(dir);
        try {
            Json.MAPPER.readTree(json.toFile());
        } catch (IOException e) {
            throw new InputException(new InputError(json, 0, null, "unreadable: " + e.getMessage()));
        }
        SampleLog.read(List.of(samples));
    }

    /** An earlier run read back from its folder, to serve as a baseline: its target and samples. */
    public static Baseline readBaseline(Path dir, LoadRun candidate) {
        Path json = dir.resolve(JSON);
        Path samples = reportFiles(dir);
        try {
            JsonNode target = Json.MAPPER.readTree(json.toFile()).path("target");
            List<Sample> read = LoadMetrics.afterWarmup(SampleLog.read(List.of(samples)),
                    candidate.profile().warmupSeconds());
            return Baseline.of(target.path("name").asText("baseline"), target.path("gateway").asText(null),
                    target.path("standInFor").asText(null), dir.getFileName().toString(), read, candidate);
        } catch (IOException e) {
            throw new InputException(new InputError(json, 0, null, "unreadable: " + e.getMessage()));
        }
    }
}

package dev.cutover.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.report.Reports;
import dev.cutover.wire.Json;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a load run's folder {@code reports/<time>-load-<target>/}: load.html, load.json, samples.jsonl,
 * Gatling's report under gatling/, and the gateway's log. Everything is written into the run's hidden
 * working folder first, which is then moved into place: a crash never leaves a half-written report.
 */
public final class LoadReport {
    public static final String HTML = "load.html";
    public static final String JSON = "load.json";

    private LoadReport() {}

    /** @return the report folder */
    public static Path write(LoadRun run, Baseline baseline, LoadVerdict verdict, Path reportsRoot) {
        Path work = run.dir();
        String gatling = Files.isRegularFile(work.resolve(LoadRunner.GATLING_DIR).resolve("index.html"))
                ? LoadRunner.GATLING_DIR + "/index.html" : null;
        try {
            Files.writeString(work.resolve(JSON), LoadJson.render(run, baseline, verdict, gatling), StandardCharsets.UTF_8);
            Files.writeString(work.resolve(HTML), LoadHtml.render(run, baseline, verdict, gatling), StandardCharsets.UTF_8);
            Path dir = Reports.newRunDir(reportsRoot, "load-" + run.target(), run.startedAt());
            // newRunDir reserves the name with an empty folder; a rename onto it is not portable.
            Files.delete(dir);
            Files.move(work, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the load report under " + reportsRoot, e);
        }
    }

    /** An earlier run read back from its folder, to serve as a baseline: its target and samples. */
    public static Baseline readBaseline(Path dir, LoadRun candidate) {
        Path json = dir.resolve(JSON);
        Path samples = dir.resolve(SampleLog.FILE);
        if (!Files.isRegularFile(json) || !Files.isRegularFile(samples)) {
            throw new InputException(new InputError(dir, 0, null,
                    "not a load report folder: it needs " + JSON + " and " + SampleLog.FILE));
        }
        try {
            JsonNode target = Json.MAPPER.readTree(json.toFile()).path("target");
            List<Sample> read = LoadMetrics.afterWarmup(SampleLog.read(List.of(samples)),
                    candidate.profile().warmupSeconds());
            return Baseline.of(target.path("name").asText("baseline"), target.path("gateway").asText(null),
                    dir.getFileName().toString(), read, candidate);
        } catch (IOException e) {
            throw new InputException(new InputError(json, 0, null, "unreadable: " + e.getMessage()));
        }
    }
}

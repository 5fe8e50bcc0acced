package dev.cutover.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cutover.wire.Json;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The samples of a run as JSON lines ({@code samples.jsonl}), one per request, written as requests
 * finish. A file rather than memory so that a run in another JVM (Maven's Gatling plugin, an injector)
 * is read the same way: the samples of several injectors are simply read together.
 */
public final class SampleLog implements AutoCloseable {
    public static final String FILE = "samples.jsonl";

    private final BufferedWriter out;
    private int written;

    private SampleLog(BufferedWriter out) {
        this.out = out;
    }

    public static SampleLog create(Path dir) {
        try {
            Files.createDirectories(dir);
            return new SampleLog(Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write samples into " + dir, e);
        }
    }

    /** Called from Gatling's threads. */
    public synchronized void add(Sample s) {
        try {
            out.write(Json.MAPPER.writeValueAsString(s));
            out.write('\n');
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sample", e);
        }
    }

    public synchronized int written() {
        return written;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the samples file", e);
        }
    }

    /** Every sample in the given files (one per injector), in file order. */
    /**
     * Every sample of the files. A baseline report's samples are a file a person names ({@code --baseline-report}):
     * a line that is no sample, or bytes that are not UTF-8, are refused with file and line (exit 2), not
     * "internal error: UncheckedIOException" after the candidate's whole run.
     */
    public static List<Sample> read(List<Path> files) {
        List<Sample> out = new ArrayList<>();
        for (Path f : files) {
            int lineNo = 0;
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lineNo++;
                    if (line.isBlank()) continue;
                    try {
                        out.add(Json.MAPPER.readValue(line, Sample.class));
                    } catch (JsonProcessingException | IllegalArgumentException e) {
                        String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                        throw new InputException(new InputError(f, lineNo, null, "not a load sample: " + String.valueOf(why).replaceAll("\\s*\\(start marker at .*|\\s*at \\[Source.*", "").replaceAll("\\s+", " ")));
                    }
                }
            } catch (CharacterCodingException e) {
                throw new InputException(new InputError(f, lineNo + 1, null, "not UTF-8 text: not a samples file cutover wrote"));
            } catch (IOException e) {
                throw new InputException(new InputError(f, lineNo, null, "cannot read: " + e.getMessage()));
            }
        }
        return out;
    }
}

package dev.cutover.load;

import dev.cutover.wire.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
    public static List<Sample> read(List<Path> files) {
        List<Sample> out = new ArrayList<>();
        for (Path f : files) {
            try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (!line.isBlank()) out.add(Json.MAPPER.readValue(line, Sample.class));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read samples from " + f, e);
            }
        }
        return out;
    }
}

package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cutover.run.KnownDifferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The DIAL stand-in is only as good as its likeness to the real DIAL core: its known differences must be the ones the
 * real DIAL showed, entry for entry. They drifted once (two scenarios added to the catalog were recorded for the
 * stand-in only, and a run on the real DIAL then failed them), so the two files are compared, not trusted.
 */
class DialKnownFilesTest {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));

    @Test
    void theStandInListsExactlyTheRealDialsDifferences() {
        Map<String, Object> real = failing(PROJECT.resolve("targets/dial.known.yaml"));
        Map<String, Object> standIn = failing(PROJECT.resolve("targets/standins/dial.known.yaml"));
        List<String> differ = new ArrayList<>();
        for (String id : union(real.keySet(), standIn.keySet())) {
            if (!Objects.equals(real.get(id), standIn.get(id))) {
                differ.add(id + ": real DIAL " + real.get(id) + ", stand-in " + standIn.get(id));
            }
        }
        assertEquals(List.of(), differ, "targets/dial.known.yaml (the real DIAL) against targets/standins/dial.known.yaml");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, Object> failing(Path file) {
        Map<String, Object> out = new TreeMap<>();
        KnownDifferences.read(file).byScenario().forEach((id, k) -> out.put(id, k.failing()));
        return out;
    }
}

package dev.cutover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages' dependencies, read from the sources' imports and qualified names (comments aside): no cycle, the
 * ground floor depends on nothing of cutover, and along run → parity → verdict → report → load / overhead / bench →
 * cli every arrow points down, so that a package never needs one that stands on it.
 */
class PackageLayersTest {
    private static final Path SOURCES = Path.of(System.getProperty("cutover.projectDir", "."), "src/main/java/dev/cutover");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.cutover\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");
    private static final Set<String> GROUND = Set.of("wire", "yaml", "stats");
    /** Lowest first; a package may use those before it in this list, never those after it. */
    private static final List<Set<String>> CHAIN = List.of(Set.of("run"), Set.of("parity"), Set.of("verdict"),
            Set.of("report"), Set.of("load", "overhead", "bench"), Set.of("cli"));

    @Test
    void theGroundFloorStandsOnNothingOfCutover() {
        Map<String, Set<String>> deps = dependencies();
        assertTrue(deps.get("cli").containsAll(Set.of("load", "verdict", "report")), "the scan sees imports: " + deps.get("cli"));
        for (String p : GROUND) assertEquals(Set.of(), deps.getOrDefault(p, Set.of()), p + " depends on");
    }

    @Test
    void everyArrowAlongTheChainPointsDown() {
        Map<String, Set<String>> deps = dependencies();
        List<String> upward = new ArrayList<>();
        for (int i = 0; i < CHAIN.size(); i++) {
            for (String p : CHAIN.get(i)) {
                for (int j = i + 1; j < CHAIN.size(); j++) {
                    for (String above : CHAIN.get(j)) if (deps.getOrDefault(p, Set.of()).contains(above)) upward.add(p + " → " + above);
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> deps = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String p : deps.keySet()) {
            Set<String> reached = new TreeSet<>();
            reach(p, deps, reached);
            if (reached.contains(p)) cycles.add(p);
        }
        assertEquals(List.of(), cycles, "packages on a cycle; dependencies: " + deps);
    }

    private static void reach(String from, Map<String, Set<String>> deps, Set<String> reached) {
        for (String d : deps.getOrDefault(from, Set.of())) if (reached.add(d)) reach(d, deps, reached);
    }

    /** package (relative to dev.cutover) → the other cutover packages its sources name. */
    static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
                Set<String> mine = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                for (String line : Files.readAllLines(f)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.startsWith("package ")) continue;
                    Matcher m = REFERENCE.matcher(code);
                    while (m.find()) if (!m.group(1).equals(pkg)) mine.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deps;
    }
}

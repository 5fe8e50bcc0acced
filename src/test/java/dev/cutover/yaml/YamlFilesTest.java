package dev.cutover.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlFilesTest {
    private static final Path FILE = Path.of("x.yaml");

    @Test
    void invalidYamlNamesTheLine() {
        InputException e = assertThrows(InputException.class, () -> YamlFiles.parse(FILE, "a: 1\nb: [1, 2\nc: 3\n"));
        InputError err = e.errors().get(0);
        assertTrue(err.line() >= 2, "line was " + err.line());
        assertTrue(err.message().startsWith("invalid YAML"), err.message());
    }

    @Test
    void duplicateKeysAreRefused() {
        InputException e = assertThrows(InputException.class, () -> YamlFiles.parse(FILE, "a: 1\na: 2\n"));
        assertEquals(2, e.errors().get(0).line());
    }

    @Test
    void unknownKeyNamesFieldAndLine() {
        YamlNode root = YamlFiles.parse(FILE, "request:\n  endpoint: x\n  bogus: 1\n");
        InputException e = assertThrows(InputException.class,
                () -> root.require("request").onlyKeys(List.of("endpoint")));
        assertEquals("x.yaml:3: request.bogus: unknown key; allowed here: endpoint", e.errors().get(0).toString());
    }

    @Test
    void wrongTypeNamesField() {
        YamlNode root = YamlFiles.parse(FILE, "n: many\n");
        InputException e = assertThrows(InputException.class, () -> root.require("n").integer());
        assertEquals("n", e.errors().get(0).field());
        assertEquals(1, e.errors().get(0).line());
    }

    @Test
    void plainValuesKeepYamlTypes() {
        YamlNode root = YamlFiles.parse(FILE, "a: 1\nb: true\nc: text\nd: [1.5, null]\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) root.plain();
        assertEquals(1L, m.get("a"));
        assertEquals(true, m.get("b"));
        assertEquals("text", m.get("c"));
        assertEquals(java.util.Arrays.asList(1.5, null), m.get("d"));
    }

    /** YAML 1.1 spellings read as a person means them, never as an exception from a number parser. */
    @Test
    void odderScalarsBecomeValuesOrRefusalsWithALine() {
        YamlNode root = YamlFiles.parse(FILE, "hex: 0x1F\ntime: 12:30\nyes: yes\noff: off\nbig: 1_000\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) root.plain();
        assertEquals(31L, m.get("hex"));
        assertEquals("12:30", m.get("time"));
        assertEquals(true, m.get("yes"));
        assertEquals(false, m.get("off"));
        assertEquals(1000L, m.get("big"));
        for (String bad : List.of("a: 1\nn: .nan\n", "a: 1\nn: -.inf\n", "a: 1\nn: 123456789012345678901234567890\n",
                "a: 1\nn: 1e400\n")) {
            InputError e = assertThrows(InputException.class, () -> YamlFiles.parse(FILE, bad).plain()).errors().get(0);
            assertEquals("x.yaml:2: n", e.file() + ":" + e.line() + ": " + e.field(), e.toString());
        }
    }

    @Test
    void shapesThatCouldHangOrOverflowAreRefusedWithTheirLine() {
        assertRefused("a: 1\n---\nb: 2\n", "x.yaml:2: a second YAML document");
        assertRefused("a:\n  ? [k]\n  : v\n", "x.yaml:2: a key must be plain text, not a list or a map");
        assertRefused("a: " + "[".repeat(51) + "]".repeat(51) + "\n", "x.yaml:1: nested deeper than 50 levels");
        assertRefused("a: &x [1, *x]\n", "x.yaml:1: a[1]: an alias refers to a list or map that contains it");
        StringBuilder bomb = new StringBuilder("a: &a [x]\n");
        for (int i = 0; i < 21; i++) bomb.append("b").append(i).append(": *a\n");
        assertRefused(bomb.toString(), "x.yaml:22: more than 20 aliases to lists or maps");
        assertRefused("", "x.yaml:1: file is empty");
    }

    private static void assertRefused(String yaml, String start) {
        String m = assertThrows(InputException.class, () -> YamlFiles.parse(FILE, yaml)).getMessage();
        assertTrue(m.startsWith(start), m);
    }
}

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
}

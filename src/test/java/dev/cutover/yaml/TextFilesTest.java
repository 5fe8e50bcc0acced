package dev.cutover.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is not UTF-8 text of a sane size is refused with the line (and byte) where it stops being so. */
class TextFilesTest {
    @TempDir
    Path dir;

    private String refusal(byte[] bytes) throws Exception {
        Path f = Files.write(dir.resolve("f.yaml"), bytes);
        return assertThrows(InputException.class, () -> TextFiles.read(f)).errors().get(0).toString()
                .substring(dir.toString().length() + 1);
    }

    @Test
    void strictUtf8WithOffsetAndLine() throws Exception {
        assertEquals("f.yaml:2: not UTF-8: byte 0xE9 at offset 11 cannot start or continue a UTF-8 character; save the file as UTF-8",
                refusal("a: 1\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("f.yaml:1: UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8",
                refusal("a: 1\n".getBytes(StandardCharsets.UTF_16)));
        assertEquals("f.yaml:2: a NUL byte at offset 7: a binary file (or UTF-16), not YAML text",
                refusal("a: 1\nb:\0\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("f.yaml:3: control character U+001B is not allowed in YAML text (a binary file?)",
                refusal("a: 1\nb: 2\nc: \u001b[31m\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sizeAndKindOfFile() throws Exception {
        assertEquals("f.yaml: larger than 1 MiB (1048576 bytes), the most cutover reads from one file",
                refusal(new byte[TextFiles.MAX_BYTES + 1]));
        String m = assertThrows(InputException.class, () -> TextFiles.read(dir)).getMessage();
        assertEquals(dir + ": is a folder, not a file", m);
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        Path f = Files.write(dir.resolve("bom.yaml"), "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("a: 1\n", TextFiles.read(f));
    }
}

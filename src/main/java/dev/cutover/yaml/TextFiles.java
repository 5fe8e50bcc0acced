package dev.cutover.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file a person wrote as UTF-8 text, refusing fast and with a place what is not: no file, a folder,
 * a pipe or device (reading one could block for ever), more than {@link #MAX_BYTES}, a binary file, bytes
 * that are not UTF-8, control characters YAML does not allow. Every refusal is an {@link InputException}.
 */
public final class TextFiles {
    /** 1 MiB: the largest scenario, profile or plan shipped is a few KiB; a LiteLLM config rarely 100 KiB. */
    public static final int MAX_BYTES = 1 << 20;

    private TextFiles() {}

    /** The file's text, a leading byte-order mark removed. */
    public static String read(Path file) {
        if (!Files.exists(file)) throw refuse(file, 0, "no such file");
        if (Files.isDirectory(file)) throw refuse(file, 0, "is a folder, not a file");
        // A FIFO or /dev/zero would block or never end; only regular files are read.
        if (!Files.isRegularFile(file)) throw refuse(file, 0, "not a regular file (a pipe or a device); give a file");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw refuse(file, 0, "cannot read file: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw refuse(file, 0, "larger than 1 MiB (" + MAX_BYTES + " bytes), the most cutover reads from one file");
        }
        return decode(file, bytes);
    }

    /** Strict UTF-8: a malformed byte is reported with its offset and line, never replaced by U+FFFD. */
    static String decode(Path file, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw refuse(file, 1, "UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw refuse(file, lineAt(bytes, i), "a NUL byte at offset " + i + ": a binary file (or UTF-16), not YAML text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int at = in.position();
            throw refuse(file, lineAt(bytes, at), String.format("not UTF-8: byte 0x%02X at offset %d cannot start or continue "
                    + "a UTF-8 character; save the file as UTF-8", bytes[at] & 0xFF, at));
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        checkCharacters(file, text);
        return text;
    }

    /** YAML 1.1's printable set; SnakeYAML would refuse the rest too, but without a line. */
    private static void checkCharacters(Path file, String text) {
        int line = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\n') line++;
            boolean printable = c == '\t' || c == '\n' || c == '\r' || c == 0x85 || (c >= 0x20 && c <= 0x7E)
                    || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!printable) {
                throw refuse(file, line, String.format("control character U+%04X is not allowed in YAML text%s", c,
                        c < 0x20 || c == 0x7F ? " (a binary file?)" : ""));
            }
            i += Character.charCount(c);
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static InputException refuse(Path file, int line, String message) {
        return new InputException(new InputError(file, line, null, message));
    }
}

package dev.cutover.http;

import dev.cutover.wire.Observation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A response body as it is kept: the first {@code limit} bytes, and of the whole the byte count and a
 * SHA-256, so memory stays bounded however much a gateway sends and two huge answers can still be told apart.
 */
final class Capture {
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final MessageDigest digest;
    private long total;

    Capture(int limit) {
        this.limit = limit;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    void add(byte[] bytes, int offset, int length) {
        total += length;
        digest.update(bytes, offset, length);
        int room = (int) Math.max(0, Math.min(length, limit - (long) kept.size()));
        kept.write(bytes, offset, room);
    }

    long keptBytes() {
        return kept.size();
    }

    /** The kept bytes as text; a multi-byte character cut at the bound is dropped rather than garbled. */
    String text() {
        byte[] b = kept.toByteArray();
        int end = b.length;
        if (total > limit) {
            // Step back over a UTF-8 sequence the bound cut in half.
            int lead = end - 1;
            while (lead >= 0 && lead > end - 4 && (b[lead] & 0xC0) == 0x80) lead--;
            if (lead >= 0) {
                int first = b[lead] & 0xFF;
                int needed = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
                if (end - lead < needed) end = lead;
            }
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    /** How the body was cut, or null when all of it was kept. */
    Observation.Cut cut() {
        return total <= limit ? null : new Observation.Cut(kept.size(), total, HexFormat.of().formatHex(digest.digest()));
    }
}

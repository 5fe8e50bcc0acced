package dev.cutover.standin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * DIAL's token count of a reply (token/TokenUsageParser): the last {@code "usage": {…}} in the body, whole or
 * streamed, read as flat fields; a usage object with a nested object in it is not understood (DIAL then counts
 * nothing). What the limits charge after a 200.
 */
final class DialUsage {
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] TOKEN = "\"usage\"".getBytes(StandardCharsets.US_ASCII);

    private DialUsage() {}

    /** total_tokens of the last usage object, 0 when there is none or DIAL could not read it. */
    static long totalTokens(byte[] body) {
        int start = lastUsageObject(body);
        if (start < 0) return 0;
        try (JsonParser p = JSON.createParser(body, start, body.length - start)) {
            p.nextToken();
            long total = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) return 0;
                if ("total_tokens".equals(name) && value.isNumeric()) total = p.getLongValue();
            }
            return total;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static int lastUsageObject(byte[] b) {
        search:
        for (int i = b.length - TOKEN.length; i >= 0; i--) {
            for (int k = 0; k < TOKEN.length; k++) if (b[i + k] != TOKEN[k]) continue search;
            int j = i + TOKEN.length;
            while (j < b.length && Character.isWhitespace(b[j])) j++;
            if (j >= b.length || b[j] != ':') continue;
            j++;
            while (j < b.length && Character.isWhitespace(b[j])) j++;
            if (j < b.length && b[j] == '{') return j;
        }
        return -1;
    }

    /** Passes bytes on and keeps the last ones (enough for a final usage chunk) to read the count from. */
    static final class Tail extends FilterOutputStream {
        private static final int KEEP = 64 * 1024;
        private ByteArrayOutputStream kept = new ByteArrayOutputStream();

        Tail(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            kept.write(b, off, len);
            if (kept.size() > 2 * KEEP) {
                byte[] all = kept.toByteArray();
                kept = new ByteArrayOutputStream();
                kept.write(all, all.length - KEEP, KEEP);
            }
        }

        byte[] kept() {
            return kept.toByteArray();
        }
    }
}

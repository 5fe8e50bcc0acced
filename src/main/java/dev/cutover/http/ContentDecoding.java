package dev.cutover.http;

import dev.cutover.wire.ContentCodings;
import dev.cutover.wire.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * A response body decoded as the SDKs decode it: they all ask for compression (httpx {@code gzip, deflate}, node-fetch
 * {@code gzip,deflate}, OkHttp {@code gzip}) and undo the {@code Content-Encoding} the answer names, so a gateway that
 * compresses, or that says it compressed and did not, is judged by what its client would read. A coding the request
 * did not accept is left as it came, as the SDKs leave it: its bytes then fail as JSON or SSE would for them.
 * Streams decode as they arrive (an event flushed by the gateway is read at once), so timing stays the wire's.
 */
final class ContentDecoding {
    private ContentDecoding() {}

    /**
     * The body to read: {@code raw} itself, or decoding {@code raw} when the response names one coding the request
     * accepted. A body that does not decode fails its reads with an IOException saying so.
     */
    static InputStream decoded(InputStream raw, Headers response, Optional<String> acceptEncoding) {
        String coding = response.first("content-encoding").map(ContentCodings::name).orElse("");
        if (coding.isEmpty() || coding.equals("identity")) return raw;
        if (!ContentCodings.accepted(acceptEncoding).contains(coding)) return raw;
        return switch (coding) {
            case "gzip" -> new Named(coding, new PushbackInputStream(raw, 1), true);
            case "deflate" -> new Named(coding, new PushbackInputStream(raw, 2), false);
            default -> raw;
        };
    }

    /**
     * Decodes on first read (an empty body stays empty, as for the SDKs); its errors name the coding. For
     * {@code deflate}, zlib-wrapped data as the HTTP spec says, or raw deflate as some servers send, told apart by
     * the zlib header, as httpx does.
     */
    private static final class Named extends InputStream {
        private final String coding;
        private final PushbackInputStream raw;
        private final boolean gzip;
        private InputStream in;

        Named(String coding, PushbackInputStream raw, boolean gzip) {
            this.coding = coding;
            this.raw = raw;
            this.gzip = gzip;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                if (in == null) {
                    int first = raw.read();
                    if (first < 0) return -1;
                    raw.unread(first);
                    in = gzip ? new GZIPInputStream(raw, 512) : deflate();
                }
                return in.read(b, off, len);
            } catch (ZipException e) {
                throw new IOException("Content-Encoding " + coding + ", but the body does not decode as " + coding + ": "
                        + e.getMessage()); // no cause: the report words the problem by its root
            }
        }

        private InputStream deflate() throws IOException {
            int cmf = raw.read();
            int flg = raw.read();
            if (flg >= 0) raw.unread(flg);
            raw.unread(cmf);
            boolean zlib = flg >= 0 && (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
            return new InflaterInputStream(raw, new Inflater(!zlib), 512);
        }

        @Override
        public void close() throws IOException {
            raw.close();
        }
    }
}

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
 * A response body's {@code Content-Encoding}, undone as the client's HTTP stack undoes it. Requests carry the
 * {@code Accept-Encoding} of the profile's client (httpx {@code gzip, deflate}, node-fetch {@code gzip,deflate},
 * OkHttp {@code gzip}), and those stacks decode what they asked for, a stream as it arrives. So a gateway answering in
 * valid gzip is read as its clients read it; one that labels plain JSON gzip is broken, as those clients find; one that
 * answers in a coding its client did not ask for (or that cutover cannot decode) is said so, never checked as if it
 * were text. The decoded size is capped: a compression bomb stops at {@link #MAX_DECODED_BYTES}, well before the
 * exchange's deadline would.
 */
final class ContentCoding {
    /** Far beyond any LLM answer; 1 MiB of gzip can decode to 1 GiB. */
    static final long MAX_DECODED_BYTES = 256L << 20;

    private final String name;
    private final Optional<String> acceptEncoding;
    /** Whether the client asked for this coding (and so its stack decodes it). */
    private final boolean accepted;

    private ContentCoding(String name, Optional<String> acceptEncoding) {
        this.name = name;
        this.acceptEncoding = acceptEncoding;
        this.accepted = ContentCodings.accepted(acceptEncoding).contains(name);
    }

    /** The response's coding (none for a missing header or {@code identity}), for a request with this Accept-Encoding. */
    static ContentCoding of(Headers headers, Optional<String> acceptEncoding) {
        String coding = ContentCodings.name(String.join(",", headers.all("content-encoding")));
        return new ContentCoding(coding.equals("identity") ? "" : coding, acceptEncoding);
    }

    boolean none() {
        return name.isEmpty();
    }

    String name() {
        return name;
    }

    /** Why the client cannot decode the body at all, or empty when it can (or need not). */
    Optional<String> unsupported() {
        if (none() || decodable()) return Optional.empty();
        if (!accepted) {
            return Optional.of("the body is in Content-Encoding '" + name + "', which the client did not ask for ("
                    + acceptEncoding.map(a -> "Accept-Encoding: " + a).orElse("no Accept-Encoding") + ") and cannot read:"
                    + " it was not checked");
        }
        return Optional.of("the body is in Content-Encoding '" + name + "', which cutover does not decode (it decodes gzip and"
                + " deflate): it was not checked");
    }

    /**
     * The decoded body, read lazily: an empty body (a 204, a HEAD) decodes to nothing rather than failing as a
     * truncated gzip header, and a coding that cannot be decoded is passed on raw (see {@link #unsupported}).
     */
    InputStream decode(InputStream raw) {
        return decodable() ? new Decoding(name, raw) : raw;
    }

    private boolean decodable() {
        return accepted && (name.equals("gzip") || name.equals("deflate"));
    }

    /**
     * Decodes from its first read on; its errors name the coding. {@code deflate} is zlib-wrapped as the HTTP spec says,
     * or raw deflate as some servers send it, told apart by the zlib header, as httpx does.
     */
    private static final class Decoding extends InputStream {
        private final String coding;
        private final PushbackInputStream raw;
        private InputStream in;

        Decoding(String coding, InputStream raw) {
            this.coding = coding;
            this.raw = new PushbackInputStream(raw, 2);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                if (in == null) {
                    int first = raw.read();
                    if (first < 0) return -1;
                    raw.unread(first);
                    in = coding.equals("gzip") ? new GZIPInputStream(raw, 512) : inflating();
                }
                return in.read(b, off, len);
            } catch (ZipException e) {
                // No cause: the report words the problem by its root.
                throw new IOException("Content-Encoding " + coding + ", but the body does not decode as " + coding + ": "
                        + e.getMessage());
            }
        }

        private InputStream inflating() throws IOException {
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

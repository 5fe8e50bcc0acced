package dev.cutover.http;

import dev.cutover.wire.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * A response body's {@code Content-Encoding}, undone as a client's HTTP stack undoes it. cutover sends no
 * {@code Accept-Encoding}, which lets a server choose any coding (RFC 9110, 12.5.3), and the official SDKs' stacks
 * decode gzip and deflate themselves (Node's fetch; OkHttp under openai-java for gzip). So a gateway answering in
 * valid gzip is read as its clients read it, and one that labels plain JSON gzip is broken, as those clients find:
 * read raw, the first failed where every SDK parsed, and the second passed where they raise. A coding cutover
 * cannot decode is said so, never checked as if it were text. The decoded size is capped: a compression bomb stops
 * at {@link #MAX_DECODED_BYTES}, well before the exchange's deadline would.
 */
final class ContentCoding {
    /** Far beyond any LLM answer; 1 MiB of gzip can decode to 1 GiB. */
    static final long MAX_DECODED_BYTES = 256L << 20;

    private final String name;

    private ContentCoding(String name) {
        this.name = name;
    }

    /** The response's coding; none for a missing header or {@code identity}. */
    static ContentCoding of(Headers headers) {
        String coding = String.join(",", headers.all("content-encoding")).trim().toLowerCase(Locale.ROOT);
        return new ContentCoding(coding.equals("identity") ? "" : coding);
    }

    boolean none() {
        return name.isEmpty();
    }

    String name() {
        return name;
    }

    /** Why the body cannot be decoded at all, or empty when it can (or need not be). */
    Optional<String> unsupported() {
        if (none() || decodable()) return Optional.empty();
        return Optional.of("the body is in Content-Encoding '" + name + "', which cutover does not decode (it decodes gzip and deflate):"
                + " it was not checked");
    }

    /**
     * The decoded body, read lazily: an empty body (a 204, a HEAD) decodes to nothing rather than failing as a
     * truncated gzip header, and a coding that cannot be decoded is passed on raw (see {@link #unsupported}).
     */
    InputStream decode(InputStream raw) throws IOException {
        if (!decodable()) return raw;
        PushbackInputStream in = new PushbackInputStream(raw, 1);
        int first = in.read();
        if (first < 0) return in;
        in.unread(first);
        return name.equals("deflate") ? new InflaterInputStream(in) : new GZIPInputStream(in);
    }

    private boolean decodable() {
        return name.equals("gzip") || name.equals("x-gzip") || name.equals("deflate");
    }
}

package dev.cutover.oracle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a broken exchange that arrived, then the connection's end before the body's: the EOFException
 * OkHttp throws for a chunked body that stops early. Both replay transports (openai-java's, anthropic-java's)
 * hand it to their SDK, so each meets the break where its own client would.
 */
final class BreaksAtEnd extends InputStream {
    private final byte[] bytes;
    private int pos;

    BreaksAtEnd(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() throws IOException {
        if (pos >= bytes.length) throw new EOFException("unexpected end of stream");
        return bytes[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (pos >= bytes.length) throw new EOFException("unexpected end of stream");
        int n = Math.min(len, bytes.length - pos);
        System.arraycopy(bytes, pos, b, off, n);
        pos += n;
        return n;
    }
}

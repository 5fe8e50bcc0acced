package dev.cutover.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port that refuses every connection for as long as this is open: bound, so that nothing else
 * can listen on it and no outgoing connection is given it as its own port (and connects to itself), but
 * never listened on. Unlike a port found free a moment ago ({@link FreePort}), it cannot be taken in between.
 */
public final class RefusingPort implements AutoCloseable {
    private final Socket socket = new Socket();

    public RefusingPort() {
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("no loopback port to hold", e);
        }
    }

    public int number() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing was ever connected
        }
    }
}

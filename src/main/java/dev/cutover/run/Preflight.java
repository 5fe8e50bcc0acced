package dev.cutover.run;

import dev.cutover.target.Target;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Checks a target can be reached before any scenario runs, so that a wrong URL gives one clear
 * diagnosis instead of forty identical failures.
 */
public final class Preflight {
    private static final int CONNECT_TIMEOUT_MS = 3_000;

    private Preflight() {}

    /** Empty when the target's host accepts a connection; otherwise what went wrong, in plain words. */
    public static Optional<String> problem(Target target) {
        URI uri = URI.create(target.baseUrl());
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), CONNECT_TIMEOUT_MS);
            return Optional.empty();
        } catch (ConnectException e) {
            return Optional.of("nothing listens at " + uri.getHost() + ":" + port + " (connection refused)");
        } catch (SocketTimeoutException e) {
            return Optional.of("no answer from " + uri.getHost() + ":" + port + " within " + CONNECT_TIMEOUT_MS + " ms");
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + uri.getHost());
        } catch (IOException e) {
            return Optional.of("cannot connect to " + uri.getHost() + ":" + port + ": " + e.getMessage());
        }
    }
}

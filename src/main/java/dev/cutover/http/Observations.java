package dev.cutover.http;

import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.Timings;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.List;

/** Helpers for observations of exchanges that got no response, and for naming what went wrong. */
final class Observations {
    private Observations() {}

    static Observation failed(HttpCall call, Redactor redactor, double elapsedMs, String error) {
        return new Observation(call.masked(redactor), 0, Headers.EMPTY, "", List.of(), List.of(),
                new Timings(elapsedMs, null, elapsedMs), error, List.of());
    }

    /** A short, human reason for a transport failure, e.g. "connection refused". */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (e instanceof HttpConnectTimeoutException || root instanceof HttpConnectTimeoutException) return "connect timed out";
        if (root instanceof ConnectException) return "connection refused";
        if (root instanceof UnknownHostException) return "unknown host " + root.getMessage();
        if (root instanceof SocketTimeoutException) return "timed out waiting for data";
        String msg = root.getMessage();
        // A plain IOException is one of cutover's own, worded for the report (e.g. a body that does not decode).
        if (root.getClass() == java.io.IOException.class && msg != null && !msg.isBlank()) return msg;
        String kind = root.getClass().getSimpleName();
        return msg == null || msg.isBlank() ? kind : kind + ": " + msg;
    }
}

package dev.cutover.mock;

import dev.cutover.wire.Headers;
import java.nio.charset.StandardCharsets;

/**
 * A whole request as it arrived, before any decision about it.
 *
 * @param path     the path, percent-decoded
 * @param rawUri   path and query as sent
 * @param rawQuery the query string as sent, null without one
 * @param arrived  {@link System#nanoTime()} when its last byte was read: scripted delays and stream times count
 *                 from here, so the mock's own work does not add to them
 */
record Incoming(String method, String path, String rawUri, String rawQuery, String protocol, String clientIp, Headers headers,
                byte[] body, long arrived) {

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

package dev.cutover.wire;

import java.util.Locale;
import java.util.Set;

/**
 * Headers that belong to one connection rather than to the message (RFC 9110 §7.6.1, plus framing and the
 * proxy's own ones). A relay neither forwards them nor copies them back: the next hop frames the message
 * itself, and copies would contradict it.
 */
public final class HopByHop {
    /** Hop-by-hop and framing headers; a relay writes its own. */
    public static final Set<String> HEADERS = Set.of("connection", "keep-alive", "proxy-connection", "te", "trailer",
            "transfer-encoding", "upgrade", "content-length", "host", "expect", "proxy-authorization",
            "proxy-authenticate");

    private HopByHop() {}

    public static boolean is(String name) {
        return name != null && HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }
}

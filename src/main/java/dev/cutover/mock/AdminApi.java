package dev.cutover.mock;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a runner in another process drive a standalone mock. No auth: it listens on loopback only and
 * holds nothing secret. Bodies use {@link MockJson}.
 * <ul>
 *   <li>{@code POST /__cutover/scripts/{key}} with a provider script → 204</li>
 *   <li>{@code DELETE /__cutover/scripts/{key}} forgets script, journal and fail count → 204</li>
 *   <li>{@code GET /__cutover/journal/{key}} → 200, the received requests as a JSON list</li>
 * </ul>
 */
final class AdminApi {
    static final String PREFIX = "/__cutover/";
    private static final Pattern PATH = Pattern.compile("^/__cutover/(scripts|journal)/([A-Za-z0-9._-]{1,120})$");

    private final MockProvider provider;

    AdminApi(MockProvider provider) {
        this.provider = provider;
    }

    static boolean owns(String path) {
        return path.startsWith(PREFIX);
    }

    Answer answer(Incoming in) {
        long now = in.arrived();
        Matcher m = PATH.matcher(in.path());
        String route = m.matches() ? in.method() + " " + m.group(1) : "";
        switch (route) {
            case "POST scripts" -> {
                try {
                    provider.script(m.group(2), MockJson.readScript(in.bodyText()));
                } catch (IllegalArgumentException e) {
                    return Reply.error(now, ApiError.badRequest(e.getMessage(), null), Map.of());
                }
                return Answer.whole(now, 204, null, new byte[0], Map.of());
            }
            case "DELETE scripts" -> {
                provider.forget(m.group(2));
                return Answer.whole(now, 204, null, new byte[0], Map.of());
            }
            case "GET journal" -> {
                return Answer.whole(now, 200, Reply.JSON, Reply.utf8(MockJson.writeJournal(provider.received(m.group(2)))),
                        Map.of());
            }
            default -> {
                return Reply.error(now, new ApiError(404, "Unknown admin route: " + in.method() + " " + in.path(),
                        "invalid_request_error", null, null), Map.of());
            }
        }
    }
}

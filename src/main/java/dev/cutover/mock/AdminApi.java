package dev.cutover.mock;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a runner in another process drive a standalone mock ({@link RemoteMock}). Bodies use {@link MockJson}.
 * With an admin key (required when the mock listens beyond loopback) every request must carry it in
 * {@value #KEY_HEADER}; a mock on loopback without one takes any local caller.
 * <ul>
 *   <li>{@code POST /__cutover/scripts/{key}} with a provider script → 204</li>
 *   <li>{@code DELETE /__cutover/scripts/{key}} forgets script, journal and fail count → 204</li>
 *   <li>{@code GET /__cutover/journal/{key}} → 200, the received requests as a JSON list</li>
 * </ul>
 */
final class AdminApi {
    static final String PREFIX = "/__cutover/";
    static final String KEY_HEADER = "x-cutover-admin-key";
    private static final Pattern PATH = Pattern.compile("^/__cutover/(scripts|journal)/([A-Za-z0-9._-]{1,120})$");

    private final MockProvider provider;
    private final String adminKey;

    AdminApi(MockProvider provider, String adminKey) {
        this.provider = provider;
        this.adminKey = adminKey;
    }

    static boolean owns(String path) {
        return path.startsWith(PREFIX);
    }

    Answer answer(Incoming in) {
        long now = in.arrived();
        if (adminKey != null && !in.headers().first(KEY_HEADER).map(adminKey::equals).orElse(false)) {
            return Reply.error(now, new ApiError(401, "cutover mock: the admin API needs its key in " + KEY_HEADER,
                    "invalid_request_error", null, "invalid_admin_key"), Map.of());
        }
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

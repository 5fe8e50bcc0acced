package dev.cutover.target;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers Anthropic's official SDK puts on every request, in the language of a {@link ClientStyle}: a client
 * calling Anthropic's Messages API uses Anthropic's SDK, not OpenAI's, and a gateway may tell the two apart by them
 * (a Claude-style client never sends {@code OpenAI/Python}). Read from the SDKs' sources (Stainless-generated, like
 * OpenAI's):
 * <ul>
 *   <li>Python ({@code anthropic} 0.121.0): {@code User-Agent: Anthropic/Python <version>}, the
 *       {@code X-Stainless-*} platform headers, {@code X-Stainless-Async: false} from the synchronous client, and the
 *       default ten-minute timeout as {@code x-stainless-timeout} and {@code x-stainless-read-timeout};</li>
 *   <li>Node ({@code @anthropic-ai/sdk} 0.120.0): {@code User-Agent: Anthropic/JS <version>}, the platform headers
 *       and the same timeout as {@code X-Stainless-Timeout};</li>
 *   <li>Java ({@code anthropic-java} 2.57.1): the platform headers its client options set ({@code JRE} as runtime,
 *       the OS version and Kotlin version beside them); it sets no {@code User-Agent} of its own, so none is sent.</li>
 * </ul>
 * {@code anthropic-version} and the key in {@code x-api-key} are not here: the API requires them whichever client
 * calls, so the request builder adds them to every Messages request.
 */
final class AnthropicSdk {
    private AnthropicSdk() {}

    static Map<String, String> headers(ClientStyle style) {
        Map<String, String> h = new LinkedHashMap<>();
        switch (style) {
            case OPENAI_PYTHON -> {
                h.put("Accept", "application/json");
                h.put("User-Agent", "Anthropic/Python 0.121.0");
                ClientStyle.stainlessPlatform(h, "python", "0.121.0", "CPython", "3.12.3");
                h.put("X-Stainless-Async", "false");
                h.put("X-Stainless-Retry-Count", "0");
                h.put("X-Stainless-Timeout", "600");
                h.put("X-Stainless-Read-Timeout", "600");
            }
            case OPENAI_NODE -> {
                h.put("Accept", "application/json");
                h.put("User-Agent", "Anthropic/JS 0.120.0");
                h.put("X-Stainless-Retry-Count", "0");
                h.put("X-Stainless-Timeout", "600");
                ClientStyle.stainlessPlatform(h, "js", "0.120.0", "node", "v20.18.1");
            }
            case OPENAI_JAVA -> {
                ClientStyle.stainlessPlatform(h, "java", "2.57.1", "JRE", "17.0.15");
                // Values of a typical machine, as the runtime versions are: the SDK reads them from the JVM.
                h.put("X-Stainless-OS-Version", "6.8.0");
                h.put("X-Stainless-Kotlin-Version", "1.9.25");
            }
            case NONE -> { }
        }
        // The same HTTP stacks as OpenAI's SDK in each language (httpx, the runtime's fetch over http, OkHttp).
        if (style != ClientStyle.NONE) h.put("Accept-Encoding", style.acceptEncoding());
        return h;
    }
}

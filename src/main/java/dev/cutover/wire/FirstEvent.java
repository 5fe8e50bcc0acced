package dev.cutover.wire;

import java.util.Locale;

/**
 * When a streamed answer's first SSE event, the role chunk ({@code delta: {role: assistant, content: ""}}),
 * goes out. The status line and headers go out at once either way, as real servers send them before
 * generating; only the role chunk moves. Time to first token is unchanged: it counts to the first content.
 */
public enum FirstEvent {
    /** With the headers, before the first token is ready: what cutover's mock has always done. */
    WITH_HEADERS,
    /**
     * With the first token, as vLLM does (its role chunk is made from the engine's first output). A gateway
     * that holds the first event (Portkey sleeps 25 ms on it) then shows its cost on time to first token
     * instead of spending it while the provider is still thinking.
     */
    WITH_FIRST_TOKEN;

    /** How scenario files and load profiles write it. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

}

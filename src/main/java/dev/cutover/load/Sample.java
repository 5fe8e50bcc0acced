package dev.cutover.load;

import java.util.List;

/**
 * One request as the load run saw it. Times in milliseconds from the moment the request was issued;
 * Gatling's clock, so whole milliseconds.
 *
 * @param startMs      when it was issued, epoch milliseconds
 * @param status       HTTP status, 0 when no response arrived
 * @param error        why the request failed (status, transport, stream without [DONE]), null when it succeeded
 * @param e2eMs        until the whole answer was in: the body, or the stream's [DONE]
 * @param ttftMs       until the first chunk with a non-empty content delta; null for non-streaming requests
 * @param itlMs        gaps between consecutive content chunks after the first (streams only)
 * @param outputTokens the usage's completion_tokens; for a stream without usage, its content chunks
 */
public record Sample(long startMs, boolean stream, int status, String error, double e2eMs, Double ttftMs,
                     List<Double> itlMs, int outputTokens) {

    public Sample {
        itlMs = itlMs == null ? List.of() : List.copyOf(itlMs);
    }

    public boolean ok() {
        return error == null;
    }

    /** vLLM's TPOT: (e2e − TTFT) / (tokens − 1); null unless a successful stream with two tokens or more. */
    public Double tpotMs() {
        if (!ok() || ttftMs == null || outputTokens < 2) return null;
        return (e2eMs - ttftMs) / (outputTokens - 1);
    }
}

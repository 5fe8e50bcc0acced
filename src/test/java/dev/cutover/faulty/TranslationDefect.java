package dev.cutover.faulty;

/**
 * One deliberate mistranslation, applied by {@link TranslatingGateway} (OpenAI chat completions in front, Anthropic's
 * Messages API behind). Each is a mistake translators have made; {@link DefectsAreCaughtIT} names the scenario of
 * {@code scenarios/translation/} that must catch it.
 */
public enum TranslationDefect {
    /** A faithful translation, as Anthropic's own OpenAI compatibility documents it. */
    NONE,
    /** stop_reason max_tokens becomes finish_reason stop: the client takes a cut answer for a whole one. */
    MAX_TOKENS_AS_STOP,
    /**
     * Streamed tool calls carry Anthropic's content-block index: after a text block the first call is index 1, and SDKs
     * that place each call at its index leave a hole at 0.
     */
    TOOL_INDEX_FROM_BLOCK,
    /** prompt_tokens is Anthropic's input_tokens alone: cache reads and writes are left out, cached_tokens is lost. */
    USAGE_NOT_MAPPED,
    /** Anthropic's 529 overloaded_error reaches the client as a plain 500, which clients and fallbacks take for a bug. */
    OVERLOADED_AS_500,
    /**
     * Gemini's STOP becomes stop also when the turn called functions (Gemini has no word for a tool-call finish), so a
     * client's tool loop ends: Portkey 1.15.2 does this (targets/portkey-gemini.known.yaml).
     */
    STOP_WITH_CALLS_AS_STOP
}

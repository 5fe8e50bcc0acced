package dev.cutover.faulty;

/** A provider's stream, one event at a time, as chat.completion.chunk events for the client. */
interface StreamTranslation {
    /** The SSE text to send the client for one upstream event's data. */
    String translate(String data);

    /** Whether the provider's stream said it has ended (Anthropic's message_stop or an error event). */
    boolean ended();

    /** The SSE text to send when the provider's connection ended cleanly: Gemini's stream ends there. */
    String atEnd();
}

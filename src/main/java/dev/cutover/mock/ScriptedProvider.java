package dev.cutover.mock;

import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.ReceivedRequest;
import java.util.List;

/**
 * cutover's scripted provider as a run drives it: the embedded one ({@link MockProvider}) or a standalone
 * one a staging gateway can reach, driven over its admin API ({@link RemoteMock}). Scripts and journals are
 * per exchange key, and every key carries its run's nonce, so runs sharing one mock never disturb each other.
 */
public interface ScriptedProvider extends AutoCloseable {

    /** Where the provider answers, without {@code /v1}: what a gateway's deployment must point at. */
    String baseUrl();

    int port();

    /** The key the provider accepts (what a gateway must send upstream); null accepts any. */
    String apiKey();

    /** From now on, requests carrying this key are answered by this script. */
    void script(String exchangeKey, ProviderScript script);

    /** What arrived for this key, oldest first, each with what the provider answered. */
    List<ReceivedRequest> received(String exchangeKey);

    /** Drops the key's script, fail count and journal. */
    void forget(String exchangeKey);

    /** How late the provider wrote its answers; an empty account when it cannot be read (a remote mock). */
    Lateness lateness();

    /** Whether this process started it (and so may tell how late it was), or only drives it. */
    boolean embedded();

    @Override
    void close();
}

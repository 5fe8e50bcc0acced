package dev.cutover.parity;

/** How much a difference matters to a client, before the scenario's severity weighs it. */
public enum DiffClass {
    /** A client would fail or mislead its user: status class, error envelope, [DONE], a field an SDK reads. */
    BREAKING,
    /** Clients keep working but behave differently: retries, caching, limits, timing class. */
    BEHAVIOURAL,
    /** Shape only: an extra header, an extra field, a reworded message. */
    COSMETIC,
    /**
     * Toward what the catalog expects: the candidate passes a scenario (or step) the baseline failed — a
     * plain-text error becoming an OpenAI envelope, a lost header now kept. Listed, never blocking.
     */
    IMPROVEMENT
}

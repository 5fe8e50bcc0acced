package dev.cutover.load;

/** The latency metrics a load run reports, with vLLM bench / AIPerf definitions. */
public enum Metric {
    E2E("e2e latency", "from sending the request to the whole answer (body, or the stream's [DONE])"),
    TTFT("TTFT", "time to first token: until the first chunk with a non-empty content delta"),
    ITL("inter-token latency", "gaps between consecutive content chunks, every gap of every stream"),
    TPOT("TPOT", "time per output token after the first: (e2e − TTFT) / (tokens − 1), one value per stream");

    private final String label;
    private final String meaning;

    Metric(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() { return label; }
    public String meaning() { return meaning; }

    /** The key used in load.json. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

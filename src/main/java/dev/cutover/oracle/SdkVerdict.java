package dev.cutover.oracle;

import java.util.function.UnaryOperator;

/**
 * What one official SDK made of one observed answer.
 *
 * @param sdk     the SDK's name: {@code openai-java}, {@code openai-node}, {@code anthropic-java} or {@code anthropic-node}
 * @param version the SDK's version, or null when it is not installed
 * @param outcome what the SDK did
 * @param raised  the exception class (Java) or error name (Node) the SDK raised, null unless {@link Outcome#RAISED}
 * @param detail  a short human note: what was parsed ({@code 7 chunks}), the error's status and envelope, or why
 *                the SDK was not asked
 */
public record SdkVerdict(String sdk, String version, Outcome outcome, String raised, String detail) {

    public enum Outcome {
        /** The SDK's client returned the answer as its typed result (a stream: every chunk). */
        PARSED,
        /** The SDK's client threw: for an error status that is its documented behaviour, for a 2xx a broken client. */
        RAISED,
        /** The endpoint is none the SDKs cover, or there is no answer to hand them (no response, a cut body). */
        NOT_APPLICABLE,
        /** The SDK could not be asked: not installed, its runtime missing, or it did not answer in time. */
        UNAVAILABLE
    }

    public static SdkVerdict parsed(String sdk, String version, String detail) {
        return new SdkVerdict(sdk, version, Outcome.PARSED, null, detail);
    }

    public static SdkVerdict raised(String sdk, String version, String raised, String detail) {
        return new SdkVerdict(sdk, version, Outcome.RAISED, raised, detail);
    }

    public static SdkVerdict notApplicable(String sdk, String version, String why) {
        return new SdkVerdict(sdk, version, Outcome.NOT_APPLICABLE, null, why);
    }

    public static SdkVerdict unavailable(String sdk, String version, String why) {
        return new SdkVerdict(sdk, version, Outcome.UNAVAILABLE, null, why);
    }

    /** True when the SDK was asked and answered (parsed or raised). */
    public boolean answered() {
        return outcome == Outcome.PARSED || outcome == Outcome.RAISED;
    }

    /** The same verdict with its free text passed through {@code mask} (an SDK message may quote a body). */
    public SdkVerdict masked(UnaryOperator<String> mask) {
        return new SdkVerdict(sdk, version, outcome, mask.apply(raised), mask.apply(detail));
    }

    /** One line for people: {@code openai-node raised RateLimitError (status 429, code rate_limit_exceeded)}. */
    public String brief() {
        String what = switch (outcome) {
            case PARSED -> "parsed";
            case RAISED -> "raised " + raised;
            case NOT_APPLICABLE -> "n/a";
            case UNAVAILABLE -> "unavailable";
        };
        return sdk + " " + what + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
    }

    /** Cuts an SDK message to one short line: messages may quote whole bodies. */
    static String shorten(String s) {
        if (s == null) return null;
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() <= 240 ? line : line.substring(0, 239) + "…";
    }
}

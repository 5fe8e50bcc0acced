package dev.cutover.verdict;

/** How a plan's waiver fared: how many differences it matched, and whether it had expired. */
public record WaiverUse(Waiver waiver, int matched, boolean expired) {
    public String describe() {
        String what = waiver.describe() + " (" + waiver.reason() + ")";
        if (expired) return "waiver " + what + " expired on " + waiver.expires() + " and no longer counts"
                + (matched > 0 ? ": " + matched + " difference" + (matched == 1 ? "" : "s") + " it covered count again" : "");
        if (matched == 0) return "waiver " + what + " matched no difference; remove it if the gateway changed";
        return "waiver " + what + " accepts " + matched + " difference" + (matched == 1 ? "" : "s") + " until " + waiver.expires();
    }
}

package dev.cutover.parity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Field-by-field comparison of two snapshots; token counts and timings are equal within a tolerance. */
public final class Differ {
    /** Token counts may differ by this many tokens... */
    public static final int TOKEN_TOLERANCE_ABS = 2;
    /** ...or by this share of the baseline's count, whichever is larger (tokenizers differ across gateways). */
    public static final double TOKEN_TOLERANCE_REL = 0.10;

    private Differ() {}

    /** Every path whose values differ, in path order. */
    public static List<Change> diff(Snapshot baseline, Snapshot candidate) {
        TreeSet<String> paths = new TreeSet<>(baseline.fields().keySet());
        paths.addAll(candidate.fields().keySet());
        List<Change> out = new ArrayList<>();
        for (String p : paths) {
            String a = baseline.get(p);
            String b = candidate.get(p);
            if (!same(p, a, b)) out.add(new Change(p, a, b));
        }
        return out;
    }

    static boolean same(String path, String a, String b) {
        if (Objects.equals(a, b)) return true;
        if (a == null || b == null) return false;
        boolean timing = TimingTolerance.isTiming(path);
        if (!timing && !Normalise.isTokenCount(path)) return false;
        try {
            BigDecimal x = new BigDecimal(a);
            BigDecimal y = new BigDecimal(b);
            if (timing) return TimingTolerance.same(x.doubleValue(), y.doubleValue());
            double allowed = Math.max(TOKEN_TOLERANCE_ABS, Math.abs(x.doubleValue()) * TOKEN_TOLERANCE_REL);
            return x.subtract(y).abs().doubleValue() <= allowed;
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }
}

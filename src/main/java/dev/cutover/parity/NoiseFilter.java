package dev.cutover.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Diffy's noise filter: a field path that differs between the two baseline runs varies by itself. Its
 * differences to the candidate are noise unless the candidate differs clearly more often — at least
 * {@link #CLEARLY_MORE_TIMES} times the baseline's rate and {@link #CLEARLY_MORE_MARGIN} above it. Even
 * then, a difference in a step where the baseline itself varied at that path is noise: nothing can be
 * concluded from it.
 */
final class NoiseFilter {
    static final double CLEARLY_MORE_TIMES = 2.0;
    static final double CLEARLY_MORE_MARGIN = 0.05;

    record Result(List<Finding> kept, List<Finding> dropped, List<PathNoise> noisyPaths) {}

    private NoiseFilter() {}

    static Result apply(List<StepComparison> steps) {
        Map<String, int[]> counts = new TreeMap<>(); // path → {seen, baseline differs, candidate differs}
        for (StepComparison s : steps) {
            s.paths().forEach(p -> counts.computeIfAbsent(p, k -> new int[3])[0]++);
            s.baselineChanges().forEach(c -> counts.computeIfAbsent(c.path(), k -> new int[3])[1]++);
            s.changes().forEach(c -> counts.computeIfAbsent(c.path(), k -> new int[3])[2]++);
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> dropped = new ArrayList<>();
        Map<String, Integer> droppedByPath = new TreeMap<>();
        for (StepComparison s : steps) {
            Set<String> varied = s.baselineChanges().stream().map(Change::path).collect(Collectors.toSet());
            for (Change c : s.changes()) {
                int[] n = counts.get(c.path());
                boolean noise = varied.contains(c.path()) || (n[1] > 0 && !clearlyMore(n[0], n[1], n[2]));
                Finding f = new Finding(s.runs(), s.step(), c);
                if (noise) {
                    dropped.add(f);
                    droppedByPath.merge(c.path(), 1, Integer::sum);
                } else {
                    kept.add(f);
                }
            }
        }
        List<PathNoise> noisy = new ArrayList<>();
        counts.forEach((path, n) -> {
            if (n[1] > 0) noisy.add(new PathNoise(path, n[0], n[1], n[2], droppedByPath.getOrDefault(path, 0),
                    !clearlyMore(n[0], n[1], n[2])));
        });
        return new Result(List.copyOf(kept), List.copyOf(dropped), List.copyOf(noisy));
    }

    static boolean clearlyMore(int seen, int baselineDiffers, int candidateDiffers) {
        double b = (double) baselineDiffers / seen;
        double c = (double) candidateDiffers / seen;
        return c >= CLEARLY_MORE_TIMES * b && c - b >= CLEARLY_MORE_MARGIN;
    }
}

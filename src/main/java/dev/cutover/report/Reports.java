package dev.cutover.report;
// TEMPORARY STUB — replaced by the report branch
public final class Reports {
    public static java.util.List<java.nio.file.Path> write(dev.cutover.run.RunResult r, dev.cutover.http.Redactor x, java.nio.file.Path dir) { return java.util.List.of(); }
    public static java.nio.file.Path newRunDir(java.nio.file.Path root, String t, java.time.Instant i) { return root.resolve(t); }
}

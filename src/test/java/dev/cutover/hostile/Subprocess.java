package dev.cutover.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code cutover} command as a user runs it — its own JVM, launched as the {@code cutover} script launches
 * it — with what a hostile gateway can push up: wall time and the highest resident memory of the process.
 *
 * @param peakRssMb the process's resident-set high-water mark (VmHWM), read while it ran
 */
public record Subprocess(int exit, String output, long wallMs, long peakRssMb, boolean killed) {

    public static Subprocess run(Path project, Map<String, String> env, long limitMs, String... args) throws IOException, InterruptedException {
        // The launcher script itself, so that the JVM runs with the options a user's run gets (collector, heap cap).
        List<String> command = new ArrayList<>(List.of("bash", project.resolve("cutover").toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("cutover-hostile", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        String opts = System.getProperty("cutover.javaOpts");
        if (opts != null) pb.environment().put("CUTOVER_JAVA_OPTS", opts);
        long start = System.nanoTime();
        Process p = pb.start();
        long peakKb = 0;
        boolean killed = false;
        while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterKb(p.pid()));
            if ((System.nanoTime() - start) / 1_000_000 > limitMs) {
                p.destroyForcibly().waitFor();
                killed = true;
                break;
            }
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        String out = Files.readString(log);
        Files.deleteIfExists(log);
        return new Subprocess(killed ? -1 : p.exitValue(), out, wall, peakKb / 1024, killed);
    }

    /** VmHWM from /proc: the process's resident high-water mark so far, in kB; 0 when it cannot be read. */
    private static long highWaterKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException gone) {
            // the process just ended, or this is no Linux: the last reading stands
        }
        return 0;
    }
}

package dev.cutover.load;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One load run in progress: its profile, its rig, where its samples go, and how many requests it has
 * issued. The runner hands a job to the simulation it starts in the same JVM ({@link #handOver}); a
 * simulation started by Maven's Gatling plugin opens its own from system properties.
 */
public final class LoadJob implements AutoCloseable {
    private static volatile LoadJob handedOver;

    private final LoadProfile profile;
    private final LoadRig rig;
    private final SampleLog samples;
    private final Path dir;
    private final AtomicLong issued = new AtomicLong();
    private final StreamResends resends = new StreamResends();
    private final Instant startedAt = Instant.now();

    LoadJob(LoadProfile profile, LoadRig rig, Path dir) {
        this.profile = profile;
        this.rig = rig;
        this.dir = dir;
        this.samples = SampleLog.create(dir);
    }

    /** Makes the job the one the next simulation in this JVM runs. */
    static void handOver(LoadJob job) {
        handedOver = job;
    }

    /** The handed-over job (taken, so that it runs once), or null. */
    static synchronized LoadJob take() {
        LoadJob j = handedOver;
        handedOver = null;
        return j;
    }

    public LoadProfile profile() { return profile; }
    public LoadRig rig() { return rig; }
    public SampleLog samples() { return samples; }
    public Path dir() { return dir; }
    public Instant startedAt() { return startedAt; }
    StreamResends resends() { return resends; }

    /** Numbers requests from 1; past the profile's request cap the run must stop. */
    long nextRequest() {
        return issued.incrementAndGet();
    }

    long issued() {
        return issued.get();
    }

    @Override
    public void close() {
        try {
            samples.close();
        } finally {
            rig.close();
        }
    }
}

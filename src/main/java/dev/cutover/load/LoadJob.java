package dev.cutover.load;

import dev.cutover.report.ReportFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One load run in progress: its profile, its rig, its report folder (where the samples and Gatling's report go
 * until the report is moved into place), and how many requests it has
 * issued. The runner hands a job to the simulation it starts in the same JVM ({@link #handOver}); a
 * simulation started by Maven's Gatling plugin opens its own from system properties.
 */
public final class LoadJob implements AutoCloseable {
    private static volatile LoadJob handedOver;

    private final LoadProfile profile;
    private final LoadRig rig;
    private final SampleLog samples;
    private final ReportFolder folder;
    private final AtomicLong issued = new AtomicLong();
    private final AtomicLong firstRequestMs = new AtomicLong();
    /** Racy by design: two users may both reset the mock's account at the end of the warm-up; either is right. */
    private volatile boolean warmedUp;
    private final StreamResends resends = new StreamResends();
    private final Instant startedAt = Instant.now();

    LoadJob(LoadProfile profile, LoadRig rig, ReportFolder folder) {
        this.profile = profile;
        this.rig = rig;
        this.folder = folder;
        this.samples = SampleLog.create(folder.path());
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
    public ReportFolder folder() { return folder; }
    public Path dir() { return folder.path(); }
    public Instant startedAt() { return startedAt; }
    StreamResends resends() { return resends; }

    /**
     * Numbers requests from 1; past the profile's request cap the run must stop. The first request issued
     * after the warm-up (counted from the first request, as the metrics count it) starts the mock provider's
     * timing account afresh, so that it covers what the figures cover.
     */
    long nextRequest() {
        long now = System.currentTimeMillis();
        firstRequestMs.compareAndSet(0, now);
        if (profile.warmupSeconds() > 0 && !warmedUp && now >= firstRequestMs.get() + profile.warmupSeconds() * 1000L) {
            warmedUp = true;
            rig.restartMockTiming();
        }
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

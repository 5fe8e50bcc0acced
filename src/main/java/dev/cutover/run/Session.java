package dev.cutover.run;

import dev.cutover.launch.ContainerLauncher;
import dev.cutover.launch.ContainerSpec;
import dev.cutover.launch.FreePort;
import dev.cutover.launch.LaunchException;
import dev.cutover.launch.LaunchSpec;
import dev.cutover.launch.Launched;
import dev.cutover.launch.ProcessLauncher;
import dev.cutover.launch.ProcessSpec;
import dev.cutover.launch.StandInSpec;
import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.oracle.Oracles;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Scenario;
import dev.cutover.standin.StandIns;
import dev.cutover.target.Target;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Variables;
import dev.cutover.wire.Redactor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One target made ready to run: the in-process mock provider started, the profile read with
 * {@code ${mock.url}} pointing at it, secrets known to the redactor, the SDK oracles ready to start on the
 * first step ({@code -Dcutover.sdks=none} asks none). Close it to stop the mock and the oracles.
 */
public final class Session implements AutoCloseable {
    private final MockProvider mock;
    private final Target target;
    private final Redactor redactor;
    private final ScenarioRunner runner;
    private final KnownDifferences known;
    private final Launched launched;
    private final boolean ownsMock;
    private final Oracles oracles = Oracles.standard();

    private Session(MockProvider mock, boolean ownsMock, Target target, KnownDifferences known, Launched launched) {
        this.mock = mock;
        this.ownsMock = ownsMock;
        this.target = target;
        this.known = known;
        this.launched = launched;
        this.redactor = new Redactor(target.secrets());
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        this.runner = new ScenarioRunner(target, mock, redactor, nonce, oracles);
    }

    /**
     * Starts the mock provider, reads the profile ({@code ${mock.url}}, {@code ${port}} — a free port for a
     * gateway this run starts), reads its known differences and starts the gateway if it has a launch block.
     *
     * @throws dev.cutover.yaml.InputException when a file is unusable (nothing is left running)
     * @throws LaunchException when the gateway does not start (nothing is left running)
     */
    public static Session open(Path targetFile, MockOptions mockOptions) {
        MockProvider mock = MockProvider.start(mockOptions);
        try {
            return open(targetFile, mock, true);
        } catch (RuntimeException e) {
            mock.close();
            throw e;
        }
    }

    /**
     * Like {@link #open(Path, MockOptions)} over a mock that is already running (e.g. another session's), so
     * that two targets reach the very same provider; closing this session leaves that mock running.
     */
    public static Session open(Path targetFile, MockProvider sharedMock) {
        return open(targetFile, sharedMock, false);
    }

    private static Session open(Path targetFile, MockProvider mock, boolean ownsMock) {
        String port = String.valueOf(FreePort.pick());
        Variables vars = Variables.fromSystem(Map.of("mock.url", mock.baseUrl(), "mock.port",
                String.valueOf(mock.port()), "port", port));
        Target target = TargetReader.read(targetFile, vars);
        KnownDifferences known = target.knownDifferences() == null ? KnownDifferences.NONE
                : KnownDifferences.read(target.knownDifferences());
        Launched launched = launch(target, mock, Integer.parseInt(port));
        return new Session(mock, ownsMock, target, known, launched);
    }

    private static Launched launch(Target target, MockProvider mock, int port) {
        LaunchSpec spec = target.launch();
        if (spec instanceof ProcessSpec p) return ProcessLauncher.start(p, origin(target.baseUrl()) + p.readyPath());
        if (spec instanceof StandInSpec s) return StandIns.start(s.name(), port, mock.baseUrl(), mock.apiKey());
        if (spec instanceof ContainerSpec c) return ContainerLauncher.start(c, port);
        return Launched.NOTHING;
    }

    private static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    /** Runs one scenario, holds its outcome against the target's known differences, and asks the SDKs. */
    public Outcome run(Scenario s) {
        return runner.judge(s, runUnjudged(s));
    }

    /** Runs one scenario and holds its outcome against the target's known differences, asking no SDK. */
    public Outcome runUnjudged(Scenario s) {
        return known.apply(runner.runUnjudged(s));
    }

    /** What a gateway this session started printed (empty for external targets). */
    public List<String> launchLog() {
        return launched.log();
    }

    public Target target() { return target; }
    public Redactor redactor() { return redactor; }
    public ScenarioRunner runner() { return runner; }
    public MockProvider mock() { return mock; }

    /**
     * Runs the catalog in order; broken files become ERROR rows; an unreachable target errors every row once.
     * The SDKs judge each outcome on a thread of their own while the next scenario runs, so a run takes about
     * as long as the slower of the two rather than their sum; {@code progress} hears every outcome, judged,
     * in catalog order, on that thread.
     */
    public RunResult runAll(Catalog catalog, Consumer<Outcome> progress) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        ExecutorService judging = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cutover-sdk-judging");
            t.setDaemon(true);
            return t;
        });
        List<Future<Outcome>> pending = new ArrayList<>();
        try {
            for (Catalog.Broken b : catalog.broken()) {
                Outcome o = Outcomes.broken(b, target.name());
                pending.add(judging.submit(() -> report(o, progress)));
            }
            Optional<String> unreachable = Preflight.problem(target);
            for (Scenario s : catalog.scenarios()) {
                Outcome o = unreachable.isPresent()
                        ? Outcomes.notRun(s, target.name(), "not run: " + redactor.mask(unreachable.get()))
                        : runUnjudged(s);
                pending.add(judging.submit(() -> report(runner.judge(s, o), progress)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : pending) outcomes.add(await(f));
            return new RunResult(target.name(), target.gatewayLabel(), redactor.mask(target.baseUrl()), startedAt,
                    (System.nanoTime() - start) / 1_000_000.0, List.copyOf(outcomes));
        } finally {
            judging.shutdownNow();
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the SDKs judged", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static Outcome report(Outcome o, Consumer<Outcome> progress) {
        progress.accept(o);
        return o;
    }

    @Override
    public void close() {
        try {
            oracles.close();
            launched.close();
        } finally {
            if (ownsMock) mock.close();
        }
    }
}

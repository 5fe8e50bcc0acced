package dev.cutover.run;

import dev.cutover.launch.ContainerLauncher;
import dev.cutover.launch.ContainerSpec;
import dev.cutover.launch.FreePort;
import dev.cutover.launch.LaunchException;
import dev.cutover.launch.LaunchSpec;
import dev.cutover.launch.Launched;
import dev.cutover.launch.ProcessLauncher;
import dev.cutover.launch.ProcessSpec;
import dev.cutover.launch.RunFolder;
import dev.cutover.launch.SetupStep;
import dev.cutover.launch.StandInSpec;
import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.mock.RemoteMock;
import dev.cutover.mock.ScriptedProvider;
import dev.cutover.oracle.Oracles;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Scenario;
import dev.cutover.standin.StandIns;
import dev.cutover.target.MockSpec;
import dev.cutover.target.Target;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Variables;
import dev.cutover.wire.Redactor;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One target made ready to run: the in-process mock provider started, the profile read with
 * {@code ${mock.url}} pointing at it, secrets known to the redactor, the SDK oracles ready to start on the
 * first step ({@code -Dcutover.sdks=none} asks none). Close it to stop the mock and the oracles.
 */
public final class Session implements AutoCloseable {
    private final ScriptedProvider mock;
    private final Target target;
    private final Redactor redactor;
    private final ScenarioRunner runner;
    private final KnownDifferences known;
    private final Launched launched;
    private final boolean ownsMock;
    private final RunFolder folder;
    private final Oracles oracles = Oracles.standard();

    private Session(ScriptedProvider mock, boolean ownsMock, Target target, KnownDifferences known, Launched launched,
                    RunFolder folder) {
        this.mock = mock;
        this.folder = folder;
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
     * gateway this run starts, {@code ${run.dir}} — its folder, {@code ${setup.NAME}} — what its setup step
     * printed), reads its known differences and starts the gateway if it has a launch block.
     *
     * @throws dev.cutover.yaml.InputException when a file is unusable (nothing is left running)
     * @throws LaunchException when the gateway does not start (nothing is left running)
     */
    public static Session open(Path targetFile, MockOptions mockOptions) {
        Optional<ScriptedProvider> named = namedMock(targetFile);
        if (named.isPresent()) return open(targetFile, named.get(), false);
        MockProvider mock = MockProvider.start(TargetReader.modelLikeMock(targetFile) ? mockOptions.withModelLike(true) : mockOptions);
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
    public static Session open(Path targetFile, ScriptedProvider sharedMock) {
        return open(targetFile, namedMock(targetFile).orElse(sharedMock), false);
    }

    /**
     * The standalone mock the profile names ({@code mock: {url, adminKey}}), checked to answer its admin API
     * with the key, or empty when the run's own mock stands behind the target.
     *
     * @throws LaunchException when the named mock does not answer or refuses the key
     */
    private static Optional<ScriptedProvider> namedMock(Path targetFile) {
        Optional<MockSpec> spec = TargetReader.mock(targetFile, Variables.fromSystem(Map.of()));
        if (spec.isEmpty()) return Optional.empty();
        MockSpec m = spec.get();
        RemoteMock remote = new RemoteMock(m.url(), m.adminKey(), m.key() == null ? MockOptions.keyFromEnvironment() : m.key());
        try {
            remote.check();
        } catch (UncheckedIOException e) {
            throw new LaunchException(e.getCause().getMessage() + " (the profile's mock: block names it)");
        }
        return Optional.of(remote);
    }

    private static Session open(Path targetFile, ScriptedProvider mock, boolean ownsMock) {
        String port = String.valueOf(FreePort.pick());
        RunFolder folder = RunFolder.reserve();
        try {
            Variables vars = Variables.fromSystem(Map.of("mock.url", mock.baseUrl(), "mock.port",
                    String.valueOf(mock.port()), "port", port, Variables.RUN_DIR, folder.path().toString()));
            // Two phases: the whole profile is checked first, setup values standing in as placeholders, so a broken
            // profile runs nothing; then the setup step runs and the profile is read with what it printed.
            Target draft = TargetReader.read(targetFile, vars.beforeSetup());
            Map<String, String> printed = masked(new Redactor(draft.secrets()), () -> SetupStep.prepare(draft.launch(), folder));
            Target target = TargetReader.read(targetFile, vars.withSetup(printed));
            KnownDifferences known = target.knownDifferences() == null ? KnownDifferences.NONE
                    : KnownDifferences.read(target.knownDifferences());
            Launched launched = masked(new Redactor(target.secrets()), () -> launch(target, mock, Integer.parseInt(port), folder));
            return new Session(mock, ownsMock, target, known, launched, folder);
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** A gateway may print a key it was given (its config, a generated key): a failed start says what it printed, masked. */
    private static <T> T masked(Redactor redactor, Supplier<T> step) {
        try {
            return step.get();
        } catch (LaunchException e) {
            throw new LaunchException(redactor.mask(e.getMessage()));
        }
    }

    private static Launched launch(Target target, ScriptedProvider mock, int port, RunFolder folder) {
        LaunchSpec spec = target.launch();
        if (spec instanceof ProcessSpec p) return ProcessLauncher.start(p, origin(target.baseUrl()) + p.readyPath(), folder);
        if (spec instanceof StandInSpec s) return StandIns.start(s.name(), port, mock.baseUrl(), mock.apiKey());
        if (spec instanceof ContainerSpec c) return ContainerLauncher.start(c, port);
        return Launched.NOTHING;
    }

    private static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    /**
     * Runs one scenario, holds its outcome against the target's known differences, and asks the SDKs.
     */
    public Outcome run(Scenario s) {
        return runner.judge(s, runUnjudged(s));
    }

    /**
     * Runs one scenario and holds its outcome against the target's known differences, asking no SDK. A gateway
     * this session started that dies on the way fails the scenario that killed it — a finding, not a broken
     * run — and is started again, so the scenarios after it are measured on a live gateway.
     */
    public Outcome runUnjudged(Scenario s) {
        Optional<String> earlier = launched.ended(0).map(how -> revive(how, "after the previous scenario", "for this one"));
        Outcome o = runner.runUnjudged(s);
        // A gateway dying mid-exchange shows as a broken connection: only then is its end waited for.
        boolean broken = o.steps().stream().anyMatch(st -> st.observation() != null && st.observation().transportError() != null);
        Optional<String> now = launched.ended(broken ? 1_000 : 0).map(how -> revive(how, "during this scenario", "for the next one"));
        return known.apply(now.or(() -> earlier).map(problem -> withGatewayCheck(o, problem)).orElse(o));
    }

    /** Starts the dead gateway again; says what happened, as a check's problem. */
    private String revive(String how, String when, String forWhat) {
        try {
            launched.restart();
            return how + " " + when + "; restarted " + forWhat;
        } catch (LaunchException e) {
            return how + " " + when + "; restarting it failed: " + redactor.mask(e.getMessage());
        }
    }

    /** The outcome failed by one more check on its last step: "gateway process: exited with code 1 during …". */
    private static Outcome withGatewayCheck(Outcome o, String problem) {
        if (o.steps().isEmpty()) return o.with(Status.FAILED, "gateway process: " + problem); // nothing was sent
        List<StepResult> steps = new ArrayList<>(o.steps());
        StepResult last = steps.remove(steps.size() - 1);
        List<Check> checks = new ArrayList<>(last.checks());
        checks.add(new Check("gateway process", null, List.of(problem)));
        steps.add(new StepResult(last.name(), last.observation(), checks));
        return new Outcome(o.scenario(), o.target(), Status.FAILED, "gateway process: " + problem, steps, o.durationMs());
    }

    /** What a gateway this session started printed (empty for external targets). */
    public List<String> launchLog() {
        return launched.log();
    }

    /** Holds this session's runs to a cap; against real providers {@link Cap#REAL_DEFAULT} holds unless this is called. */
    public void limit(Cap cap) {
        runner.limit(cap);
    }

    /** What this session has sent so far, per model. */
    public Bill bill() {
        return runner.bill();
    }

    public Target target() { return target; }
    public Redactor redactor() { return redactor; }
    public ScenarioRunner runner() { return runner; }
    public ScriptedProvider mock() { return mock; }

    /**
     * What stops this target from running scenarios at all, in one diagnosis: nothing listening, a refused key,
     * or (behind cutover's mock) a gateway that does not route to the mock.
     */
    public Optional<String> preflight() {
        return Preflight.problem(target).or(() -> Preflight.routeProblem(target, mock));
    }

    /**
     * Runs the catalog in order; broken files become ERROR rows; an unreachable target errors every row once.
     * The SDKs judge each outcome while the next scenario runs ({@link CatalogRun}); {@code progress} hears every
     * outcome, judged, in catalog order.
     */
    public RunResult runAll(Catalog catalog, Consumer<Outcome> progress) {
        return CatalogRun.run(this, catalog, progress);
    }

    @Override
    public void close() {
        try {
            oracles.close();
            launched.close();
        } finally {
            folder.close();
            if (ownsMock) mock.close();
        }
    }
}

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
import dev.cutover.mock.RemoteMock;
import dev.cutover.mock.ScriptedProvider;
import dev.cutover.scenario.Breakers;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One target made ready to run: the in-process mock provider started, the profile read with
 * {@code ${mock.url}} pointing at it, secrets known to the redactor. Close it to stop the mock.
 */
public final class Session implements AutoCloseable {
    private final ScriptedProvider mock;
    private final Target target;
    private final Redactor redactor;
    private final ScenarioRunner runner;
    private final KnownDifferences known;
    private final Launched launched;
    private final boolean ownsMock;

    private Session(ScriptedProvider mock, boolean ownsMock, Target target, KnownDifferences known, Launched launched) {
        this.mock = mock;
        this.ownsMock = ownsMock;
        this.target = target;
        this.known = known;
        this.launched = launched;
        this.redactor = new Redactor(target.secrets());
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        this.runner = new ScenarioRunner(target, mock, redactor, nonce);
    }

    /**
     * Starts the mock provider, reads the profile ({@code ${mock.url}}, {@code ${port}} — a free port for a
     * gateway this run starts), reads its known differences and starts the gateway if it has a launch block.
     *
     * @throws dev.cutover.yaml.InputException when a file is unusable (nothing is left running)
     * @throws LaunchException when the gateway does not start (nothing is left running)
     */
    public static Session open(Path targetFile, MockOptions mockOptions) {
        Optional<ScriptedProvider> named = namedMock(targetFile);
        if (named.isPresent()) return open(targetFile, named.get(), false);
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
        Variables vars = Variables.fromSystem(Map.of("mock.url", mock.baseUrl(), "mock.port",
                String.valueOf(mock.port()), "port", port));
        Target target = TargetReader.read(targetFile, vars);
        KnownDifferences known = target.knownDifferences() == null ? KnownDifferences.NONE
                : KnownDifferences.read(target.knownDifferences());
        Launched launched = launch(target, mock, Integer.parseInt(port));
        return new Session(mock, ownsMock, target, known, launched);
    }

    private static Launched launch(Target target, ScriptedProvider mock, int port) {
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

    /** Runs one scenario and holds its outcome against the target's known differences. */
    public Outcome run(Scenario s) {
        return known.apply(runner.run(s));
    }

    /** What a gateway this session started printed (empty for external targets). */
    public List<String> launchLog() {
        return launched.log();
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

    /** Runs the catalog in order; broken files become ERROR rows; an unreachable target errors every row once. */
    public RunResult runAll(Catalog catalog, Consumer<Outcome> progress) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        for (Catalog.Broken b : catalog.broken()) {
            Outcome o = Outcomes.broken(b, target.name());
            outcomes.add(o);
            progress.accept(o);
        }
        Optional<String> unreachable = preflight();
        // Scenarios that make the provider fail run last, so a gateway's circuit breaker they trip meets no other.
        Map<Scenario, Outcome> byScenario = new java.util.HashMap<>();
        for (Scenario s : Breakers.breakerSafe(catalog.scenarios())) {
            Outcome o = unreachable.isPresent()
                    ? Outcomes.notRun(s, target.name(), "not run: " + redactor.mask(unreachable.get()))
                    : run(s);
            byScenario.put(s, o);
            progress.accept(o);
        }
        // Reported in catalog order, whatever order they ran in.
        catalog.scenarios().forEach(s -> outcomes.add(byScenario.get(s)));
        return new RunResult(target.name(), target.gatewayLabel(), redactor.mask(target.baseUrl()), startedAt,
                (System.nanoTime() - start) / 1_000_000.0, List.copyOf(outcomes), Coverage.of(target.features(), outcomes));
    }

    @Override
    public void close() {
        try {
            launched.close();
        } finally {
            if (ownsMock) mock.close();
        }
    }
}

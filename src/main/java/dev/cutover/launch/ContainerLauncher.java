package dev.cutover.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.FixedHostPortGenericContainer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts a gateway and its sidecars with Testcontainers. The container's port is published on the port
 * the run picked, because the profile's baseUrl is resolved before the start; the mock provider on this
 * machine's loopback is made reachable inside as host.testcontainers.internal.
 */
public final class ContainerLauncher {
    private ContainerLauncher() {}

    /** Whether a Docker engine answers; container targets and their tests need one. */
    public static boolean dockerAvailable() {
        // Testcontainers probes every strategy with its own timeouts (tens of seconds); with no socket and
        // no DOCKER_HOST there is nothing to find, so say so at once.
        String host = System.getenv("DOCKER_HOST");
        boolean socket = Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if ((host == null || host.isBlank()) && !socket) return false;
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public static Launched start(ContainerSpec spec, int hostPort) {
        checkDocker(spec);
        spec.hostPorts().forEach(Testcontainers::exposeHostPorts);
        Network network = Network.newNetwork();
        List<GenericContainer<?>> started = new ArrayList<>();
        try {
            for (ContainerSpec.Sidecar s : spec.sidecars()) {
                GenericContainer<?> side = new GenericContainer<>(DockerImageName.parse(s.image()))
                        .withNetwork(network).withNetworkAliases(s.alias()).withEnv(s.env());
                side.start();
                started.add(side);
            }
            started.add(gateway(spec, hostPort, network));
        } catch (RuntimeException e) {
            stop(started, network);
            throw new LaunchException("container " + spec.image() + " did not start: " + e.getMessage());
        }
        return new Launched() {
            @Override
            public List<String> log() {
                String logs = started.get(started.size() - 1).getLogs();
                List<String> lines = List.of(logs.split("\n"));
                return lines.subList(Math.max(0, lines.size() - 400), lines.size());
            }

            @Override
            public void close() {
                stop(started, network);
            }
        };
    }

    /** Checked before a setup step runs too, so that no setup runs for a container that cannot start. */
    static void checkDocker(ContainerSpec spec) {
        if (!dockerAvailable()) {
            throw new LaunchException("container target " + spec.image() + " needs a Docker engine and none answers here;"
                    + " run the gateway yourself and point the profile's baseUrl at it (drop the launch block)");
        }
    }

    @SuppressWarnings({"deprecation", "resource"}) // a fixed host port is the point: the baseUrl names it
    private static GenericContainer<?> gateway(ContainerSpec spec, int hostPort, Network network) {
        FixedHostPortGenericContainer<?> c = new FixedHostPortGenericContainer<>(spec.image());
        c.withFixedExposedPort(hostPort, spec.port()).withNetwork(network).withEnv(spec.env())
                .waitingFor(Wait.forHttp(spec.readyPath()).forPort(spec.port())
                        .withStartupTimeout(Duration.ofMillis(spec.readyTimeoutMs())));
        spec.files().forEach((path, content) -> c.withCopyToContainer(Transferable.of(content), path));
        if (!spec.command().isEmpty()) c.withCommand(spec.command().toArray(String[]::new));
        c.start();
        return c;
    }

    private static void stop(List<GenericContainer<?>> containers, Network network) {
        for (int i = containers.size() - 1; i >= 0; i--) containers.get(i).stop();
        network.close();
    }
}

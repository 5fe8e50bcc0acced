package dev.cutover.launch;

import java.util.List;
import java.util.Map;

/**
 * A gateway in a container (Testcontainers): image, the port it listens on inside (published on the
 * run's free port, so the profile's baseUrl can name it before the start), files to put in (container
 * path → content, variables already resolved), environment, readiness path, and sidecars it needs on a
 * shared network (e.g. Redis for DIAL core). Needs a Docker engine; without one the launch fails with
 * that reason.
 *
 * @param hostPorts loopback ports of this machine the container must reach (the mock provider), seen
 *                  inside as host.testcontainers.internal
 * @param setup     run on this machine before the start; what it prints feeds the profile (null: none)
 * @param secrets   what the setup printed, except its plain names: masked in every output
 */
public record ContainerSpec(String image, int port, Map<String, String> files, Map<String, String> env,
                            List<String> command, String readyPath, int readyTimeoutMs, List<Sidecar> sidecars,
                            List<Integer> hostPorts, SetupSpec setup, List<String> secrets) implements LaunchSpec {

    /** A container started first on the same network, reachable by {@code alias}. */
    public record Sidecar(String image, String alias, Map<String, String> env) {}
}

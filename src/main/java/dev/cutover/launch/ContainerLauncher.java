package dev.cutover.launch;

/** Placeholder until the Testcontainers launcher lands. */
public final class ContainerLauncher {
    private ContainerLauncher() {}

    public static Launched start(ContainerSpec spec, int hostPort) {
        throw new LaunchException("container launch is not available yet");
    }
}

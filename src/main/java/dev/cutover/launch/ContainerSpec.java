package dev.cutover.launch;

import java.util.Map;

/**
 * A gateway in a container (Testcontainers): image, the port it listens on inside, files to copy in
 * (host path → container path, relative to the profile), environment, and the path that answers when
 * it is ready. Needs a Docker engine; where there is none, the launch fails with that reason.
 */
public record ContainerSpec(String image, int port, Map<String, String> files, Map<String, String> env,
                            String readyPath, int readyTimeoutMs) implements LaunchSpec {}

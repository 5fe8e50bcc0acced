package dev.cutover.launch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a Docker engine a container target stops with that reason, not a stack trace. */
class ContainerLauncherTest {
    @Test
    void withoutDockerTheLaunchSaysWhy() {
        assumeFalse(ContainerLauncher.dockerAvailable(), "a Docker engine is available here");
        ContainerSpec spec = new ContainerSpec("example/gateway:1", 4000, Map.of(), Map.of(), List.of(), "/", 1000,
                List.of(), List.of(), null, List.of());
        LaunchException e = assertThrows(LaunchException.class, () -> ContainerLauncher.start(spec, 1));
        assertTrue(e.getMessage().contains("needs a Docker engine"), e.getMessage());
    }
}

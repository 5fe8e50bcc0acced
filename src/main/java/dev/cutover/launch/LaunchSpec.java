package dev.cutover.launch;

import java.util.List;

/** How a target is started for a run: a local process, an in-process stand-in, or a container. */
public sealed interface LaunchSpec permits ProcessSpec, StandInSpec, ContainerSpec {

    /** Values the launch holds that no output may show (what a setup step printed); none by default. */
    default List<String> secrets() {
        return List.of();
    }
}

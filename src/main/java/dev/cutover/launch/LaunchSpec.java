package dev.cutover.launch;

/** How a target is started for a run: a local process, an in-process stand-in, or a container. */
public sealed interface LaunchSpec permits ProcessSpec, StandInSpec, ContainerSpec {}

package dev.cutover.launch;

/**
 * An in-process stand-in that imitates a gateway's documented behaviour in front of the embedded mock
 * provider (package {@code standin}), for gateways that cannot run here.
 */
public record StandInSpec(String name) implements LaunchSpec {}

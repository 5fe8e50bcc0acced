package dev.cutover.wire;


/**
 * One request as the mock provider received it (headers unmasked: expectations need to see whether a
 * client key leaked; reports mask them). {@code atMs} is wall-clock epoch milliseconds.
 */
public record ReceivedRequest(String method, String path, String query, Headers headers, String body, long atMs) {}

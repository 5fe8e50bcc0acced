package dev.cutover.wire;

/** What the client sent, with secrets already masked: fit for reports. */
public record SentRequest(String method, String url, Headers headers, String body) {}

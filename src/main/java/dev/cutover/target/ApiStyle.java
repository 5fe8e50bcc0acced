package dev.cutover.target;

/**
 * How a target spells its endpoints: OpenAI's {@code /v1/...}, or Azure's deployment paths
 * {@code /openai/deployments/{deployment}/...?api-version=} that DIAL speaks.
 */
public enum ApiStyle { OPENAI, AZURE }

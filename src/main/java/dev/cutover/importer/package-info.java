/**
 * {@code cutover import litellm-config}: a LiteLLM proxy config turned into target profiles (the proxy, and
 * each provider directly) and per-model smoke scenarios.
 *
 * <p>May use: scenario, target, wire, yaml.
 */
package dev.cutover.importer;

/**
 * Target profiles ({@code targets/*.yaml}): where a gateway answers, its API style (OpenAI {@code /v1/…} or
 * Azure/DIAL deployment paths), how it takes its key (from the environment only), its logical models,
 * conventions and claimed features, routes per provider for {@code direct}, and how it is launched.
 *
 * <p>May use: launch (specs), scenario (features), wire, yaml.
 */
package dev.cutover.target;

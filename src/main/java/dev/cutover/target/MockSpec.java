package dev.cutover.target;

/**
 * A standalone {@code cutover mock} a profile names ({@code mock: {url, adminKey, key}}): the scripted
 * provider a staging gateway's deployment points at, driven over its admin API instead of a mock inside
 * the run. {@code ${mock.url}} in the profile is this URL.
 *
 * @param url      the mock's root, without {@code /v1}
 * @param adminKey the key its admin API requires (from the environment), or null
 * @param key      the key the mock accepts from the gateway (what the gateway sends upstream); null: the one a
 *                 mock takes by default ({@code CUTOVER_MOCK_KEY}, else {@code sk-cutover-mock})
 */
public record MockSpec(String url, String adminKey, String key) {}

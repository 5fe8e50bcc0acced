package dev.cutover.oracle;

import dev.cutover.wire.Endpoint;
import java.util.Set;

/**
 * An official Node SDK the bundled runner (gateways/sdk-oracle) can ask.
 *
 * @param sdk    the verdicts' name for it
 * @param pkg    its npm package, installed in the runner's node_modules
 * @param module the runner's module calling it ({@code node index.mjs <module>}), so one process loads one SDK
 * @param covers the endpoints it has typed calls for
 */
public record NodeSdk(String sdk, String pkg, String module, Set<Endpoint> covers) {
    public static final NodeSdk OPENAI = new NodeSdk("openai-node", "openai", "openai", Set.of(Endpoint.CHAT_COMPLETIONS,
            Endpoint.EMBEDDINGS, Endpoint.MODELS_LIST, Endpoint.MODELS_GET, Endpoint.RESPONSES));
    public static final NodeSdk ANTHROPIC = new NodeSdk("anthropic-node", "@anthropic-ai/sdk", "anthropic", Set.of(Endpoint.MESSAGES));

    public NodeSdk {
        covers = Set.copyOf(covers);
    }
}

/**
 * The official SDKs as oracles: every observed answer of a run is handed again to the SDKs of its API — OpenAI's
 * (openai-java, openai-node) for chat completions, embeddings, models and Responses, Anthropic's (anthropic-java,
 * anthropic-node) for Messages — the Java ones in this process, each client on a transport that replays the
 * observed status, headers and bytes, the Node ones in a bundled runner (gateways/sdk-oracle), each client
 * fetching from a loopback server that replays them; each says whether it parsed the answer or what it raised
 * ({@link dev.cutover.oracle.SdkVerdict}). A check cutover fails while every SDK
 * parses is a spec deviation; a 2xx an SDK cannot parse breaks clients whatever the schema says.
 *
 * <p>May use: wire.
 */
package dev.cutover.oracle;

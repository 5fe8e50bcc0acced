/**
 * The official OpenAI SDKs as oracles: every observed answer of a run is handed again to openai-java (in this
 * process, its client on a transport that replays the observed status, headers and bytes) and openai-node (a
 * bundled Node runner, gateways/sdk-oracle, its client fetching from a loopback server that replays them), and
 * each says whether it parsed the answer or what it raised ({@link dev.cutover.oracle.SdkVerdict}). A check cutover fails while every SDK
 * parses is a spec deviation; a 2xx an SDK cannot parse breaks clients whatever the schema says.
 *
 * <p>May use: wire.
 */
package dev.cutover.oracle;

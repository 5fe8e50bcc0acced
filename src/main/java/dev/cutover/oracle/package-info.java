/**
 * The official OpenAI SDKs as oracles: every observed answer of a run is handed again to openai-java (in this
 * process) and openai-node (a bundled Node runner, gateways/sdk-oracle), each through its own client against a
 * loopback server replaying the observed status, headers and bytes, and each says whether it parsed the
 * answer or what it raised ({@link dev.cutover.oracle.SdkVerdict}). A check cutover fails while every SDK
 * parses is a spec deviation; a 2xx an SDK cannot parse breaks clients whatever the schema says.
 *
 * <p>May use: wire.
 */
package dev.cutover.oracle;

package dev.cutover.oracle;

import dev.cutover.launch.Home;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Observation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The SDK oracles of one session, asked together about each observed answer: one verdict per SDK of its API, in
 * a fixed order. The SDKs answer side by side (Node in its own process while the Java SDK parses in this one), so
 * a step costs the slower of the two, not their sum.
 */
public final class Oracles implements AutoCloseable {
    /**
     * System property naming the SDKs to ask: {@code openai-java,openai-node,anthropic-java,anthropic-node} (the
     * default), a part of that list, or {@code none}.
     */
    public static final String SDKS_PROPERTY = "cutover.sdks";

    private static final Duration JOIN_BOUND = NodeSdkOracle.START_BOUND.plus(NodeSdkOracle.VERDICT_BOUND).plusSeconds(10);

    private final List<SdkOracle> oracles;
    private ExecutorService pool;

    public Oracles(List<SdkOracle> oracles) {
        this.oracles = List.copyOf(oracles);
    }

    public static Oracles none() {
        return new Oracles(List.of());
    }

    /** The SDKs {@value #SDKS_PROPERTY} names, the Node runner in cutover's home (gateways/sdk-oracle). */
    public static Oracles standard() {
        String names = System.getProperty(SDKS_PROPERTY, String.join(",", JavaSdkOracle.SDK, NodeSdk.OPENAI.sdk(),
                AnthropicJavaOracle.SDK, NodeSdk.ANTHROPIC.sdk())).toLowerCase(Locale.ROOT);
        Path runner = Home.dir().resolve("gateways/sdk-oracle");
        List<SdkOracle> list = new ArrayList<>();
        List<String> wanted = Arrays.stream(names.split(",")).map(String::trim).toList();
        if (wanted.contains(JavaSdkOracle.SDK)) list.add(new JavaSdkOracle());
        if (wanted.contains(NodeSdk.OPENAI.sdk())) list.add(new NodeSdkOracle(NodeSdk.OPENAI, runner));
        if (wanted.contains(AnthropicJavaOracle.SDK)) list.add(new AnthropicJavaOracle());
        if (wanted.contains(NodeSdk.ANTHROPIC.sdk())) list.add(new NodeSdkOracle(NodeSdk.ANTHROPIC, runner));
        return new Oracles(list);
    }

    public boolean isEmpty() {
        return oracles.isEmpty();
    }

    /**
     * The verdicts of the SDKs that have a call for this endpoint (OpenAI's for OpenAI's APIs, Anthropic's for
     * Messages): an SDK without one says nothing, rather than "n/a" on every step of the other vendor's API.
     * NOT_APPLICABLE from each of them when there is no whole answer to hand them, and from every SDK when no SDK
     * has a call for the endpoint (a health path, a raw one), so the report says why none was asked.
     */
    public List<SdkVerdict> judge(Endpoint endpoint, Observation o) {
        if (oracles.isEmpty()) return List.of();
        List<SdkOracle> asked = oracles.stream().filter(x -> endpoint != null && x.covers(endpoint)).toList();
        if (asked.isEmpty()) asked = oracles;
        String why = Replay.whyNot(endpoint, o);
        if (why != null) return asked.stream().map(x -> SdkVerdict.notApplicable(x.sdk(), x.version(), why)).toList();
        Replay replay = Replay.of(endpoint, o);
        List<CompletableFuture<SdkVerdict>> others = new ArrayList<>();
        for (SdkOracle x : asked.subList(1, asked.size())) {
            others.add(CompletableFuture.supplyAsync(() -> safely(x, replay), pool()));
        }
        List<SdkVerdict> verdicts = new ArrayList<>();
        verdicts.add(safely(asked.get(0), replay));
        for (int i = 0; i < others.size(); i++) {
            SdkOracle x = asked.get(i + 1);
            try {
                verdicts.add(others.get(i).get(JOIN_BOUND.toMillis(), TimeUnit.MILLISECONDS));
            } catch (Exception e) {
                // Each oracle bounds itself; this is the belt to those braces.
                verdicts.add(SdkVerdict.unavailable(x.sdk(), x.version(), "no verdict: " + e));
            }
        }
        return List.copyOf(verdicts);
    }

    /**
     * An SDK that blows up on an answer has judged it: openai-java reads a body nested about a thousand levels deep
     * by recursion and overflows its stack, which ended the whole run with exit 3 and no report. A user's client
     * would die the same way, so that is what the SDK "raised". Anything else an oracle throws is its own failure:
     * no verdict, never the end of the run.
     */
    static SdkVerdict safely(SdkOracle x, Replay replay) {
        try {
            return x.judge(replay);
        } catch (StackOverflowError e) {
            return SdkVerdict.raised(x.sdk(), x.version(), "StackOverflowError",
                    "the SDK's client overflowed its stack reading this answer (nested too deep)");
        } catch (RuntimeException e) {
            return SdkVerdict.unavailable(x.sdk(), x.version(), "no verdict: " + e);
        }
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "cutover-sdk-oracle");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) pool.shutdownNow();
        oracles.forEach(SdkOracle::close);
    }
}

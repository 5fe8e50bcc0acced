package dev.cutover.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * An official Node SDK as an oracle ({@link NodeSdk}: openai-node or Anthropic's {@code @anthropic-ai/sdk}),
 * through the bundled runner {@code gateways/sdk-oracle/index.mjs}: the SDK's own client (retries off) fetches
 * each observed answer from a replay server inside that process, so "parses" means what
 * {@code client.chat.completions.create(...)} or {@code client.messages.create(...)} does with it in a user's
 * program — {@code fetch}'s framing, the SDK's status errors and envelope reading, its SSE decoder.
 *
 * <p>One long-lived Node process per oracle (a run's session), started on the first question the SDK covers
 * (about half a second), so each verdict costs a line each way and a loopback round trip; a run without a
 * Messages step starts no Anthropic runner. Nothing here throws or hangs:
 * without {@code node} or without the installed package every verdict is UNAVAILABLE with that reason; a
 * runner that does not answer within its bound is killed, the verdict is UNAVAILABLE, and the next question
 * starts a new one — after a second failure the oracle gives up for the rest of the run rather than spend a
 * bound on every step.
 */
public final class NodeSdkOracle implements SdkOracle {
    public static final Duration START_BOUND = Duration.ofSeconds(30);
    public static final Duration VERDICT_BOUND = Duration.ofSeconds(15);
    private static final int MAX_FAILURES = 2;

    private final NodeSdk sdk;
    private final String node;
    private final Path dir;
    private final Duration startBound;
    private final Duration verdictBound;
    private final String version;
    private final String missing;
    private NodeRunner runner;
    private int failures;
    private String gaveUp;
    private long lastId;

    /** The runner in {@code dir} (gateways/sdk-oracle), started with {@code node} from the PATH. */
    public NodeSdkOracle(NodeSdk sdk, Path dir) {
        this(sdk, "node", dir, START_BOUND, VERDICT_BOUND);
    }

    public NodeSdkOracle(NodeSdk sdk, String node, Path dir, Duration startBound, Duration verdictBound) {
        this.sdk = sdk;
        this.node = node;
        this.dir = dir;
        this.startBound = startBound;
        this.verdictBound = verdictBound;
        Path pkg = dir.resolve("node_modules/" + sdk.pkg() + "/package.json");
        String v = null;
        String why = null;
        if (!Files.isRegularFile(dir.resolve("index.mjs"))) {
            why = "no Node runner at " + dir + "/index.mjs";
        } else if (!Files.isRegularFile(pkg)) {
            why = sdk.pkg() + " not installed: run npm ci in " + dir;
        } else {
            try {
                v = Json.parse(Files.readAllBytes(pkg)).map(n -> n.path("version").asText(null)).orElse(null);
            } catch (IOException e) {
                why = "cannot read " + pkg + ": " + e.getMessage();
            }
        }
        this.version = v;
        this.missing = why;
    }

    @Override
    public String sdk() {
        return sdk.sdk();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public boolean covers(Endpoint endpoint) {
        return sdk.covers().contains(endpoint);
    }

    @Override
    public synchronized SdkVerdict judge(Replay replay) {
        if (!covers(replay.endpoint())) return SdkVerdict.notApplicable(sdk(), version, replay.endpoint().word() + " is no " + sdk() + " call");
        if (missing != null) return SdkVerdict.unavailable(sdk(), version, missing);
        if (gaveUp != null) return SdkVerdict.unavailable(sdk(), version, gaveUp);
        if (runner == null) {
            try {
                runner = NodeRunner.start(node, dir, sdk.module(), startBound);
            } catch (IOException | TimeoutException | RuntimeException e) {
                // A runner that cannot start will not start on the next step either.
                gaveUp = "Node runner did not start: " + SdkVerdict.shorten(JavaSdkOracle.causes(e));
                return SdkVerdict.unavailable(sdk(), version, gaveUp);
            }
        }
        long id = ++lastId;
        try {
            return verdict(runner.ask(replay.toJsonLine(id), id, verdictBound));
        } catch (IOException | TimeoutException e) {
            String why = "Node runner failed: " + SdkVerdict.shorten(e.getMessage()) + "; stopped";
            stopRunner();
            if (++failures >= MAX_FAILURES) gaveUp = why + ", not restarted this run";
            return SdkVerdict.unavailable(sdk(), version, why);
        }
    }

    private SdkVerdict verdict(JsonNode a) {
        String detail = SdkVerdict.shorten(a.path("detail").asText(null));
        return switch (a.path("outcome").asText("")) {
            case "PARSED" -> SdkVerdict.parsed(sdk(), version, detail);
            case "RAISED" -> SdkVerdict.raised(sdk(), version, a.path("raised").asText("Error"), detail);
            case "NOT_APPLICABLE" -> SdkVerdict.notApplicable(sdk(), version, detail);
            default -> SdkVerdict.unavailable(sdk(), version, "Node runner answered " + SdkVerdict.shorten(a.toString()));
        };
    }

    private void stopRunner() {
        if (runner != null) runner.close();
        runner = null;
    }

    @Override
    public synchronized void close() {
        stopRunner();
    }
}

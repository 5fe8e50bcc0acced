package dev.cutover.mock;

import dev.cutover.wire.Marker;
import dev.cutover.wire.ProviderScript;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Serves made-up requests through the mock's own connection handlers, in memory, before a standalone mock listens:
 * a fresh JVM otherwise runs the serving path interpreted for its first seconds, at a tenth of its speed and less
 * (measured with {@code cutover bench mock}), which a short load run or a CI job would take for the mock's speed.
 * Most requests repeat one body and one in eight is new, so both the copy of a kept answer and the full build of one
 * ({@link AnswerMemo}) are compiled. Nothing of it reaches a mock's journal, scripts or timing account: it has its own.
 */
public final class WarmUp {
    private static final String KEY = "cutover.warm-up";

    /** What a standalone mock serves before it listens (bounded by time on a slow machine). */
    public static final int STANDALONE_REQUESTS = 100_000;
    public static final Duration STANDALONE_LIMIT = Duration.ofSeconds(2);

    /** How much was served, and in what time. */
    public record Done(int requests, Duration took) {}

    private WarmUp() {}

    /** Chat completions, whole and streamed, until {@code requests} or {@code limit}, whichever comes first. */
    public static Done run(int requests, Duration limit) {
        long start = System.nanoTime();
        ScriptBook book = new ScriptBook();
        book.put(KEY, ProviderScript.DEFAULT);
        // A front without WireMock: every request here is a chat completion, which never reaches it.
        Front front = new Front(null, MockOptions.DEFAULT_API_KEY, null, new Journal(16), book, null, false);
        EmbeddedChannel channel = new EmbeddedChannel() {
            @Override
            protected SocketAddress remoteAddress0() {
                return new InetSocketAddress("127.0.0.1", 1);
            }
        };
        MockServer.serve(channel.pipeline(), front, Runnable::run, new Lateness());
        byte[] whole = request(false, "");
        byte[] stream = request(true, "");
        int served = 0;
        long deadline = start + limit.toNanos();
        while (served < requests && System.nanoTime() < deadline) {
            boolean fresh = served % 16 == 6 || served % 16 == 7;
            byte[] next = fresh ? request(served % 4 == 3, " " + served) : served % 4 == 3 ? stream : whole;
            channel.writeInbound(Unpooled.wrappedBuffer(next));
            channel.runPendingTasks();
            for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) ReferenceCountUtil.release(out);
            served++;
        }
        channel.finishAndReleaseAll();
        return new Done(served, Duration.ofNanos(System.nanoTime() - start));
    }

    private static byte[] request(boolean stream, String variant) {
        String body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello" + variant + " "
                + Marker.tag(KEY) + "\"}]" + (stream ? ",\"stream\":true" : "") + "}";
        String head = "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + MockOptions.DEFAULT_API_KEY + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
        return (head + body).getBytes(StandardCharsets.UTF_8);
    }
}

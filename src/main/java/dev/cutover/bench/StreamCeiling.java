package dev.cutover.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The practical ceiling of timed streaming on this JVM: Netty on one event loop, every request answered with the same
 * chat completion stream, its events written at their deadlines by the loop's timers — head and chunk frames encoded
 * once per stream into one buffer, each event one write of a slice of it. No parsing, no script, no journal, no JSON:
 * how punctual the mock could be if its own work cost nothing. The timing of each stream is read from the request body:
 * {@code "ttft_ms":N,"gap_ms":N,"words":N} anywhere in it.
 */
final class StreamCeiling implements AutoCloseable {
    private final OneLoopServer server;

    StreamCeiling() throws InterruptedException {
        server = new OneLoopServer(() -> new Streaming());
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }

    /** Collects the body, then plays the stream: frames written through the codec's own context, past its encoder. */
    private static final class Streaming extends SimpleChannelInboundHandler<HttpObject> {
        private final StringBuilder body = new StringBuilder();

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
            if (msg instanceof HttpContent c) body.append(c.content().toString(StandardCharsets.UTF_8));
            if (!(msg instanceof LastHttpContent)) return;
            String b = body.toString();
            body.setLength(0);
            new Play(ctx.pipeline().context(HttpServerCodec.class), number(b, "ttft_ms"), number(b, "gap_ms"), number(b, "words")).run();
        }

        private static int number(String body, String name) {
            int at = body.indexOf("\"" + name + "\":");
            if (at < 0) return 1;
            int from = at + name.length() + 3;
            int to = from;
            while (to < body.length() && Character.isDigit(body.charAt(to))) to++;
            return Integer.parseInt(body.substring(from, to));
        }
    }

    /** One stream: head and role event at once, then a word per deadline, the end with the last word. */
    private static final class Play implements Runnable {
        private static final byte[] HEAD = ("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n"
                + "transfer-encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        /** The codec's own context: bytes written through it skip the HTTP encoder, already framed. */
        private final ChannelHandlerContext raw;
        private final long start = System.nanoTime();
        private final int ttftMs;
        private final int gapMs;
        private final int words;
        private final ByteBuf frames;
        private final int[] ends;
        private int next;

        Play(ChannelHandlerContext raw, int ttftMs, int gapMs, int words) {
            this.raw = raw;
            this.ttftMs = ttftMs;
            this.gapMs = gapMs;
            this.words = words;
            this.frames = ByteBufAllocator.DEFAULT.directBuffer(256 * (words + 3));
            this.ends = new int[words + 2];
            frames.writeBytes(HEAD);
            frame("{\"id\":\"chatcmpl-ceiling\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"gpt-4o-mini\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}");
            ends[0] = frames.writerIndex();
            for (int w = 0; w < words; w++) {
                frame("{\"id\":\"chatcmpl-ceiling\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"gpt-4o-mini\","
                        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word \"},\"finish_reason\":null}]}");
                ends[w + 1] = frames.writerIndex();
            }
            frame("{\"id\":\"chatcmpl-ceiling\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"gpt-4o-mini\","
                    + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
            frame("[DONE]");
            frames.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            ends[words + 1] = frames.writerIndex();
        }

        private void frame(String data) {
            byte[] event = ("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
            frames.writeBytes((Integer.toHexString(event.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            frames.writeBytes(event).writeBytes(new byte[] {'\r', '\n'});
        }

        /** Writes every part that is due, then waits for the next. */
        @Override
        public void run() {
            while (next <= words + 1) {
                long due = start + (next == 0 ? 0 : (ttftMs + (long) gapMs * Math.min(next - 1, words - 1)) * 1_000_000L);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    raw.executor().schedule(this, wait, TimeUnit.NANOSECONDS);
                    return;
                }
                int from = next == 0 ? 0 : ends[next - 1];
                raw.writeAndFlush(frames.retainedSlice(from, ends[next] - from), raw.voidPromise());
                next++;
            }
            frames.release();
        }
    }
}

package dev.cutover.mock;

import dev.cutover.wire.ProviderScript;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A measuring tool, not a test: the CPU time and bytes allocated per request on one thread, the mock's connection
 * handlers against a fixed-bytes Netty handler (what {@code cutover bench mock}'s ceiling server runs), both in an
 * {@link EmbeddedChannel} — no sockets, so the figures are the Java work alone and hold on a busy machine, where
 * wrk's throughput does not. docs/benchmark.md quotes it; run after {@code mvn test-compile}:
 * {@code java -XX:+UseZGC -cp "target/test-classes:target/classes:target/lib/*" dev.cutover.mock.ServingCostProbe [requests]}.
 */
public final class ServingCostProbe {
    private ServingCostProbe() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        ScriptBook book = new ScriptBook();
        book.put("bench.plain", ProviderScript.DEFAULT);
        Front front = new Front(null, MockOptions.DEFAULT_API_KEY, null, new Journal(10_000), book, null, false);
        String body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello [cutover:bench.plain]\"}]}";
        byte[] request = ("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + MockOptions.DEFAULT_API_KEY + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII);
        double bestMock = Double.MAX_VALUE;
        double bestCeiling = Double.MAX_VALUE;
        for (int round = 1; round <= 8; round++) {
            double[] mock = run(n, request, ServingCostProbe::channel, ch -> MockServer.serve(ch.pipeline(), front, Runnable::run, new Lateness()));
            double[] ceiling = run(n, request, EmbeddedChannel::new, ch -> ch.pipeline().addLast(new HttpServerCodec(), new Fixed(new byte[373])));
            System.out.printf("round %d: mock %.2f µs and %.0f bytes per request, fixed bytes %.2f µs and %.0f bytes%n",
                    round, mock[0], mock[1], ceiling[0], ceiling[1]);
            bestMock = Math.min(bestMock, mock[0]);
            bestCeiling = Math.min(bestCeiling, ceiling[0]);
        }
        System.out.printf("best of 8 rounds: mock %.2f µs, fixed bytes %.2f µs per request%n", bestMock, bestCeiling);
    }

    private static EmbeddedChannel channel() {
        return new EmbeddedChannel() {
            @Override
            protected SocketAddress remoteAddress0() {
                return new InetSocketAddress("127.0.0.1", 5555);
            }
        };
    }

    /** CPU microseconds and allocated bytes per request. */
    private static double[] run(int n, byte[] request, Supplier<EmbeddedChannel> make, Consumer<EmbeddedChannel> setUp) {
        EmbeddedChannel ch = make.get();
        setUp.accept(ch);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long allocated = threads.getThreadAllocatedBytes(id);
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            ch.writeInbound(Unpooled.wrappedBuffer(request));
            ch.runPendingTasks();
            for (Object out = ch.readOutbound(); out != null; out = ch.readOutbound()) ReferenceCountUtil.release(out);
        }
        double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / n;
        double bytes = (threads.getThreadAllocatedBytes(id) - allocated) / (double) n;
        ch.finishAndReleaseAll();
        return new double[] {micros, bytes};
    }

    /** The ceiling's handler: the same fixed bytes for every request, once its body has arrived. */
    private static final class Fixed extends SimpleChannelInboundHandler<HttpObject> {
        private final ByteBuf bytes;

        Fixed(byte[] body) {
            bytes = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(body));
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
            if (!(msg instanceof LastHttpContent)) return;
            FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, bytes.duplicate());
            res.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json").setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.readableBytes());
            ctx.writeAndFlush(res, ctx.voidPromise());
        }
    }
}

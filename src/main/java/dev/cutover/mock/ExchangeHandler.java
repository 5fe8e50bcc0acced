package dev.cutover.mock;

import dev.cutover.wire.Headers;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * One connection: each whole request becomes an {@link Incoming}, the {@link Front} decides its answer
 * (off the event loop when that may block), and the answer is played. Requests on one connection are
 * answered one after another, in order, even if a client pipelines them.
 */
final class ExchangeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private record Pending(Incoming request, boolean keepAlive) {}

    private final Front front;
    private final Executor mayBlock;
    private final Lateness lateness;
    private final Queue<Pending> waiting = new ArrayDeque<>();
    private boolean answering;
    /** The peer's address, worked out once per connection. */
    private String clientIp;

    ExchangeHandler(Front front, Executor mayBlock, Lateness lateness) {
        this.front = front;
        this.lateness = lateness;
        this.mayBlock = mayBlock;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        long arrived = System.nanoTime();
        RequestTarget target;
        try {
            if (req.decoderResult().isFailure()) throw new IllegalArgumentException(String.valueOf(req.decoderResult().cause()));
            target = RequestTarget.of(req.uri());
        } catch (IllegalArgumentException bad) {
            AnswerPlayer.play(ctx.channel(), Reply.error(arrived, ApiError.badRequest("cutover mock: unreadable HTTP request: "
                    + bad.getMessage(), null), Map.of()), false, lateness, () -> { });
            return;
        }
        Map<String, List<String>> headers = new TreeMap<>();
        for (Map.Entry<String, String> h : req.headers()) {
            headers.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(h.getValue());
        }
        if (clientIp == null) clientIp = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
        Incoming in = new Incoming(req.method().name(), target.path(), req.uri(), target.rawQuery(),
                req.protocolVersion().text(), clientIp, new Headers(headers), ByteBufUtil.getBytes(req.content()), arrived);
        waiting.add(new Pending(in, HttpUtil.isKeepAlive(req)));
        if (!answering) answerNext(ctx);
    }

    private void answerNext(ChannelHandlerContext ctx) {
        Pending p = waiting.poll();
        answering = p != null;
        if (p == null) return;
        Runnable reusable = () -> answerNext(ctx);
        if (Front.mayBlock(p.request())) {
            mayBlock.execute(() -> {
                Answer a = front.answer(p.request());
                ctx.channel().eventLoop().execute(() -> AnswerPlayer.play(ctx.channel(), a, p.keepAlive(), lateness, reusable));
            });
        } else {
            AnswerPlayer.play(ctx.channel(), front.answer(p.request()), p.keepAlive(), lateness, reusable);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A client that resets its connection mid-answer is ordinary for a mock provider; nothing to report.
        ctx.close();
    }
}

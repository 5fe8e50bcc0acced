package dev.cutover.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * The practical ceiling of an HTTP/1.1 server on this JVM: Netty's HTTP codec on one event loop (epoll where
 * available, like the mock), answering every request with the same fixed bytes once its body has arrived —
 * no parsing of the body, no journal, no JSON. Whatever the mock does beyond this is its own cost.
 */
final class CeilingServer implements AutoCloseable {
    private final OneLoopServer server;

    CeilingServer(byte[] body, String contentType) throws InterruptedException {
        ByteBuf bytes = Unpooled.unreleasableBuffer(Unpooled.directBuffer(body.length).writeBytes(body));
        server = new OneLoopServer(() -> new Answering(bytes, contentType));
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }

    /** Remembers keep-alive from the request line and headers, answers at the body's last part. */
    private static final class Answering extends SimpleChannelInboundHandler<HttpObject> {
        private final ByteBuf bytes;
        private final String contentType;
        private boolean keepAlive;

        Answering(ByteBuf bytes, String contentType) {
            this.bytes = bytes;
            this.contentType = contentType;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
            if (msg instanceof HttpRequest req) keepAlive = HttpUtil.isKeepAlive(req);
            if (!(msg instanceof LastHttpContent)) return;
            FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, bytes.duplicate());
            res.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType).setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.readableBytes());
            if (keepAlive) {
                ctx.writeAndFlush(res, ctx.voidPromise());
            } else {
                ctx.writeAndFlush(res).addListener(io.netty.channel.ChannelFutureListener.CLOSE);
            }
        }
    }
}

package dev.cutover.mock;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mock's HTTP/1.1 transport on Netty: a few event-loop threads (system property
 * {@code cutover.mock.ioThreads}, default half the cores) accept, read and time every answer,
 * whatever the number of open streams (the JDK HttpServer it replaced needed a sleeping thread per stream
 * and accepted on one dispatcher thread, which put milliseconds of scheduling noise into stream timings at
 * 200 concurrent streams on two cores). Native epoll where available, for sub-millisecond timers.
 */
final class MockServer implements AutoCloseable {
    /** Large enough for any embeddings batch a test sends; bigger bodies get a 413 from the aggregator. */
    private static final int MAX_BODY = 64 * 1024 * 1024;

    private final EventLoopGroup loops;
    private final ExecutorService mayBlock;
    private final ChannelGroup open = new DefaultChannelGroup("cutover-mock", GlobalEventExecutor.INSTANCE);
    private final Channel server;
    private final AtomicBoolean closed = new AtomicBoolean();

    MockServer(String host, int port, Front front, Lateness lateness) throws IOException {
        // Netty samples one buffer in 128 for leak tracking, with a stack trace each: a cost on the serving path for a
        // development aid. The mock's buffers are wrapped arrays with nothing to leak.
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channelType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        loops = new MultiThreadIoEventLoopGroup(Integer.getInteger("cutover.mock.ioThreads", ioThreads()),
                new DefaultThreadFactory("cutover-mock-io", true), io);
        AtomicInteger n = new AtomicInteger();
        mayBlock = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cutover-mock-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ServerBootstrap bootstrap = new ServerBootstrap().group(loops).channel(channelType)
                .option(ChannelOption.SO_BACKLOG, 4096)
                // Without TCP_NODELAY each small SSE event waits for the previous one's delayed ACK.
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        open.add(ch);
                        serve(ch.pipeline(), front, mayBlock, lateness);
                    }
                });
        try {
            server = bootstrap.bind(new InetSocketAddress(host, port)).sync().channel();
        } catch (Exception e) {
            close();
            throw e instanceof IOException io2 ? io2 : new IOException(e.getMessage(), e);
        }
    }

    /** The handlers of one connection, in order: HTTP/1.1 in and out, whole requests, the exchange. */
    static void serve(ChannelPipeline pipeline, Front front, Executor mayBlock, Lateness lateness) {
        pipeline.addLast(new HttpServerCodec(new HttpDecoderConfig()
                        .setMaxInitialLineLength(16 * 1024).setMaxHeaderSize(64 * 1024)),
                new HttpServerExpectContinueHandler(),
                new HttpObjectAggregator(MAX_BODY),
                new ExchangeHandler(front, mayBlock, lateness));
    }

    /**
     * Half the cores, at least one: the mock shares the machine with the gateway under test and the client,
     * and one loop plays 200 streams with room to spare. On two cores, one loop instead of two kept the
     * 200-stream p99 under 2 ms in 3 runs of 3 (two loops: 1 of 3) at the same throughput (docs/benchmark.md).
     */
    private static int ioThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) server.localAddress();
    }

    /** Drops every open connection (streams in flight end as resets) and stops the threads. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) return;
        if (server != null) server.close().syncUninterruptibly();
        open.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        mayBlock.shutdownNow();
    }
}

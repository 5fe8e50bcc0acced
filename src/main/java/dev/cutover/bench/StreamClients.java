package dev.cutover.bench;

import dev.cutover.http.Http1Response;
import dev.cutover.wire.SseReader;
import dev.cutover.wire.Tokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Many streaming clients on one thread: each on its own kept-alive connection, driven by one NIO selector.
 * Every read is stamped with {@link System#nanoTime()} as it comes off the socket, so a token's arrival is
 * when the bytes arrived, not when a thread got round to parsing them. One thread instead of one per
 * client keeps the measuring side from adding scheduling noise of its own to what it measures.
 */
final class StreamClients {
    /** @param tokens per stream, in order of clients then streams: token arrivals (ns since its request was written), null if it failed */
    record Outcome(long[][] tokens, int peakOpen) {}

    private final byte[] request;
    private final int perClient;
    private final ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
    /**
     * Where each read is copied for parsing; one for all streams (they are read on one thread). A buffer per stream
     * made the client allocate 64 KB per stream, and the collector cycles that garbage caused ran on a core the mock
     * needed: they showed up as tens of milliseconds of lateness in what was being measured.
     */
    private final byte[] chunk = new byte[64 * 1024];
    private final Selector selector;
    /** Per stream, its completed reading; token arrivals are worked out after the run, not while reading. */
    private final Response[] done;
    private int open;
    private int peakOpen;
    private int finished;

    private StreamClients(byte[] request, int clients, int perClient) throws IOException {
        this.request = request;
        this.perClient = perClient;
        this.selector = Selector.open();
        this.done = new Response[clients * perClient];
    }

    /**
     * @param startsNanos when each client connects, as offsets from now; a client then runs its streams back to back
     * @param limitNanos  the whole run stops after this, whatever is still open (counted as failed)
     */
    static Outcome run(URI origin, byte[] request, long[] startsNanos, int perClient, long limitNanos) throws IOException {
        StreamClients c = new StreamClients(request, startsNanos.length, perClient);
        try {
            c.loop(new InetSocketAddress(origin.getHost(), origin.getPort()), startsNanos, limitNanos);
        } finally {
            for (SelectionKey k : c.selector.keys()) k.channel().close();
            c.selector.close();
        }
        long[][] tokens = new long[c.done.length][];
        for (int i = 0; i < tokens.length; i++) tokens[i] = c.done[i] == null ? null : c.done[i].arrivals();
        return new Outcome(tokens, c.peakOpen);
    }

    private void loop(InetSocketAddress address, long[] startsNanos, long limitNanos) throws IOException {
        long t0 = System.nanoTime();
        int[] order = IntStream.range(0, startsNanos.length).boxed()
                .sorted(Comparator.comparingLong(i -> startsNanos[i])).mapToInt(Integer::intValue).toArray();
        int started = 0;
        while (finished < startsNanos.length && System.nanoTime() - t0 < limitNanos) {
            long now = System.nanoTime() - t0;
            while (started < order.length && startsNanos[order[started]] <= now) connect(address, order[started++]);
            long untilNext = started < order.length ? startsNanos[order[started]] - now : limitNanos - now;
            selector.select(Math.max(1, untilNext / 1_000_000));
            long at = System.nanoTime();
            for (SelectionKey key : selector.selectedKeys()) {
                Client c = (Client) key.attachment();
                try {
                    if (key.isConnectable() && c.channel.finishConnect()) send(c, key);
                    else if (key.isReadable()) read(c, key, at);
                } catch (IOException broken) {
                    end(c, key);
                }
            }
            selector.selectedKeys().clear();
        }
    }

    private void connect(InetSocketAddress address, int client) throws IOException {
        SocketChannel ch = SocketChannel.open();
        ch.configureBlocking(false);
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        ch.connect(address);
        ch.register(selector, SelectionKey.OP_CONNECT, new Client(client, ch));
        peakOpen = Math.max(peakOpen, ++open);
    }

    /** Writes the next request (small: one write on loopback, else the stream counts as failed) and starts its clock. */
    private void send(Client c, SelectionKey key) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(request);
        c.response = new Response(System.nanoTime());
        c.channel.write(out);
        if (out.hasRemaining()) throw new IOException("request not written in one go");
        key.interestOps(SelectionKey.OP_READ);
    }

    private void read(Client c, SelectionKey key, long at) throws IOException {
        in.clear();
        int n = c.channel.read(in);
        if (n < 0) throw new IOException("closed by the server");
        in.flip();
        c.response.accept(in, chunk, at);
        if (!c.response.complete()) return;
        done[c.index * perClient + c.streams] = c.response;
        if (++c.streams < perClient) send(c, key);
        else end(c, key);
    }

    private void end(Client c, SelectionKey key) throws IOException {
        key.cancel();
        c.channel.close();
        open--;
        finished++;
    }

    private static final class Client {
        final int index;
        final SocketChannel channel;
        int streams;
        Response response;

        Client(int index, SocketChannel channel) {
            this.index = index;
            this.channel = channel;
        }
    }

    /**
     * One stream's response: a 200 head (anything else fails the stream), then its body bytes, kept with the moment each
     * read brought them. The SSE events are read from them after the run: splitting lines and making strings per event
     * while 50,000 events a second arrive took a third of a core from the two the mock runs on.
     */
    private static final class Response {
        private final long writtenAt;
        private final Http1Response http;
        private byte[] body = new byte[2048];
        private int length;
        /** Per read that carried body bytes: where its bytes end in {@code body}, and when they arrived. */
        private int[] ends = new int[64];
        private long[] stamps = new long[64];
        private int reads;

        Response(long writtenAt) {
            this.writtenAt = writtenAt;
            this.http = new Http1Response(this::keep);
        }

        private void keep(byte[] bytes, int offset, int n, long at) {
            if (length + n > body.length) body = Arrays.copyOf(body, Math.max(body.length * 2, length + n));
            System.arraycopy(bytes, offset, body, length, n);
            length += n;
            if (reads > 0 && stamps[reads - 1] == at) {
                ends[reads - 1] = length;
                return;
            }
            if (reads == ends.length) {
                ends = Arrays.copyOf(ends, reads * 2);
                stamps = Arrays.copyOf(stamps, reads * 2);
            }
            ends[reads] = length;
            stamps[reads++] = at;
        }

        void accept(ByteBuffer in, byte[] chunk, long at) throws IOException {
            int n = in.remaining();
            in.get(chunk, 0, n);
            http.feed(chunk, 0, n, at);
            if (http.headersDone() && http.status() != 200) throw new IOException("HTTP " + http.status());
        }

        boolean complete() {
            return http.complete();
        }

        /** Each token event's arrival: the body replayed read by read, with the stamps it arrived with. */
        long[] arrivals() {
            SseReader tokens = new SseReader(writtenAt);
            int from = 0;
            for (int i = 0; i < reads; i++) {
                tokens.feed(body, from, ends[i] - from, stamps[i]);
                from = ends[i];
            }
            tokens.end();
            return Tokens.arrivalNanos(tokens.events());
        }
    }
}

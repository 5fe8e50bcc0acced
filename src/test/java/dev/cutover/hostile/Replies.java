package dev.cutover.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The answers a hostile server gives when it behaves: enough for the preflight and for "elsewhere". */
final class Replies {
    static final String MODELS = "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":\"model\","
            + "\"created\":1700000000,\"owned_by\":\"hostile\"}]}";

    private Replies() {}

    static void ok(OutputStream out, HostileServer.Request r) throws IOException {
        json(out, 200, MODELS);
    }

    static void json(OutputStream out, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        HostileServer.write(out, "HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + b.length
                + "\r\n\r\n");
        out.write(b);
        out.flush();
    }

    static String chunk(String data) {
        int n = data.getBytes(StandardCharsets.UTF_8).length;
        return Integer.toHexString(n) + "\r\n" + data + "\r\n";
    }

    static String event(String text) {
        return "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":null}]}\n\n";
    }
}

package dev.cutover.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The answers a hostile server gives when it behaves: enough for the preflight and for "elsewhere". */
final class Replies {
    static final String MODELS = "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":\"model\","
            + "\"created\":1700000000,\"owned_by\":\"hostile\"}]}";

    /** A whole, valid chat completion: what a mode that breaks only its framing or coding carries. */
    static final String COMPLETION = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,"
            + "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi\","
            + "\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4}}";
    private static byte[] bomb;

    private Replies() {}

    /** gzip of 300 MiB of one letter inside a JSON string: a few hundred KiB on the wire. Made once. */
    static synchronized byte[] bomb() throws IOException {
        if (bomb == null) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(b)) {
                z.write("{\"x\":\"".getBytes(StandardCharsets.US_ASCII));
                byte[] block = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < (300 << 20) / block.length; i++) z.write(block);
                z.write("\"}".getBytes(StandardCharsets.US_ASCII));
            }
            bomb = b.toByteArray();
        }
        return bomb;
    }

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

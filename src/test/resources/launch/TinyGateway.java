import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in gateway for the launch tests, run as a single-file Java program: it listens on the port given,
 * answers every path with the config file it was started with (as rendered into the run's folder), prints the
 * key from its environment as a careless gateway would, and exits with code 7 on a chat completion — a gateway
 * that one request kills.
 */
public class TinyGateway {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path config = Path.of(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/chat/completions")) {
                System.out.println("a chat completion: exiting");
                System.out.flush();
                Runtime.getRuntime().halt(7);
            }
            byte[] body = Files.readAllBytes(config);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("tiny gateway on port " + port + " with key " + System.getenv("GATEWAY_KEY"));
        System.out.flush();
    }
}

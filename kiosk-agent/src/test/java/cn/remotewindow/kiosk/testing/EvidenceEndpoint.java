package cn.remotewindow.kiosk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the server's evidence endpoint ({@code POST /api/verifications/{id}/evidence},
 * docs/http-api.md) on 127.0.0.1 with the JDK's HTTP server: it keeps every upload (path, bearer
 * token, parsed JSON) and answers 202, or whatever status and problem code a test sets.
 */
public final class EvidenceEndpoint implements AutoCloseable {

    /** One request as it arrived. */
    public record Upload(String method, String path, String authorization, String contentType, JsonNode body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private volatile int status = 202;
    private volatile String code;

    public EvidenceEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "evidence-endpoint");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** Where the server is: the kiosk's {@code server.http-url}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers every upload from now on with this status and problem code (code null: no problem body). */
    public void answer(int newStatus, String newCode) {
        status = newStatus;
        code = newCode;
    }

    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode json = null;
            try {
                json = JSON.readTree(body);
            } catch (RuntimeException e) {
                // kept as null: the test sees it was not JSON
            }
            uploads.add(new Upload(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), json));
            String path = exchange.getRequestURI().getPath();
            String answer = status == 202
                    ? "{\"verificationId\":\"" + path.split("/")[3] + "\",\"result\":\"CHECKING\"}"
                    : code == null ? "{}" : "{\"title\":\"Refused\",\"status\":" + status + ",\"code\":\"" + code
                            + "\",\"detail\":\"refused by the test\"}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    status == 202 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

package cn.remotewindow.kiosk.agent;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for the server's case-file endpoints on 127.0.0.1 (the JDK's HTTP server): keeps every
 * request as it came, answers each with the next scripted status (then 202 for POSTs), and serves
 * a receipt PDF on GET.
 */
final class CaseFileEndpoint implements AutoCloseable {

    record Request(String method, String path, String authorization, String contentType, byte[] body) {
    }

    static final byte[] RECEIPT = "%PDF-1.4\n% a receipt for the test\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();

    CaseFileEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "casefile-endpoint");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next answers, in order; after them every POST gets 202 (pictures) and every GET the receipt. */
    synchronized void answer(Integer... statuses) {
        script.addAll(List.of(statuses));
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        Integer scripted;
        synchronized (this) {
            scripted = script.poll();
        }
        boolean get = "GET".equals(exchange.getRequestMethod());
        int status = scripted != null ? scripted : get ? 200 : exchange.getRequestURI().getPath().endsWith("/signature") ? 201 : 202;
        byte[] answer = get && status == 200 ? RECEIPT : "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().set("Content-Type", get && status == 200 ? "application/pdf" : "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

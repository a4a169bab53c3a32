package cn.remotewindow.signaling.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's public HTTP API as a client outside the process sees it (docs/http-api.md): sign-in,
 * signaling tickets, the expert's and the auditor's session views. Plain java.net.http, one request per connection
 * as the server asks (server.netty.max-keep-alive-requests=1).
 */
public final class WindowApi {

    /** A signaling ticket and the WebSocket URL it is good for. */
    public record Ticket(String token, URI url) {
    }

    /** An HTTP answer: status and body as JSON (null when the body is empty). */
    public record Answer(int status, JsonNode body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public WindowApi(String base) {
        this.base = base;
    }

    /** POST /api/auth/expert: the access token. */
    public String expertToken(String username, String password) {
        return signIn("/api/auth/expert", Map.of("username", username, "password", password));
    }

    /** POST /api/auth/admin: an auditor's access token (role ADMIN). */
    public String adminToken(String username, String password) {
        return signIn("/api/auth/admin", Map.of("username", username, "password", password));
    }

    /** POST /api/auth/kiosk: the access token. */
    public String kioskToken(String kioskId, String secret) {
        return signIn("/api/auth/kiosk", Map.of("kioskId", kioskId, "secret", secret));
    }

    /** POST /api/signaling/ticket: a single-use ticket for one WebSocket connection. */
    public Ticket ticket(String accessToken) {
        Answer answer = send(HttpRequest.newBuilder(URI.create(base + "/api/signaling/ticket"))
                .header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.noBody()));
        JsonNode body = expectOk(answer, "ticket");
        return new Ticket(body.get("ticket").asString(), URI.create(body.get("url").asString()));
    }

    /** GET /api/sessions/{id} as the expert holding the token: 200 with the session and its events, or 404. */
    public Answer session(String accessToken, String sessionId) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + sessionId))
                .header("Authorization", "Bearer " + accessToken)
                .GET());
    }

    /** GET /api/admin/sessions/{id} as an auditor: the session with its timeline and its chain status. */
    public Answer adminSession(String accessToken, String sessionId) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/admin/sessions/" + sessionId))
                .header("Authorization", "Bearer " + accessToken)
                .GET());
    }

    private String signIn(String path, Map<String, String> credentials) {
        Answer answer = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(credentials))));
        return expectOk(answer, "sign-in at " + path).get("accessToken").asString();
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode expectOk(Answer answer, String what) {
        if (answer.status() != 200 || answer.body() == null) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }
}

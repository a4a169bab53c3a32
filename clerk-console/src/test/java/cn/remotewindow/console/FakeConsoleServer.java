package cn.remotewindow.console;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.WebSocketRoute;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * The server side of the console faked inside the browser context, for tests of the console alone
 * (no signaling server, no kiosk): Playwright answers the page's HTTP requests (the console's own
 * static files from the test classpath, sign-in, ticket, the verification and its images) and
 * plays the signaling server on its WebSocket. The test pushes server messages with {@link #push}
 * and sees what the page sent in {@link #fromPage()} and which HTTP requests it made in
 * {@link #requests()}. Replies to a type can be replaced with {@link #reply}.
 *
 * <p>Playwright runs the route handlers only while some call of it is under way (a click, an
 * evaluate, a wait): wait in the page (or through the test hook), not on these lists alone.
 */
final class FakeConsoleServer {

    static final String ORIGIN = "http://localhost:18931";
    static final String WS_URL = "ws://localhost:18931/signal";
    static final String TOKEN = "fake-access-token-zhangwei";
    static final String SESSION = "6f0c1e7a-2b7d-4c1e-9a51-0d6f7f3b9e21";

    /** One HTTP request of the page: method, path with query, and its Authorization header (or null). */
    record Request(String method, String path, String authorization) {
    }

    private static final Gson GSON = new GsonBuilder().serializeNulls().create();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<JsonObject> fromPage = new CopyOnWriteArrayList<>();
    private final Map<String, Function<JsonObject, List<JsonObject>>> replies = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> verifications = new ConcurrentHashMap<>();
    private volatile WebSocketRoute socket;
    /** The checklist of 户籍迁移 as the fake keeps it (marks change it). */
    final List<JsonObject> materials = new CopyOnWriteArrayList<>(List.of(
            material("ID-CARD", "居民身份证", true, 1, 0, false),
            material("HUKOU-BOOK", "居民户口簿", true, 1, 0, false),
            material("RESIDENCE-PROOF", "合法稳定住所证明", true, 1, 1, true),
            material("KINSHIP-PROOF", "亲属关系证明", false, 1, 0, false)));
    private int documentCounter;
    private int verificationCounter;

    FakeConsoleServer(BrowserContext context) {
        System.setProperty("java.awt.headless", "true");
        context.route(url -> url.startsWith(ORIGIN + "/"), this::http);
        context.routeWebSocket(WS_URL, this::connected);
        reply("auth", m -> List.of(envelope("auth.ok", m, null, GSON.fromJson("""
                {"role":"EXPERT","id":"zhangwei","displayName":"张伟","skills":["PSB","PSB-HJQY"],"heartbeatSeconds":15}""",
                JsonObject.class), "serverTime", System.currentTimeMillis())));
        reply("presence.set", m -> List.of(envelope("presence.state", m, null, body("state", m.getAsJsonObject("body").get("state").getAsString()))));
        reply("ring.accept", m -> List.of(
                envelope("session.established", m, SESSION, GSON.fromJson("""
                        {"sdpRole":"ANSWERER","peer":{"role":"KIOSK","id":"kiosk-hongqi-01","displayName":"红旗区政务服务中心 1 号机","district":"红旗区"},
                         "iceServers":[],"request":%s}""".formatted(REQUEST), JsonObject.class)),
                envelope("session.state", null, SESSION, body("phase", "ACTIVE"))));
        reply("verify.start", m -> {
            String id = "v-" + (++verificationCounter);
            return List.of(envelope("verify.state", m, SESSION, verifyState(id, "REQUESTED")));
        });
        reply("materials.mark", m -> {
            JsonObject b = m.getAsJsonObject("body");
            for (JsonObject material : materials) {
                if (material.get("code").getAsString().equals(b.get("materialCode").getAsString())) {
                    material.add("status", b.get("status"));
                    material.add("promisedDate", b.has("promisedDate") ? b.get("promisedDate") : null);
                }
            }
            return List.of(envelope("materials.state", m, SESSION, materialsState()));
        });
        reply("document.request", m -> {
            JsonObject state = documentState("d-" + (++documentCounter), m.getAsJsonObject("body").get("materialCode")
                    .getAsString(), "REQUESTED", 0);
            return List.of(envelope("document.state", m, SESSION, state));
        });
        reply("document.review", m -> {
            JsonObject b = m.getAsJsonObject("body");
            boolean accept = b.get("decision").getAsString().equals("ACCEPT");
            JsonObject state = documentState(b.get("documentId").getAsString(), "HUKOU-BOOK", accept ? "ACCEPTED" : "REJECTED", 1);
            if (!accept) {
                state.add("reason", b.get("reason"));
                return List.of(envelope("document.state", m, SESSION, state));
            }
            // As the server does: the accepted document's material is received.
            materials.stream().filter(x -> x.get("code").getAsString().equals("HUKOU-BOOK"))
                    .forEach(x -> x.addProperty("status", "RECEIVED"));
            return List.of(envelope("document.state", m, SESSION, state),
                    envelope("materials.state", null, SESSION, materialsState()));
        });
        reply("outcome.submit", m -> List.of(envelope("outcome.recorded", m, SESSION, GSON.fromJson(
                "{\"outcome\":%s,\"recordedAt\":%d}".formatted(m.getAsJsonObject("body").get("outcome"),
                        System.currentTimeMillis()), JsonObject.class))));
        reply("closing.request", m -> List.of(envelope("error", m, SESSION, GSON.fromJson(
                "{\"code\":\"INVALID_STATE\",\"message\":\"record the outcome first (outcome.submit)\"}", JsonObject.class))));
        reply("verify.review", m -> {
            JsonObject b = m.getAsJsonObject("body");
            JsonObject state = verifyState(b.get("verificationId").getAsString(), "CLOSED");
            state.add("decision", b.get("decision"));
            state.add("method", b.get("method"));
            return List.of(envelope("verify.state", m, SESSION, state));
        });
    }

    static final String REQUEST = """
            {"kioskId":"kiosk-hongqi-01","kioskName":"红旗区政务服务中心 1 号机","district":"红旗区","skill":"PSB-HJQY",
             "itemCode":"PSB-HJQY","priority":"NORMAL","requestedAt":%d}""".formatted(System.currentTimeMillis());

    // ------------------------------------------------------------------ what the test does

    /** Sends a server message to the page. */
    void push(JsonObject envelope) {
        socket.send(GSON.toJson(envelope));
    }

    void push(String type, String sessionId, JsonObject body) {
        push(envelope(type, null, sessionId, body));
    }

    /** Rings the page for {@link #SESSION}. */
    void ring() {
        push("ring", SESSION, GSON.fromJson("""
                {"request":%s,"deadline":%d,"timeoutSeconds":20}""".formatted(REQUEST, System.currentTimeMillis() + 20000),
                JsonObject.class));
    }

    /** Replaces the answer to a message type: the function gets the page's envelope and returns the replies. */
    void reply(String type, Function<JsonObject, List<JsonObject>> answer) {
        replies.put(type, answer);
    }

    /** What GET /api/verifications/{id} answers for this verification (404 for unknown ones). */
    void verification(String id, JsonObject details) {
        verifications.put(id, details);
    }

    List<JsonObject> fromPage() {
        return List.copyOf(fromPage);
    }

    List<JsonObject> fromPage(String type) {
        return fromPage.stream().filter(m -> type.equals(m.get("type").getAsString())).toList();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requestsUnder(String prefix) {
        return requests.stream().filter(r -> r.path().startsWith(prefix)).toList();
    }

    static JsonObject material(String code, String name, boolean required, int originals, int copies, boolean deferrable) {
        JsonObject m = new JsonObject();
        m.addProperty("code", code);
        m.addProperty("name", name);
        m.addProperty("nameEn", code);
        m.addProperty("required", required);
        m.addProperty("originals", originals);
        m.addProperty("copies", copies);
        m.addProperty("deferrable", deferrable);
        m.addProperty("status", "UNMARKED");
        m.add("documentIds", new com.google.gson.JsonArray());
        return m;
    }

    JsonObject materialsState() {
        JsonObject state = new JsonObject();
        state.addProperty("itemCode", "PSB-HJQY");
        com.google.gson.JsonArray list = new com.google.gson.JsonArray();
        materials.forEach(list::add);
        state.add("materials", list);
        return state;
    }

    private JsonObject caseFileView() {
        JsonObject view = materialsState();
        view.addProperty("sessionId", SESSION);
        view.add("documents", new com.google.gson.JsonArray());
        view.add("closing", null);
        return view;
    }

    static JsonObject documentState(String id, String material, String phase, int attempt) {
        JsonObject body = new JsonObject();
        body.addProperty("documentId", id);
        body.addProperty("materialCode", material);
        body.addProperty("phase", phase);
        body.addProperty("attempt", attempt);
        if (attempt > 0) {
            body.addProperty("sha256", "3f2a9c0d4e5b6a7081928374655647382910abcdefabcdefabcdefabcdefabcd");
            body.addProperty("bytes", 1843221);
            body.addProperty("width", 2400);
            body.addProperty("height", 1800);
            body.addProperty("imagePath", "/api/sessions/" + SESSION + "/documents/" + id + "/image");
        }
        return body;
    }

    static JsonObject verifyState(String id, String phase) {
        JsonObject body = new JsonObject();
        body.addProperty("verificationId", id);
        body.addProperty("phase", phase);
        return body;
    }

    static JsonObject error(JsonObject answered, String code) {
        return envelope("error", answered, null, body("code", code));
    }

    static JsonObject body(String name, Object value) {
        JsonObject body = new JsonObject();
        body.add(name, GSON.toJsonTree(value));
        return body;
    }

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** An envelope; with `answered`, it carries that message's id (a reply). */
    static JsonObject envelope(String type, JsonObject answered, String sessionId, JsonObject body) {
        JsonObject e = new JsonObject();
        e.addProperty("v", 1);
        e.addProperty("type", type);
        if (answered != null && answered.has("id")) {
            e.add("id", answered.get("id"));
        }
        if (sessionId != null) {
            e.addProperty("sessionId", sessionId);
        }
        e.add("body", body == null ? new JsonObject() : body);
        return e;
    }

    private static JsonObject envelope(String type, JsonObject answered, String sessionId, JsonObject body, String extraName, long extra) {
        JsonObject e = envelope(type, answered, sessionId, body);
        e.getAsJsonObject("body").addProperty(extraName, extra);
        return e;
    }

    /**
     * Details of a decided verification as docs/http-api.md shows them: twelve frames, best frame 3,
     * thresholds {pass 0.60, reviewFloor 0.45}, a card valid for life with the number masked.
     */
    static JsonObject decidedDetails(String id, String verdict, double similarity) {
        JsonArray frames = new JsonArray();
        long t0 = System.currentTimeMillis() - 20000;
        for (int i = 0; i < 12; i++) {
            JsonObject f = json(String.format(Locale.ROOT, """
                    {"index":%d,"sha256":"%064d","capturedAt":%d,"faces":1,"yaw":%.1f,"pitch":-1.0,"issues":%s,"similarity":%.2f}""",
                    i, i, t0 + i * 400L, (i - 6) * 4.0, i == 11 ? "[\"BLURRED\"]" : "[]", similarity - 0.01 * Math.abs(3 - i)));
            frames.add(f);
        }
        JsonObject details = json(String.format(Locale.ROOT, """
                {"verificationId":"%s","sessionId":"%s","kioskId":"kiosk-hongqi-01","expertId":"zhangwei",
                 "phase":"DECIDED","consent":"GIVEN","consentAt":"2026-11-22T09:10:03Z",
                 "card":{"name":"王芳","sex":"FEMALE","birthDate":"1949-12-31","idNumberMasked":"110***********002X",
                         "validFrom":"2016-03-01","validUntil":null},
                 "challenge":{"steps":["NOD","TURN_LEFT","TURN_RIGHT"],"issuedAt":"2026-11-22T09:10:04Z","deadline":"2026-11-22T09:11:34Z"},
                 "machine":{"verdict":"%s","reasons":[{"code":"SIMILARITY_BORDERLINE","zh":"相似度处于临界区间（服务器）","en":"Borderline similarity (server)"}],
                            "similarity":%.2f,"bestFrame":3,"thresholds":{"pass":0.60,"reviewFloor":0.45,"sameSubjectFloor":0.40},
                            "liveness":{"passed":true,"problems":[]},"models":[{"id":"yunet-2023mar","sha256":"8f23"}],"elapsedMillis":180},
                 "review":null}""", id, SESSION, verdict, similarity));
        details.add("frames", frames);
        return details;
    }

    // ------------------------------------------------------------------ the fake

    private void connected(WebSocketRoute ws) {
        socket = ws;
        ws.onMessage(frame -> {
            JsonObject message = JsonParser.parseString(frame.text()).getAsJsonObject();
            fromPage.add(message);
            Function<JsonObject, List<JsonObject>> answer = replies.get(message.get("type").getAsString());
            if (answer != null) {
                for (JsonObject reply : answer.apply(message)) {
                    ws.send(GSON.toJson(reply));
                }
            }
        });
    }

    private void http(Route route) {
        String url = route.request().url();
        String path = URI.create(url).getRawPath() + (URI.create(url).getRawQuery() == null ? "" : "?" + URI.create(url).getRawQuery());
        String method = route.request().method();
        requests.add(new Request(method, path, route.request().headers().get("authorization")));
        if (path.startsWith("/console/")) {
            staticFile(route, path.substring("/console/".length()));
        } else if (path.equals("/api/auth/expert") && method.equals("POST")) {
            json(route, 200, """
                    {"accessToken":"%s","tokenType":"Bearer","expiresAt":"2099-01-01T00:00:00Z",
                     "expert":{"id":"zhangwei","displayName":"张伟","skills":["PSB","PSB-HJQY"]}}""".formatted(TOKEN));
        } else if (!("Bearer " + TOKEN).equals(route.request().headers().get("authorization"))) {
            json(route, 401, "{\"code\":\"UNAUTHORIZED\"}");
        } else if (path.equals("/api/signaling/ticket")) {
            json(route, 200, "{\"ticket\":\"ticket\",\"expiresAt\":\"2099-01-01T00:00:00Z\",\"url\":\"%s\"}".formatted(WS_URL));
        } else if (path.startsWith("/api/sessions/mine")) {
            json(route, 200, "{\"sessions\":[]}");
        } else if (path.startsWith("/api/sessions/" + SESSION + "/")) {
            caseFileRequest(route, path.substring(("/api/sessions/" + SESSION + "/").length()));
        } else if (path.startsWith("/api/verifications/")) {
            verificationRequest(route, path.substring("/api/verifications/".length()));
        } else {
            json(route, 404, "{\"code\":\"NOT_FOUND\"}");
        }
    }

    /** The case file of {@link #SESSION}: its JSON, document pictures (a real JPEG), the receipt (a real PDF). */
    private void caseFileRequest(Route route, String rest) {
        if (rest.equals("case-file")) {
            json(route, 200, GSON.toJson(caseFileView()));
        } else if (rest.startsWith("documents/") && rest.contains("/image")) {
            jpeg(route, 2400, 1800);
        } else if (rest.startsWith("receipt")) {
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("application/pdf")
                    .setHeaders(Map.of("Cache-Control", "no-store")).setBodyBytes(MINIMAL_PDF.getBytes(StandardCharsets.US_ASCII)));
        } else {
            json(route, 404, "{\"code\":\"NOT_FOUND\"}");
        }
    }

    /** A valid one-page PDF, small enough to write out (the receipt's own rendering is tested in signaling-server). */
    static final String MINIMAL_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";

    private static void jpeg(Route route, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x6E655C));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xFAF8F0));
        g.fillRect(width / 10, height / 12, width * 8 / 10, height * 10 / 12);
        g.setColor(new Color(0x28283C));
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, height / 16));
        g.drawString("HOUSEHOLD REGISTER", width / 7, height / 5);
        for (int y = height / 3; y < height * 5 / 6; y += height / 14) {
            g.fillRect(width / 7, y, width * 5 / 7, 4);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("image/jpeg")
                .setHeaders(Map.of("Cache-Control", "no-store")).setBodyBytes(out.toByteArray()));
    }

    private void verificationRequest(Route route, String rest) {
        String[] parts = rest.split("/");
        JsonObject details = verifications.get(parts[0]);
        if (details == null) {
            json(route, 404, "{\"code\":\"VERIFICATION_UNKNOWN\"}");
        } else if (parts.length == 1) {
            json(route, 200, GSON.toJson(details));
        } else if (parts.length == 2 && parts[1].equals("card-photo")) {
            png(route, 358, 441, new Color(0xC9D6E3));
        } else if (parts.length == 3 && parts[1].equals("frames")) {
            png(route, 640, 480, new Color(0x3A5F85));
        } else {
            json(route, 404, "{\"code\":\"NOT_FOUND\"}");
        }
    }

    private static void json(Route route, int status, String body) {
        route.fulfill(new Route.FulfillOptions().setStatus(status)
                .setContentType(status < 300 ? "application/json" : "application/problem+json").setBody(body));
    }

    private static void png(Route route, int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xF2D1B3));
        g.fillOval(width / 4, height / 6, width / 2, height * 2 / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("image/png")
                .setHeaders(Map.of("Cache-Control", "no-store")).setBodyBytes(out.toByteArray()));
    }

    private static void staticFile(Route route, String file) {
        String name = file.isEmpty() ? "index.html" : file;
        try (InputStream in = FakeConsoleServer.class.getResourceAsStream("/static/console/" + name)) {
            if (in == null) {
                json(route, 404, "{\"code\":\"NOT_FOUND\"}");
                return;
            }
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".css") ? "text/css; charset=utf-8" : "application/octet-stream";
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType(type).setBodyBytes(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package cn.remotewindow.kiosk.link;

import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.identity.EvidenceOutcome;
import cn.remotewindow.kiosk.identity.EvidenceUpload;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of the server: sign in with the device credential, trade the access token for a
 * ticket, upload identity-verification evidence, read the service-item catalogue.
 */
public final class ServerApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The only address evidence goes to (docs/http-api.md), with the protocol's code syntax for the id. */
    private static final Pattern UPLOAD_PATH =
            Pattern.compile("/api/verifications/[A-Za-z0-9][A-Za-z0-9._-]{0,63}/evidence");

    private final URI base;
    private final KioskConfig.Device device;
    private final HttpClient http;
    private final CaseFileApi caseFile;
    private final JsonMapper json = JsonMapper.builder().build();

    public ServerApi(URI base, KioskConfig.Device device) {
        this.base = base;
        this.device = device;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.caseFile = new CaseFileApi(base);
    }

    /** A document picture, the signature or the receipt (docs/http-api.md, "The case file"). */
    public CaseFileReply caseFile(AccessToken access, CaseFileCall call) throws InterruptedException {
        return caseFile.exchange(access, call);
    }

    /**
     * The running service-item catalogue, or 304 when {@code etag} (the tag of the copy the kiosk
     * has, may be null) still names it.
     *
     * @throws InterruptedException when the calling thread is interrupted
     */
    public CatalogueReply catalogue(AccessToken access, String etag) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/catalogue"))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + access.token())
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new CatalogueReply(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                    response.body());
        } catch (IOException e) {
            return CatalogueReply.UNREACHABLE;
        }
    }

    public KioskConfig.Device device() {
        return device;
    }

    public AccessToken signIn() throws LinkException {
        String body = json.writeValueAsString(Map.of("kioskId", device.kioskId(), "secret", device.secret()));
        JsonNode answer = post("/api/auth/kiosk", body, null);
        JsonNode kiosk = answer.path("kiosk");
        return new AccessToken(text(answer, "accessToken"), Instant.parse(text(answer, "expiresAt")),
                kiosk.path("displayName").asString(""), kiosk.path("district").asString(""));
    }

    public Ticket ticket(AccessToken access) throws LinkException {
        JsonNode answer = post("/api/signaling/ticket", "", access.token());
        return new Ticket(text(answer, "ticket"), URI.create(text(answer, "url")));
    }

    /**
     * Uploads the evidence of a liveness challenge (docs/http-api.md) to {@code uploadPath}, which
     * must be the server's own evidence endpoint ({@code /api/verifications/{id}/evidence}): an
     * address from a message is never given the kiosk's token otherwise. Nothing of the body is
     * logged.
     *
     * @param timeout how long the whole request may take (the challenge's deadline bounds it)
     * @return {@link EvidenceOutcome#ACCEPTED}, or why not
     * @throws InterruptedException when the calling thread is interrupted (the verification was cancelled)
     */
    public EvidenceOutcome submitEvidence(AccessToken access, String uploadPath, EvidenceUpload upload, Duration timeout)
            throws InterruptedException {
        if (uploadPath == null || !UPLOAD_PATH.matcher(uploadPath).matches()) {
            return EvidenceOutcome.UPLOAD_PATH_REFUSED;
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve(uploadPath))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + access.token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(EvidenceJson.write(json, upload)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return EvidenceOutcome.UNREACHABLE;
        }
        int status = response.statusCode();
        if (status == 202 || status == 200) {
            return EvidenceOutcome.ACCEPTED;
        }
        EvidenceOutcome known = EvidenceOutcome.ofCode(problemCode(response.body()));
        if (known != null) {
            return known;
        }
        if (status == 401) {
            return EvidenceOutcome.TOKEN_REFUSED;
        }
        return status >= 500 ? EvidenceOutcome.SERVER_ERROR : EvidenceOutcome.REFUSED;
    }

    /** The {@code code} of a problem detail, or null. */
    private String problemCode(String body) {
        try {
            JsonNode code = json.readTree(body).get("code");
            return code != null && code.isString() ? code.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private JsonNode post(String path, String body, String bearer) throws LinkException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpTimeoutException e) {
            throw new LinkException(LinkProblem.UNREACHABLE, "cannot reach " + base + ": " + e, e);
        } catch (IOException e) {
            throw new LinkException(LinkProblem.UNREACHABLE, "connection to " + base + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException(LinkProblem.UNREACHABLE, "interrupted", e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new LinkException(LinkProblem.CREDENTIAL_REJECTED, path + " refused the kiosk (" + status + ")");
        }
        if (status == 429) {
            throw new LinkException(LinkProblem.THROTTLED, "too many failed sign-ins; the server asks to wait");
        }
        if (status != 200) {
            throw new LinkException(LinkProblem.SERVER_ERROR, path + " answered " + status + ": " + abbreviate(response.body()));
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new LinkException(LinkProblem.SERVER_ERROR, path + " answered something that is not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) throws LinkException {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new LinkException(LinkProblem.SERVER_ERROR, "the server's answer lacks '" + field + "'");
        }
        return value.asString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}

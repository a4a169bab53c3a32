package cn.remotewindow.kiosk.link;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The case file's HTTP endpoints for the kiosk: post a document picture or the signature as the raw
 * body, get the receipt PDF, each with the kiosk's bearer token. Only the case file's own paths are
 * called: a path from a message never gets the token otherwise.
 */
public final class CaseFileApi {

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final List<Pattern> PATHS = List.of(
            Pattern.compile("/api/sessions/" + ID + "/documents/" + ID + "/image"),
            Pattern.compile("/api/sessions/" + ID + "/closings/" + ID + "/signature"),
            Pattern.compile("/api/sessions/" + ID + "/receipt(\\?lang=en)?"));

    private final URI base;
    private final HttpClient http;

    public CaseFileApi(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
    }

    static boolean allowed(String path) {
        return path != null && PATHS.stream().anyMatch(p -> p.matcher(path).matches());
    }

    /** @throws InterruptedException when the calling thread is interrupted (the request was withdrawn) */
    public CaseFileReply exchange(AccessToken access, CaseFileCall call) throws InterruptedException {
        if (!allowed(call.path())) {
            return CaseFileReply.PATH_REFUSED;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.path()))
                .timeout(call.timeout())
                .header("Authorization", "Bearer " + access.token());
        if (call.body() != null) {
            request.header("Content-Type", call.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(call.body()));
        } else {
            request.header("Accept", call.contentType()).GET();
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new CaseFileReply(response.statusCode(), response.body());
        } catch (IOException e) {
            return CaseFileReply.UNREACHABLE;
        }
    }
}

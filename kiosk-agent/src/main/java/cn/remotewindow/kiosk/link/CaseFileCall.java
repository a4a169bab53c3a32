package cn.remotewindow.kiosk.link;

import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP exchange of the case file (docs/http-api.md, "The case file"): a document picture or the
 * signature posted as the raw body, or the receipt fetched. Nothing of the body is ever logged.
 *
 * @param body the picture or signature; null for a GET
 */
public record CaseFileCall(String method, String path, String contentType, byte[] body, Duration timeout) {

    public CaseFileCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(timeout, "timeout");
    }

    public static CaseFileCall post(String path, String contentType, byte[] body, Duration timeout) {
        return new CaseFileCall("POST", path, contentType, body, timeout);
    }

    public static CaseFileCall get(String path, String accept, Duration timeout) {
        return new CaseFileCall("GET", path, accept, null, timeout);
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + contentType + (body == null ? "" : ", " + body.length + " bytes") + ")";
    }
}

package cn.remotewindow.kiosk.link;

/**
 * The server's answer to {@code GET /api/catalogue} (docs/http-api.md): 200 with the catalogue's
 * JSON and its entity tag, 304 when the kiosk's copy is still the running one, another status, or
 * {@link #UNREACHABLE} (no answer: network, timeout, no access token).
 */
public record CatalogueReply(int status, String etag, byte[] body) {

    public static final CatalogueReply UNREACHABLE = new CatalogueReply(-1, null, new byte[0]);

    public boolean fresh() {
        return status == 200;
    }

    public boolean unchanged() {
        return status == 304;
    }

    @Override
    public String toString() {
        return "CatalogueReply[" + status + ", " + etag + ", " + body.length + " bytes]";
    }
}

package cn.remotewindow.signaling.casefile;

/** The HTTP paths of the case file (docs/http-api.md, "The case file"), in one place. */
public final class CasePaths {

    private CasePaths() {
    }

    /** POST (the kiosk's upload) and GET (the lead's view) of a document's picture. */
    public static String image(String sessionId, String documentId) {
        return "/api/sessions/" + sessionId + "/documents/" + documentId + "/image";
    }

    /** POST: the citizen's signature of a closing summary. */
    public static String signature(String sessionId, String closingId) {
        return "/api/sessions/" + sessionId + "/closings/" + closingId + "/signature";
    }

    /** GET: the receipt PDF of a signed session. */
    public static String receipt(String sessionId) {
        return "/api/sessions/" + sessionId + "/receipt";
    }
}

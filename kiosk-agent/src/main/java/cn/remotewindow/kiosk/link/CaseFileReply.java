package cn.remotewindow.kiosk.link;

/**
 * The server's answer to a {@link CaseFileCall}: the HTTP status and body, or {@link #UNREACHABLE}
 * (no answer at all: network, timeout, no access token), or {@link #PATH_REFUSED} (the path from the
 * message is not one of the case file's endpoints, so the kiosk's token was not sent).
 */
public record CaseFileReply(int status, byte[] body) {

    public static final CaseFileReply UNREACHABLE = new CaseFileReply(-1, new byte[0]);
    public static final CaseFileReply PATH_REFUSED = new CaseFileReply(-2, new byte[0]);

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "CaseFileReply[" + status + ", " + body.length + " bytes]";
    }
}

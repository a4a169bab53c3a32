package cn.remotewindow.kiosk.identity;

/**
 * What became of an evidence upload: accepted, or why not. The failures are the server's problem
 * codes (docs/http-api.md) and what can happen before the server answers; {@link #name()} is what
 * the kiosk reports as the {@code verify.problem} detail (a code, no personal data).
 */
public enum EvidenceOutcome {
    /** 202: the server took it; the decision follows on the WebSocket. */
    ACCEPTED(false),
    /** 400: not JSON of the expected shape, a field missing, bad base64, too many frames. */
    EVIDENCE_MALFORMED(false),
    /** 400: an image is not JPEG/PNG, too large, too small or corrupt. */
    IMAGE_REJECTED(false),
    /** 403: the verification belongs to another kiosk's session. */
    NOT_YOUR_VERIFICATION(false),
    /** 404: no such verification. */
    VERIFICATION_UNKNOWN(true),
    /** 409: the nonce is not this verification's challenge. */
    NONCE_MISMATCH(false),
    /** 409: not waiting for evidence (cancelled, already submitted, closed). */
    VERIFICATION_CLOSED(true),
    /** 410: after the challenge's deadline. */
    CHALLENGE_EXPIRED(true),
    /** 413: the body is too large. */
    EVIDENCE_TOO_LARGE(false),
    /** 422: the server's card checks failed; it closed the verification itself (KIOSK_PROBLEM). */
    CARD_REJECTED(true),
    /** 401: the access token was refused (run out, or the server's key changed). */
    TOKEN_REFUSED(false),
    /** Another refusal without a known code. */
    REFUSED(false),
    /** 5xx, or an answer that makes no sense. */
    SERVER_ERROR(false),
    /** No answer: the server cannot be reached, or it did not answer before the deadline. */
    UNREACHABLE(false),
    /** The challenge named an upload address that is not the server's evidence endpoint: nothing was sent. */
    UPLOAD_PATH_REFUSED(false);

    private final boolean closedByServer;

    EvidenceOutcome(boolean closedByServer) {
        this.closedByServer = closedByServer;
    }

    public boolean accepted() {
        return this == ACCEPTED;
    }

    /**
     * The server already closed (or never had) the verification: a {@code verify.problem} would only be
     * refused with VERIFICATION_CLOSED, so the kiosk sends none.
     */
    public boolean closedByServer() {
        return closedByServer;
    }

    /** The outcome of a problem code from the server, or null when the code is not one of the evidence endpoint's. */
    public static EvidenceOutcome ofCode(String code) {
        if (code == null) {
            return null;
        }
        for (EvidenceOutcome outcome : values()) {
            if (outcome.name().equals(code) && outcome.ordinal() <= CARD_REJECTED.ordinal() && outcome != ACCEPTED) {
                return outcome;
            }
        }
        return null;
    }
}

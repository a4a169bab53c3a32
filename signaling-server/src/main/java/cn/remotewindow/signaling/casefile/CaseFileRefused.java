package cn.remotewindow.signaling.casefile;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An HTTP request about a case file that is refused: a problem detail with a stable {@code code}
 * (docs/http-api.md, "The case file") and plain words. Nothing was recorded.
 */
public final class CaseFileRefused extends ErrorResponseException {

    private final String code;

    public CaseFileRefused(HttpStatus status, String code, String detail) {
        super(status, problem(status, code, detail), null);
        this.code = code;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    public String code() {
        return code;
    }

    public static CaseFileRefused documentUnknown() {
        return new CaseFileRefused(HttpStatus.NOT_FOUND, "DOCUMENT_UNKNOWN",
                "There is no such document request in an open session.");
    }

    public static CaseFileRefused notYourDocument() {
        return new CaseFileRefused(HttpStatus.FORBIDDEN, "NOT_YOUR_DOCUMENT",
                "This document belongs to a case another kiosk is serving.");
    }

    public static CaseFileRefused documentClosed(String phase) {
        return new CaseFileRefused(HttpStatus.CONFLICT, "DOCUMENT_CLOSED",
                "The document is not waiting for a picture (it is " + phase + ").");
    }

    public static CaseFileRefused noImage() {
        return new CaseFileRefused(HttpStatus.NOT_FOUND, "NO_IMAGE", "No picture of this document has arrived yet.");
    }

    public static CaseFileRefused malformed(String detail) {
        return new CaseFileRefused(HttpStatus.BAD_REQUEST, "DOCUMENT_MALFORMED", detail);
    }

    public static CaseFileRefused type(String allowed) {
        return new CaseFileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "DOCUMENT_TYPE",
                "Send the picture as " + allowed + ", the bytes of the image as the body.");
    }

    public static CaseFileRefused image(String detail) {
        return new CaseFileRefused(HttpStatus.BAD_REQUEST, "IMAGE_REJECTED", detail);
    }

    public static CaseFileRefused tooLarge(String code, long limit) {
        return new CaseFileRefused(HttpStatus.CONTENT_TOO_LARGE, code, "The picture is larger than " + limit
                + " bytes: take it again at a lower quality.");
    }

    public static CaseFileRefused closingUnknown() {
        return new CaseFileRefused(HttpStatus.NOT_FOUND, "CLOSING_UNKNOWN", "There is no such summary to sign.");
    }

    public static CaseFileRefused notYourClosing() {
        return new CaseFileRefused(HttpStatus.FORBIDDEN, "NOT_YOUR_CLOSING",
                "This summary belongs to a case another kiosk is serving.");
    }

    public static CaseFileRefused alreadySigned() {
        return new CaseFileRefused(HttpStatus.CONFLICT, "ALREADY_SIGNED",
                "The citizen has signed this summary already; the first signature stands.");
    }

    public static CaseFileRefused closingCancelled() {
        return new CaseFileRefused(HttpStatus.CONFLICT, "CLOSING_CANCELLED",
                "This summary was replaced or its session ended: sign the one the kiosk shows now.");
    }

    public static CaseFileRefused busy() {
        return new CaseFileRefused(HttpStatus.CONFLICT, "DOCUMENT_BUSY",
                "Another picture for this request is being stored; wait for its answer.");
    }

    public static CaseFileRefused notStored() {
        return new CaseFileRefused(HttpStatus.SERVICE_UNAVAILABLE, "NOT_STORED",
                "The picture could not be stored; nothing was kept. Send it again.");
    }

    public static CaseFileRefused noReceipt() {
        return new CaseFileRefused(HttpStatus.NOT_FOUND, "NO_RECEIPT",
                "There is no receipt for this session: the citizen has not signed a summary.");
    }

    public static CaseFileRefused receiptUnavailable(String why) {
        return new CaseFileRefused(HttpStatus.SERVICE_UNAVAILABLE, "RECEIPT_UNAVAILABLE",
                "Receipts cannot be printed on this server: " + why);
    }

    /** Several nodes: the node that runs the session did not answer the request sent on to it. */
    public static CaseFileRefused nodeUnreachable() {
        return new CaseFileRefused(HttpStatus.SERVICE_UNAVAILABLE, "CASE_NODE_UNREACHABLE",
                "The server that runs this call cannot be reached; try again in a few seconds.");
    }

    public static CaseFileRefused sessionUnknown() {
        return new CaseFileRefused(HttpStatus.NOT_FOUND, "SESSION_UNKNOWN", "There is no such session of yours.");
    }
}

package cn.remotewindow.signaling.verification;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An HTTP request about a verification that is refused: a problem detail with a stable
 * {@code code} (docs/http-api.md) and plain words. Nothing was recorded as a decision.
 */
public final class VerificationRefused extends ErrorResponseException {

    private final String code;

    public VerificationRefused(HttpStatus status, String code, String detail) {
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

    public VerificationRefused with(String property, List<String> values) {
        getBody().setProperty(property, values);
        return this;
    }

    public static VerificationRefused unknown() {
        return new VerificationRefused(HttpStatus.NOT_FOUND, "VERIFICATION_UNKNOWN", "There is no such verification.");
    }

    public static VerificationRefused notYours() {
        return new VerificationRefused(HttpStatus.FORBIDDEN, "NOT_YOUR_VERIFICATION",
                "This verification belongs to another kiosk's session.");
    }

    public static VerificationRefused closed() {
        return new VerificationRefused(HttpStatus.CONFLICT, "VERIFICATION_CLOSED",
                "This verification is not waiting for evidence: no consent yet, cancelled, already submitted or closed.");
    }

    public static VerificationRefused nonceMismatch() {
        return new VerificationRefused(HttpStatus.CONFLICT, "NONCE_MISMATCH",
                "The evidence names another challenge than this verification's: it is not accepted.");
    }

    public static VerificationRefused expired() {
        return new VerificationRefused(HttpStatus.GONE, "CHALLENGE_EXPIRED",
                "The challenge's deadline has passed; the expert can start a new verification.");
    }

    public static VerificationRefused malformed(String detail) {
        return new VerificationRefused(HttpStatus.BAD_REQUEST, "EVIDENCE_MALFORMED", detail);
    }

    public static VerificationRefused tooLarge(long limit) {
        return new VerificationRefused(HttpStatus.CONTENT_TOO_LARGE, "EVIDENCE_TOO_LARGE",
                "The evidence is larger than " + limit + " bytes.");
    }

    public static VerificationRefused image(String which, ImageRefusedException e) {
        return new VerificationRefused(HttpStatus.BAD_REQUEST, "IMAGE_REJECTED",
                which + ": " + e.getMessage() + " (" + e.problem() + ")");
    }

    public static VerificationRefused card(List<String> problems) {
        return new VerificationRefused(HttpStatus.UNPROCESSABLE_CONTENT, "CARD_REJECTED",
                "The ID card data cannot be used: " + String.join(", ", problems) + ".").with("problems", problems);
    }

    /** Several nodes: the node holding the verification did not answer the evidence sent on to it. */
    public static VerificationRefused holderUnreachable() {
        return new VerificationRefused(HttpStatus.SERVICE_UNAVAILABLE, "VERIFICATION_NODE_UNREACHABLE",
                "The server that runs this verification cannot be reached, so the evidence was not checked;"
                        + " the expert has to start the verification again.");
    }

    public static VerificationRefused busy() {
        return new VerificationRefused(HttpStatus.SERVICE_UNAVAILABLE, "JUDGE_BUSY",
                "The server is checking too many verifications at once; try again in a few seconds.");
    }
}

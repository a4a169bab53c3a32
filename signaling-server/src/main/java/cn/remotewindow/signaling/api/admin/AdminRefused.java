package cn.remotewindow.signaling.api.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An admin request that is refused: a problem detail with a stable {@code code} and plain words. */
public final class AdminRefused extends ErrorResponseException {

    public AdminRefused(HttpStatus status, String code, String detail) {
        super(status, problem(status, code, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    static AdminRefused badQuery(String detail) {
        return new AdminRefused(HttpStatus.BAD_REQUEST, "BAD_QUERY", detail);
    }

    static AdminRefused unknownSession() {
        return new AdminRefused(HttpStatus.NOT_FOUND, "SESSION_UNKNOWN", "There is no session with this id.");
    }

    static AdminRefused unknownVerification() {
        return new AdminRefused(HttpStatus.NOT_FOUND, "VERIFICATION_UNKNOWN", "There is no verification with this id.");
    }
}

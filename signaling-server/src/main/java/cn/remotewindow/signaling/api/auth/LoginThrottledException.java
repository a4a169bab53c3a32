package cn.remotewindow.signaling.api.auth;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 429 with Retry-After: too many failed sign-ins for one name. */
public final class LoginThrottledException extends ErrorResponseException {

    public LoginThrottledException(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-ins. Try again in " + describe(retryAfter) + "."), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
    }

    private static String describe(Duration wait) {
        long minutes = (wait.toSeconds() + 59) / 60;
        return minutes <= 1 ? "a minute" : minutes + " minutes";
    }
}

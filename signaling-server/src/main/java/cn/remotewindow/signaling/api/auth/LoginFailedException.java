package cn.remotewindow.signaling.api.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 401 with one text for an unknown name and a wrong password, so the answer does not tell which names exist. */
public final class LoginFailedException extends ErrorResponseException {

    public LoginFailedException(String what) {
        super(HttpStatus.UNAUTHORIZED,
                ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Wrong " + what + "."), null);
    }
}

package cn.remotewindow.signaling.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as a problem detail. The challenge names Bearer (RFC 6750), never Basic: there are no browser logins. */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter writer;

    ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean badToken = failure instanceof OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = badToken
                ? "The access token is invalid or has expired. Sign in again."
                : "This needs an access token: sign in and send it as 'Authorization: Bearer <token>'.";
        return writer.write(exchange, HttpStatus.UNAUTHORIZED, detail);
    }
}

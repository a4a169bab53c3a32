package cn.remotewindow.signaling.api;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Every error of the HTTP API as a problem detail (RFC 9457). Spring's base class already answers
 * the framework's own exceptions (404, 405, 415, and {@code ErrorResponseException}s such as a
 * failed sign-in); this adds the field list to validation errors, plain words for unreadable
 * bodies, and a 500 that never shows internals.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** One invalid field of a request body. */
    public record FieldProblem(String field, String message) {
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(
            WebExchangeBindException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<FieldProblem> errors = ex.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        ProblemDetail body = ex.getBody();
        body.setDetail("Some fields are missing or invalid.");
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, status, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(
            ServerWebInputException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        // The decoder's own message names Java types and parser positions: not for clients.
        if (ex.getCause() instanceof DecodingException) {
            ex.getBody().setDetail("The request body is missing or is not valid JSON for this request.");
        }
        return handleExceptionInternal(ex, ex.getBody(), headers, status, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleResponseStatusException(
            ResponseStatusException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        // Unknown routes fall through to the static-resource handler, whose text speaks of files.
        if (ex instanceof NoResourceFoundException) {
            ex.getBody().setDetail("There is nothing at this address.");
        }
        return handleExceptionInternal(ex, ex.getBody(), headers, status, exchange);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, ServerWebExchange exchange) {
        log.error("unexpected error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again."));
    }
}

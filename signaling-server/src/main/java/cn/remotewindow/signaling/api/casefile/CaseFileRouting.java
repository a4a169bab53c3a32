package cn.remotewindow.signaling.api.casefile;

import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

/**
 * Where a request about an open session's case file is answered: here, or, on several nodes, by
 * the node that runs the session (its case file lives in that node's memory).
 */
public interface CaseFileRouting {

    /** One node: everything is answered here. */
    CaseFileRouting HERE = (sessionId, request, body, here) -> here.get();

    /**
     * @param body the request body, already bounded; null for a GET
     * @param here the answer of this node, when the session runs here (or nowhere)
     */
    Mono<ResponseEntity<?>> route(String sessionId, ServerHttpRequest request, byte[] body,
                                  Supplier<Mono<ResponseEntity<?>>> here);
}

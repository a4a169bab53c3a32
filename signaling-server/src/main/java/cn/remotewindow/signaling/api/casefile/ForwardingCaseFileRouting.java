package cn.remotewindow.signaling.api.casefile;

import cn.remotewindow.signaling.casefile.CaseFileRefused;
import cn.remotewindow.signaling.cluster.NodeForwarder;
import cn.remotewindow.signaling.cluster.Ownership;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Several nodes: a request about a session another node runs is sent on to that node as it came
 * ({@link NodeForwarder}); the kiosk or expert gets its answer unchanged. A session that runs here,
 * or nowhere any more, is answered here, as is a request another node already sent on.
 */
public final class ForwardingCaseFileRouting implements CaseFileRouting {

    private static final Logger log = LoggerFactory.getLogger(ForwardingCaseFileRouting.class);

    private final Ownership ownership;
    private final NodeForwarder forwarder;

    public ForwardingCaseFileRouting(Ownership ownership, NodeForwarder forwarder) {
        this.ownership = ownership;
        this.forwarder = forwarder;
    }

    @Override
    public Mono<ResponseEntity<?>> route(String sessionId, ServerHttpRequest request, byte[] body,
                                         Supplier<Mono<ResponseEntity<?>>> here) {
        if (NodeForwarder.wasForwarded(request.getHeaders())) {
            return here.get();
        }
        return Mono.fromCallable(() -> ownership.elsewhereNow(sessionId).orElse(null))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(RuntimeException.class, e -> {
                    log.warn("cannot tell which node runs session {} ({}): answering its case file here", sessionId,
                            e.getMessage());
                    return Mono.empty();
                })
                .flatMap(owner -> forward(owner, sessionId, request, body))
                .switchIfEmpty(Mono.defer(here));
    }

    private Mono<ResponseEntity<?>> forward(String owner, String sessionId, ServerHttpRequest request, byte[] body) {
        String path = request.getURI().getRawPath()
                + (request.getURI().getRawQuery() == null ? "" : "?" + request.getURI().getRawQuery());
        return forwarder.forward(owner, request.getMethod(), path, request.getHeaders(), body)
                .<ResponseEntity<?>>map(answer -> answer)
                .onErrorMap(e -> {
                    log.warn("{} {} of session {} could not be sent on to node {}, which runs it: {}",
                            request.getMethod(), path, sessionId, owner, e.toString());
                    return CaseFileRefused.nodeUnreachable();
                });
    }
}

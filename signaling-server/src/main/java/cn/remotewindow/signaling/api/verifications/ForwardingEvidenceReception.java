package cn.remotewindow.signaling.api.verifications;

import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.HttpAddresses;
import cn.remotewindow.signaling.cluster.NodeForwarder;
import cn.remotewindow.signaling.verification.EvidenceIntake;
import cn.remotewindow.signaling.verification.VerificationPlaces;
import cn.remotewindow.signaling.verification.VerificationRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Several nodes: evidence for a verification another node holds (in its memory, on its session's
 * thread) is sent on to that node as it came — the same body, the kiosk's own Authorization and
 * Content-Type — and the kiosk gets that node's answer unchanged. Anything else is taken in here
 * ({@code local}), as on one node: a verification held here, held by nobody, or a request that
 * another node already sent on (marked {@link #FORWARDED_BY}, so that nothing is sent on twice).
 *
 * <p>This node has authenticated the kiosk (the access rules ran first) and read the body within
 * the limit before anything is sent on; the holder checks the token again and whether the
 * verification is this kiosk's. No endpoint of its own: the holder answers the same public route.
 */
public final class ForwardingEvidenceReception implements EvidenceReception {

    /** Request header: the node that sent this request on. Such a request is taken in where it arrives. */
    public static final String FORWARDED_BY = NodeForwarder.FORWARDED_BY;
    /** Answer header: the node that holds the verification and gave this answer. */
    public static final String FORWARDED_TO = NodeForwarder.FORWARDED_TO;

    private static final Logger log = LoggerFactory.getLogger(ForwardingEvidenceReception.class);

    private final EvidenceReception local;
    private final VerificationPlaces places;
    private final NodeForwarder forwarder;

    public ForwardingEvidenceReception(EvidenceReception local, VerificationPlaces places, HttpAddresses addresses,
                                       ClusterNode self) {
        this.local = local;
        this.places = places;
        this.forwarder = new NodeForwarder(addresses, self);
    }

    @Override
    public Mono<ResponseEntity<?>> receive(String kioskId, String verificationId, HttpHeaders headers, byte[] body) {
        if (NodeForwarder.wasForwarded(headers)) {
            return local.receive(kioskId, verificationId, headers, body);
        }
        return holderElsewhere(verificationId)
                .flatMap(holder -> forward(holder, verificationId, headers, body))
                .switchIfEmpty(Mono.defer(() -> local.receive(kioskId, verificationId, headers, body)));
    }

    /** The other node that holds it; empty when this one does, nobody does, or Redis cannot say. */
    private Mono<String> holderElsewhere(String verificationId) {
        return Mono.fromCallable(() -> places.holder(verificationId).filter(node -> !node.equals(forwarder.self()))
                        .orElse(null))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(RuntimeException.class, e -> {
                    log.warn("cannot tell which node holds verification {} ({}): taking its evidence in here",
                            verificationId, e.getMessage());
                    return Mono.empty();
                });
    }

    private Mono<ResponseEntity<?>> forward(String holder, String verificationId, HttpHeaders headers, byte[] body) {
        return forwarder.forward(holder, HttpMethod.POST, EvidenceIntake.uploadPath(verificationId), headers, body)
                .<ResponseEntity<?>>map(answer -> {
                    log.info("evidence for verification {} sent on to node {}, which holds it: {}", verificationId,
                            holder, answer.getStatusCode().value());
                    return answer;
                })
                .onErrorMap(e -> !(e instanceof VerificationRefused), e -> {
                    log.warn("evidence for verification {} could not be sent on to node {}, which holds it: {}",
                            verificationId, holder, e.toString());
                    return VerificationRefused.holderUnreachable();
                });
    }
}

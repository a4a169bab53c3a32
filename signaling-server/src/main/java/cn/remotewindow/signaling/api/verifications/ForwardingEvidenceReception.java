package cn.remotewindow.signaling.api.verifications;

import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.HttpAddresses;
import cn.remotewindow.signaling.verification.EvidenceIntake;
import cn.remotewindow.signaling.verification.VerificationPlaces;
import cn.remotewindow.signaling.verification.VerificationRefused;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;

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
    public static final String FORWARDED_BY = "X-Window-Forwarded-By";
    /** Answer header: the node that holds the verification and gave this answer. */
    public static final String FORWARDED_TO = "X-Window-Forwarded-To";

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** The holder decodes and checks up to 16 MiB of images before it answers; judging comes after. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /** The holder's answer headers that the kiosk gets too. */
    private static final List<String> PASSED_BACK = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.RETRY_AFTER,
            HttpHeaders.WWW_AUTHENTICATE);

    private static final Logger log = LoggerFactory.getLogger(ForwardingEvidenceReception.class);

    private final EvidenceReception local;
    private final VerificationPlaces places;
    private final HttpAddresses addresses;
    private final ClusterNode self;
    private final WebClient client;

    public ForwardingEvidenceReception(EvidenceReception local, VerificationPlaces places, HttpAddresses addresses,
                                       ClusterNode self) {
        this.local = local;
        this.places = places;
        this.addresses = addresses;
        this.self = self;
        // A connection per request, no pool: the nodes close each HTTP connection after one answer
        // (server.netty.max-keep-alive-requests=1), and a pooled one would be found closed.
        HttpClient http = HttpClient.newConnection()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis())
                .responseTimeout(ANSWER_TIMEOUT);
        this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    @Override
    public Mono<ResponseEntity<?>> receive(String kioskId, String verificationId, HttpHeaders headers, byte[] body) {
        if (headers.containsHeader(FORWARDED_BY)) {
            return local.receive(kioskId, verificationId, headers, body);
        }
        return holderElsewhere(verificationId)
                .flatMap(holder -> forward(holder, verificationId, headers, body))
                .switchIfEmpty(Mono.defer(() -> local.receive(kioskId, verificationId, headers, body)));
    }

    /** The other node that holds it; empty when this one does, nobody does, or Redis cannot say. */
    private Mono<String> holderElsewhere(String verificationId) {
        return Mono.fromCallable(() -> places.holder(verificationId).filter(node -> !node.equals(self.id())).orElse(null))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(RuntimeException.class, e -> {
                    log.warn("cannot tell which node holds verification {} ({}): taking its evidence in here",
                            verificationId, e.getMessage());
                    return Mono.empty();
                });
    }

    private Mono<ResponseEntity<?>> forward(String holder, String verificationId, HttpHeaders headers, byte[] body) {
        return Mono.fromCallable(() -> addresses.of(holder).orElse(null))
                .subscribeOn(Schedulers.boundedElastic())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("node " + holder + " has no HTTP address")))
                .flatMap(base -> send(base, verificationId, headers, body))
                .<ResponseEntity<?>>map(answer -> {
                    log.info("evidence for verification {} sent on to node {}, which holds it: {}", verificationId,
                            holder, answer.status().value());
                    return passedBack(holder, answer);
                })
                .onErrorMap(e -> !(e instanceof VerificationRefused), e -> {
                    log.warn("evidence for verification {} could not be sent on to node {}, which holds it: {}",
                            verificationId, holder, e.toString());
                    return VerificationRefused.holderUnreachable();
                });
    }

    private record Answer(HttpStatusCode status, HttpHeaders headers, byte[] body) {
    }

    private Mono<Answer> send(URI base, String verificationId, HttpHeaders headers, byte[] body) {
        return client.post()
                .uri(base + EvidenceIntake.uploadPath(verificationId))
                .headers(out -> {
                    out.addAll(HttpHeaders.AUTHORIZATION, headers.getOrEmpty(HttpHeaders.AUTHORIZATION));
                    out.addAll(HttpHeaders.CONTENT_TYPE, headers.getOrEmpty(HttpHeaders.CONTENT_TYPE));
                    out.set(FORWARDED_BY, self.id());
                })
                .bodyValue(body)
                .exchangeToMono(answer -> answer.bodyToMono(byte[].class)
                        .defaultIfEmpty(new byte[0])
                        .map(bytes -> new Answer(answer.statusCode(), answer.headers().asHttpHeaders(), bytes)));
    }

    private static ResponseEntity<byte[]> passedBack(String holder, Answer answer) {
        return ResponseEntity.status(answer.status())
                .headers(out -> {
                    for (String name : PASSED_BACK) {
                        out.addAll(name, answer.headers().getOrEmpty(name));
                    }
                    out.set(FORWARDED_TO, holder);
                })
                .body(answer.body());
    }
}

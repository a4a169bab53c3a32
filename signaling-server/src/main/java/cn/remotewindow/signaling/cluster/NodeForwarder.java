package cn.remotewindow.signaling.cluster;

import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Sends a client's HTTP request on, as it came, to the node that holds what it is about (the
 * same path, body, Authorization and Content-Type, marked {@link #FORWARDED_BY} so that it is
 * never sent on twice), and gives back that node's answer unchanged, marked {@link #FORWARDED_TO}.
 * The node that sends on has authenticated the client and bounded the body first; the holder
 * checks everything again.
 */
public final class NodeForwarder {

    /** Request header: the node that sent this request on. Such a request is answered where it arrives. */
    public static final String FORWARDED_BY = "X-Window-Forwarded-By";
    /** Answer header: the node that holds what the request is about and gave this answer. */
    public static final String FORWARDED_TO = "X-Window-Forwarded-To";

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** The holder decodes and checks up to 16 MiB of images before it answers. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /** The holder's answer headers that the client gets too. */
    private static final List<String> PASSED_BACK = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.RETRY_AFTER,
            HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_DISPOSITION);

    private final HttpAddresses addresses;
    private final ClusterNode self;
    private final WebClient client;

    public NodeForwarder(HttpAddresses addresses, ClusterNode self) {
        this.addresses = addresses;
        this.self = self;
        // A connection per request, no pool: the nodes close each HTTP connection after one answer
        // (server.netty.max-keep-alive-requests=1), and a pooled one would be found closed.
        HttpClient http = HttpClient.newConnection()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis())
                .responseTimeout(ANSWER_TIMEOUT);
        this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    /** Whether another node already sent this request on: then it is answered here. */
    public static boolean wasForwarded(HttpHeaders headers) {
        return headers.containsHeader(FORWARDED_BY);
    }

    public String self() {
        return self.id();
    }

    /**
     * @param pathAndQuery the request's own path (and query), the same on every node
     * @param body         null for a request without one
     * @return the holder's answer; an error when the holder has no address or cannot be reached
     */
    public Mono<ResponseEntity<byte[]>> forward(String holder, HttpMethod method, String pathAndQuery,
                                                HttpHeaders headers, byte[] body) {
        return Mono.fromCallable(() -> addresses.of(holder).orElse(null))
                .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("node " + holder + " has no HTTP address")))
                .flatMap(base -> send(base, method, pathAndQuery, headers, body))
                .map(answer -> passedBack(holder, answer));
    }

    private record Answer(HttpStatusCode status, HttpHeaders headers, byte[] body) {
    }

    private Mono<Answer> send(URI base, HttpMethod method, String pathAndQuery, HttpHeaders headers, byte[] body) {
        WebClient.RequestBodySpec request = client.method(method)
                .uri(base + pathAndQuery)
                .headers(out -> {
                    out.addAll(HttpHeaders.AUTHORIZATION, headers.getOrEmpty(HttpHeaders.AUTHORIZATION));
                    out.addAll(HttpHeaders.CONTENT_TYPE, headers.getOrEmpty(HttpHeaders.CONTENT_TYPE));
                    out.set(FORWARDED_BY, self.id());
                });
        WebClient.RequestHeadersSpec<?> ready = body == null ? request : request.bodyValue(body);
        return ready.exchangeToMono(answer -> answer.bodyToMono(byte[].class)
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

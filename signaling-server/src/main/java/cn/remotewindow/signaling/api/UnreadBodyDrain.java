package cn.remotewindow.signaling.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Before a request is answered without its body having been read (a 401 or 403 from the security
 * rules, a wrong content type, an unknown route), reads and drops that body, up to {@code limit}
 * bytes and {@code deadline}; then the answer goes out.
 *
 * <p>Why: once its answer is written Reactor Netty closes a connection that is not kept alive,
 * while the client may still be sending; the client's next write meets a TCP reset that can take
 * the answer with it, so a kiosk whose token had expired saw "connection closed" instead of "sign
 * in again" (EvidenceRefusalTest failed so in CI). Tomcat does the same by default
 * (maxSwallowSize). Beyond the limit or the deadline the answer goes out anyway. A client that
 * waits for {@code 100 Continue} sent nothing yet and is answered at once.
 */
public final class UnreadBodyDrain implements WebFilter, Ordered {

    private final long limit;
    private final Duration deadline;

    public UnreadBodyDrain(long limit, Duration deadline) {
        this.limit = limit;
        this.deadline = deadline;
    }

    @Override
    public int getOrder() {
        // Outside Spring Security's filter chain (-100), so its refusals are covered too.
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!sendsBody(request.getHeaders())) {
            return chain.filter(exchange);
        }
        AtomicBoolean read = new AtomicBoolean();
        ServerHttpRequest watched = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                read.set(true);
                return super.getBody();
            }
        };
        Mono<Void> drainIfUnread = Mono.defer(() -> read.getAndSet(true) ? Mono.empty() : drain(request.getBody()));
        ServerHttpResponse draining = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                return drainIfUnread.then(Mono.defer(() -> super.writeWith(body)));
            }

            @Override
            public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
                return drainIfUnread.then(Mono.defer(() -> super.writeAndFlushWith(body)));
            }

            @Override
            public Mono<Void> setComplete() {
                return drainIfUnread.then(Mono.defer((Supplier<Mono<Void>>) super::setComplete));
            }
        };
        return chain.filter(exchange.mutate().request(watched).response(draining).build());
    }

    private Mono<Void> drain(Flux<DataBuffer> body) {
        AtomicLong seen = new AtomicLong();
        return body.map(buffer -> {
                    int size = buffer.readableByteCount();
                    DataBufferUtils.release(buffer);
                    return seen.addAndGet(size);
                })
                .takeWhile(total -> total <= limit)
                .then()
                .timeout(deadline)
                .onErrorResume(failure -> Mono.empty());
    }

    private static boolean sendsBody(HttpHeaders headers) {
        boolean body = headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
        return body && !"100-continue".equalsIgnoreCase(headers.getFirst(HttpHeaders.EXPECT));
    }
}

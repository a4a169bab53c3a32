package cn.remotewindow.signaling.api;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a request body of at most {@code limit} bytes. A larger body is answered with the caller's
 * error (a 413) only after the rest has been read and dropped (up to four times the limit): a client
 * that is still sending would otherwise never see the answer. Beyond that the connection is given up.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static Mono<byte[]> read(Flux<DataBuffer> body, long limit, Supplier<? extends RuntimeException> tooLarge) {
        long drainCap = limit * 4;
        return Mono.defer(() -> {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            AtomicLong total = new AtomicLong();
            // Each buffer becomes its size once copied and released: handing the buffer itself on to
            // then() would have it discarded, and so released, a second time (IllegalReferenceCountException).
            return body.map(buffer -> {
                        try {
                            int size = buffer.readableByteCount();
                            long seen = total.addAndGet(size);
                            if (seen <= limit) {
                                byte[] bytes = new byte[size];
                                buffer.read(bytes);
                                kept.writeBytes(bytes);
                            } else if (seen > drainCap) {
                                throw tooLarge.get();
                            }
                            return seen;
                        } finally {
                            DataBufferUtils.release(buffer);
                        }
                    })
                    .then(Mono.fromCallable(() -> {
                        if (total.get() > limit) {
                            throw tooLarge.get();
                        }
                        return kept.toByteArray();
                    }));
        });
    }
}

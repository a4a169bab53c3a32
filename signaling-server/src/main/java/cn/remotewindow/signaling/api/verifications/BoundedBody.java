package cn.remotewindow.signaling.api.verifications;

import cn.remotewindow.signaling.verification.VerificationRefused;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a request body of at most {@code limit} bytes. A larger body is answered 413 only after
 * the rest has been read and dropped (up to four times the limit): a client that is still sending
 * would otherwise never see the answer. Beyond that the connection is given up.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    static Mono<byte[]> read(Flux<DataBuffer> body, long limit) {
        long drainCap = limit * 4;
        return Mono.defer(() -> {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            AtomicLong total = new AtomicLong();
            return body.doOnNext(buffer -> {
                        try {
                            int size = buffer.readableByteCount();
                            long seen = total.addAndGet(size);
                            if (seen <= limit) {
                                byte[] bytes = new byte[size];
                                buffer.read(bytes);
                                kept.writeBytes(bytes);
                            } else if (seen > drainCap) {
                                throw VerificationRefused.tooLarge(limit);
                            }
                        } finally {
                            DataBufferUtils.release(buffer);
                        }
                    })
                    .then(Mono.fromCallable(() -> {
                        if (total.get() > limit) {
                            throw VerificationRefused.tooLarge(limit);
                        }
                        return kept.toByteArray();
                    }));
        });
    }
}

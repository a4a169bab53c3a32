package cn.remotewindow.signaling.casefile;

import cn.remotewindow.signaling.session.Owners;
import java.util.concurrent.Callable;
import reactor.core.publisher.Mono;

/** Runs a step of an HTTP request on the session's owner thread, which owns its case file. */
final class OnSessionThread {

    private OnSessionThread() {
    }

    static <T> Mono<T> call(Owners owners, String sessionId, Callable<T> work) {
        return Mono.create(sink -> owners.ofSession(sessionId).execute(() -> {
            try {
                sink.success(work.call());
            } catch (Exception e) {
                sink.error(e);
            }
        }));
    }
}

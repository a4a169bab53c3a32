package cn.remotewindow.signaling.record.store;

import reactor.core.publisher.Mono;

/**
 * One write to the records store, applied by the {@link RecordWriter} inside a transaction it
 * shares with other writes: its statements and its audit entries commit together or not at all.
 *
 * @param <T> what the caller gets back once the transaction committed
 */
@FunctionalInterface
public interface RecordWrite<T> {

    Mono<T> apply(WriteScope scope);
}

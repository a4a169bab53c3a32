package cn.remotewindow.kiosk.media;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread on which a {@link CallPeer} does everything: native callbacks are handed here
 * and return at once (a native thread must never wait on us), negotiation steps run here one at
 * a time, and listeners are called here. One thread means the peer's state needs no locks.
 *
 * <p>Native callbacks still arrive for a moment after the peer is closed; they are dropped
 * quietly instead of throwing into native code.
 */
final class PeerThread {

    private static final Logger log = LoggerFactory.getLogger(PeerThread.class);

    private final ExecutorService executor;
    private final String name;
    private volatile Thread thread;

    PeerThread(String name) {
        this.name = name;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "call-peer-" + name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** Runs {@code task} later on the peer thread; never blocks, never throws. */
    void execute(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("{}: task failed", name, e);
                }
            });
        } catch (RejectedExecutionException closed) {
            log.debug("{}: closed, dropping a late callback", name);
        }
    }

    /** Runs {@code task} on the peer thread and completes with its result. */
    <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(task.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException closed) {
            result.completeExceptionally(new IllegalStateException(name + " is closed"));
        }
        return result;
    }

    /** True when called on this peer thread (where waiting for a submitted task would deadlock). */
    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /** As an {@link java.util.concurrent.Executor} for future chains. */
    java.util.concurrent.Executor asExecutor() {
        return this::execute;
    }

    /** Lets queued work finish, then stops the thread. */
    void shutdown() {
        executor.shutdown();
    }

    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return executor.awaitTermination(timeout, unit);
    }
}

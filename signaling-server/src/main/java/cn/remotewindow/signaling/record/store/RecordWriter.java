package cn.remotewindow.signaling.record.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one thread that writes to the records store. Callers hand it {@link RecordWrite}s and get a
 * future that completes once the write's transaction committed (then it is on disk: see
 * {@link RecordsDatabase}). Writes waiting together go into one transaction, in the order they
 * were submitted — that is what makes thousands of small writes a second possible; when such a
 * batch fails, each of its writes is tried again alone, so that one bad write fails only itself.
 * A full queue refuses at once rather than letting callers pile up behind a dead database.
 */
public final class RecordWriter implements AutoCloseable {

    private record Pending<T>(RecordWrite<T> write, CompletableFuture<T> done) {
    }

    private static final Logger log = LoggerFactory.getLogger(RecordWriter.class);

    private final RecordsDatabase database;
    private final BlockingQueue<Pending<?>> queue;
    private final int batchSize;
    private final Duration timeout;
    private final Thread thread;
    private volatile boolean running = true;

    public RecordWriter(RecordsDatabase database, int queueSize, int batchSize, Duration timeout) {
        this.database = database;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, queueSize));
        this.batchSize = Math.max(1, batchSize);
        this.timeout = timeout;
        this.thread = new Thread(this::run, "records-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues a write; the future fails with {@link RecordsUnavailableException} when the queue is
     * full or the writer is closed, or with the write's own error.
     */
    public <T> CompletableFuture<T> submit(RecordWrite<T> write) {
        CompletableFuture<T> done = new CompletableFuture<>();
        if (!running) {
            done.completeExceptionally(new RecordsUnavailableException("the records store is closed"));
        } else if (!queue.offer(new Pending<>(write, done))) {
            done.completeExceptionally(new RecordsUnavailableException(
                    "the records store is overloaded: " + queue.size() + " writes waiting"));
        }
        return done;
    }

    /** Submits and waits for the commit; for callers that must not go on before the write is safe. */
    public <T> T write(RecordWrite<T> write) {
        CompletableFuture<T> done = submit(write);
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordsUnavailableException("interrupted while waiting for the records store");
        } catch (java.util.concurrent.TimeoutException e) {
            throw new RecordsUnavailableException("the records store did not commit within " + timeout);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RecordsUnavailableException("the write failed: " + e.getCause());
        }
    }

    /** Writes queued but not yet committed. */
    public int backlog() {
        return queue.size();
    }

    private void run() {
        List<Pending<?>> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                commit(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            } catch (RuntimeException | Error e) {
                log.error("records writer: unexpected failure", e);
            } finally {
                batch.clear();
            }
        }
        Pending<?> left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new RecordsUnavailableException("the records store closed"));
        }
    }

    private void commit(List<Pending<?>> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        try {
            inTransaction(batch, results);
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                fail(batch.get(0), e);
                return;
            }
            log.warn("records writer: a batch of {} writes failed ({}); trying each alone", batch.size(), e.toString());
            for (Pending<?> one : batch) {
                List<Object> single = new ArrayList<>(1);
                try {
                    inTransaction(List.of(one), single);
                    complete(one, single.get(0));
                } catch (RuntimeException alone) {
                    fail(one, alone);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results.get(i));
        }
    }

    /** Applies the writes in order in one transaction; their results land in {@code results}. */
    private void inTransaction(List<Pending<?>> writes, List<Object> results) {
        WriteScope scope = new WriteScope(database.client(), database.kind());
        Mono<Void> all = Flux.fromIterable(writes)
                .concatMap(p -> p.write().apply(scope).map(Object.class::cast).defaultIfEmpty(NONE))
                .doOnNext(results::add)
                .then(Mono.defer(scope::finish));
        try {
            database.transactions().transactional(all).block(timeout);
        } catch (RuntimeException e) {
            scope.rolledBack();
            throw e;
        }
    }

    /** Stands for "no result" (a write whose Mono completed empty). */
    private static final Object NONE = new Object();

    @SuppressWarnings("unchecked")
    private static <T> void complete(Pending<T> pending, Object result) {
        pending.done().complete(result == NONE ? null : (T) result);
    }

    private static void fail(Pending<?> pending, RuntimeException e) {
        log.warn("records writer: a write failed: {}", e.toString());
        pending.done().completeExceptionally(e);
    }

    @Override
    public void close() {
        // Queued writes are still committed (the loop drains the queue), within the write timeout.
        running = false;
        try {
            thread.join(timeout.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

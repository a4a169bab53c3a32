package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.record.audit.AuditHashes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a {@link RecordWrite} works with inside the writer's transaction: the database client
 * (bound to the transaction by the writer), the audit chain, and rows written together at the end
 * of the transaction (audit entries among them). The chain's head row is locked the
 * first time an entry is appended, so that appends of other servers sharing the database wait for
 * this transaction, and written back by {@link #finish()} before the commit. Used by one
 * transaction at a time, on the writer's thread.
 */
public final class WriteScope {

    private final DatabaseClient client;
    private long headSequence = -1;
    private String headHash;
    private boolean appended;
    private final DeferredRows later;
    private final java.util.Map<Object, Object> attachments = new java.util.HashMap<>();
    private final java.util.List<java.util.function.Supplier<Mono<Void>>> beforeFlush = new java.util.ArrayList<>();
    private final java.util.List<Runnable> onRollback = new java.util.ArrayList<>();

    WriteScope(DatabaseClient client, RecordsDatabase.Kind kind) {
        this.client = client;
        this.later = new DeferredRows(kind == RecordsDatabase.Kind.POSTGRESQL);
    }

    public DatabaseClient client() {
        return client;
    }

    /** Appends an audit entry after the chain's current head, in this transaction (written at its end). */
    public Mono<AuditEntry> audit(Instant at, String actor, String action, String subject, String detail) {
        // The stores keep microseconds: the hash is over what can be read back.
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        return head().then(Mono.fromSupplier(() -> {
            long sequence = headSequence + 1;
            String hash = AuditHashes.of(headHash, sequence, stored, actor, action, subject, detail);
            AuditEntry entry = new AuditEntry(sequence, stored, actor, action, subject, detail, headHash, hash);
            later.add("INSERT INTO audit_log (seq, at, actor, action, subject, detail, previous_hash, hash)"
                            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    sequence, stored.atOffset(ZoneOffset.UTC), actor, action, subject,
                    detail == null ? new DeferredRows.Null(String.class) : detail, headHash, hash);
            headSequence = sequence;
            headHash = hash;
            appended = true;
            return entry;
        }));
    }

    /**
     * Something a store keeps for the rest of this transaction (e.g. the rows to write at its end),
     * made on first use.
     */
    @SuppressWarnings("unchecked")
    <T> T attachment(Object key, java.util.function.Supplier<T> create) {
        return (T) attachments.computeIfAbsent(key, k -> create.get());
    }

    /** Rows written at the end of this transaction, batched per statement: see {@link DeferredRows}. */
    DeferredRows later() {
        return later;
    }

    /** Work to run at the end of the transaction, before the deferred rows are written (folds to store). */
    void beforeFlush(java.util.function.Supplier<Mono<Void>> work) {
        beforeFlush.add(work);
    }

    private Mono<Void> head() {
        if (headSequence >= 0) {
            return Mono.empty();
        }
        return client.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .map((row, meta) -> new Object[] {row.get("seq", Long.class), row.get("hash", String.class)})
                .one()
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("audit_head has no row: schema not migrated?")))
                .doOnNext(head -> {
                    headSequence = (Long) head[0];
                    headHash = ((String) head[1]).trim();
                })
                .then();
    }

    /**
     * Something to undo if this transaction does not commit: caches a write filled in advance
     * (run on the writer's thread, before the write is tried again alone).
     */
    public void onRollback(Runnable undo) {
        onRollback.add(undo);
    }

    void rolledBack() {
        onRollback.forEach(Runnable::run);
    }

    /** Writes the deferred rows and the chain's new head; the writer calls it last in the transaction. */
    Mono<Void> finish() {
        Mono<Void> work = Flux.fromIterable(beforeFlush).concatMap(java.util.function.Supplier::get).then()
                .then(Mono.defer(() -> later.flush(client)));
        if (!appended) {
            return work;
        }
        return work.then(Mono.defer(() -> client.sql("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                .bind("seq", headSequence)
                .bind("hash", headHash)
                .then()));
    }
}

package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.record.audit.AuditHashes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * What a {@link RecordWrite} works with inside the writer's transaction: the database client
 * (bound to the transaction by the writer) and the audit chain. The chain's head row is locked the
 * first time an entry is appended, so that appends of other servers sharing the database wait for
 * this transaction, and written back by {@link #finish()} before the commit. Used by one
 * transaction at a time, on the writer's thread.
 */
public final class WriteScope {

    private final DatabaseClient client;
    private long headSequence = -1;
    private String headHash;
    private boolean appended;
    private final java.util.List<Runnable> onRollback = new java.util.ArrayList<>();

    WriteScope(DatabaseClient client) {
        this.client = client;
    }

    public DatabaseClient client() {
        return client;
    }

    /** Appends an audit entry after the chain's current head, in this transaction. */
    public Mono<AuditEntry> audit(Instant at, String actor, String action, String subject, String detail) {
        // The stores keep microseconds: the hash is over what can be read back.
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        return head().then(Mono.defer(() -> {
            long sequence = headSequence + 1;
            String hash = AuditHashes.of(headHash, sequence, stored, actor, action, subject, detail);
            AuditEntry entry = new AuditEntry(sequence, stored, actor, action, subject, detail, headHash, hash);
            var insert = client.sql("INSERT INTO audit_log (seq, at, actor, action, subject, detail, previous_hash, hash)"
                            + " VALUES (:seq, :at, :actor, :action, :subject, :detail, :previous, :hash)")
                    .bind("seq", sequence)
                    .bind("at", stored.atOffset(ZoneOffset.UTC))
                    .bind("actor", actor)
                    .bind("action", action)
                    .bind("subject", subject);
            return Binds.nullable(insert, "detail", detail, String.class)
                    .bind("previous", headHash)
                    .bind("hash", hash)
                    .then()
                    .then(Mono.fromRunnable(() -> {
                        headSequence = sequence;
                        headHash = hash;
                        appended = true;
                    }))
                    .thenReturn(entry);
        }));
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

    /** Writes the chain's new head back; the writer calls it last in the transaction. */
    Mono<Void> finish() {
        if (!appended) {
            return Mono.empty();
        }
        return client.sql("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                .bind("seq", headSequence)
                .bind("hash", headHash)
                .then();
    }
}

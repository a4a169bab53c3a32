package cn.remotewindow.signaling.record.audit;

import java.time.Instant;
import java.util.List;

/**
 * The append-only audit log: who did what to which record, each entry chained to the one before
 * by its SHA-256. Nothing is ever updated or deleted through this interface.
 */
public interface AuditLog {

    /** Appends one entry after the current last one; safe to call from several threads. */
    AuditEntry append(Instant at, String actor, String action, String subject, String detail);

    /** Entries from {@code fromSequence} on (1 = the first), at most {@code limit}, in order. */
    List<AuditEntry> read(long fromSequence, int limit);

    /** Checks the whole chain from the first entry. */
    ChainCheck verify();
}

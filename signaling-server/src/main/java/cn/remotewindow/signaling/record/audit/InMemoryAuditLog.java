package cn.remotewindow.signaling.record.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit log in memory, for tests and until the database store lands; lost on restart. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized AuditEntry append(Instant at, String actor, String action, String subject, String detail) {
        long sequence = entries.size() + 1L;
        String previous = entries.isEmpty() ? AuditHashes.GENESIS : entries.get(entries.size() - 1).hash();
        AuditEntry entry = new AuditEntry(sequence, at, actor, action, subject, detail, previous,
                AuditHashes.of(previous, sequence, at, actor, action, subject, detail));
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized List<AuditEntry> read(long fromSequence, int limit) {
        int from = (int) Math.max(0, fromSequence - 1);
        if (from >= entries.size()) {
            return List.of();
        }
        return List.copyOf(entries.subList(from, Math.min(entries.size(), from + Math.max(0, limit))));
    }

    @Override
    public synchronized ChainCheck verify() {
        return ChainCheck.of(List.copyOf(entries));
    }

    /** Test support: replaces a stored entry behind the log's back, as a tamperer with database access would. */
    synchronized void tamper(AuditEntry replacement) {
        entries.set((int) replacement.sequence() - 1, replacement);
    }

    /** Test support: removes a stored entry behind the log's back. */
    synchronized void remove(long sequence) {
        entries.remove((int) sequence - 1);
    }
}

package cn.remotewindow.signaling.api.audit;

import cn.remotewindow.signaling.record.audit.AuditEntry;
import java.time.Instant;

/**
 * One audit log entry as the auditors' API shows it: every stored field, hashes included, so that
 * an auditor can recompute the chain with their own tools (docs/records.md gives the hash).
 */
public record AuditEntryView(long sequence, Instant at, String actor, String action, String subject, String detail,
                             String previousHash, String hash) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.sequence(), entry.at(), entry.actor(), entry.action(), entry.subject(),
                entry.detail(), entry.previousHash(), entry.hash());
    }
}

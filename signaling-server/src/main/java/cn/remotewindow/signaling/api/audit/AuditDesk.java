package cn.remotewindow.signaling.api.audit;

import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.record.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The auditors' reads of the audit log itself: a page of entries, and the check of the whole
 * chain. Admins change nothing here, and each read is itself appended to the log (actor
 * {@code ADMIN:<username>}), so the log also shows who looked at it and what they were told.
 * Blocking (database) calls: run off the HTTP event loop.
 */
public final class AuditDesk {

    static final String SUBJECT = "audit_log";
    static final String READ = "ADMIN_AUDIT_READ";
    static final String VERIFIED = "ADMIN_AUDIT_VERIFIED";

    private final AuditLog log;
    private final Clock clock;

    public AuditDesk(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * The read is recorded first: its entry is the newest one, so its sequence number says where the
     * log ends (the newest page then starts with the reader's own entry), and a read that fails
     * half-way is still on record.
     */
    public AuditPage read(String admin, AuditQuery query) {
        AuditEntry recorded = log.append(clock.instant(), actor(admin), READ, SUBJECT, query.asText());
        long last = recorded.sequence();
        long from = query.from() != null ? query.from() : Math.max(1, last - query.limit() + 1);
        List<AuditEntryView> entries = log.read(from, query.limit()).stream().map(AuditEntryView::of).toList();
        Long previous = from > 1 ? Math.max(1, from - query.limit()) : null;
        long end = entries.isEmpty() ? from - 1 : entries.get(entries.size() - 1).sequence();
        Long next = end < last ? Math.max(end, from + query.limit() - 1) + 1 : null;
        return new AuditPage(entries, from, query.limit(), last, previous, next);
    }

    /** Checks the whole chain, then records who checked it and what they were told. */
    public ChainStatus verify(String admin) {
        Instant now = clock.instant();
        ChainStatus status = ChainStatus.of(log.verify(), now);
        log.append(now, actor(admin), VERIFIED, SUBJECT, status.summary());
        return status;
    }

    static String actor(String admin) {
        return "ADMIN:" + admin;
    }
}

package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.record.audit.ChainCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every stored event still matches the audit entry that vouches for it: the SHA-256
 * of its payload as stored against the hash in the entry's detail. The chain proves the entries
 * were not changed; this proves the rows they describe were not changed either. Reads the log a
 * page at a time, with the events of that page's range from both event tables.
 */
final class EventSeals {

    private static final int PAGE = 5_000;

    private final RecordsDatabase database;
    private final DatabaseAuditLog log;

    EventSeals(RecordsDatabase database, DatabaseAuditLog log) {
        this.database = database;
        this.log = log;
    }

    /** The first entry whose record was altered or removed; intact otherwise. {@code checked} counts records. */
    ChainCheck check() {
        long from = 1;
        long records = 0;
        while (true) {
            List<AuditEntry> page = log.read(from, PAGE);
            if (page.isEmpty()) {
                return ChainCheck.intact(records);
            }
            long lo = page.get(0).sequence();
            long hi = page.get(page.size() - 1).sequence();
            Map<Long, String> payloads = new HashMap<>();
            collect("session_events", lo, hi, payloads);
            collect("verification_events", lo, hi, payloads);
            Map<Long, String> pictures = pictureHashes(lo, hi);
            for (AuditEntry entry : page) {
                if (vouchesForPicture(entry)) {
                    String stored = pictures.get(entry.sequence());
                    if (stored == null) {
                        return new ChainCheck(records, entry.sequence(), ChainCheck.Problem.RECORD_MISSING);
                    }
                    if (!stored.equals(RecordJson.read(entry.detail(), RecordJson.AuditedPicture.class).sha256())) {
                        return new ChainCheck(records, entry.sequence(), ChainCheck.Problem.RECORD_ALTERED);
                    }
                    records++;
                    continue;
                }
                if (!vouchesForEvent(entry)) {
                    continue;
                }
                String payload = payloads.get(entry.sequence());
                if (payload == null) {
                    return new ChainCheck(records, entry.sequence(), ChainCheck.Problem.RECORD_MISSING);
                }
                String expected = RecordJson.auditedEvent(entry.detail()).sha256();
                if (!RecordJson.sha256(payload).equals(expected)) {
                    return new ChainCheck(records, entry.sequence(), ChainCheck.Problem.RECORD_ALTERED);
                }
                records++;
            }
            if (page.size() < PAGE) {
                return ChainCheck.intact(records);
            }
            from = hi + 1;
        }
    }

    /**
     * One record's part of the chain: every entry about {@code subject} (a session or verification
     * id) recomputes to its hash and links to the entry before it, every stored event of the subject
     * matches the entry vouching for it, and every such entry still has its event. Cheap enough for
     * a detail page; the full check remains {@link #check()} with the whole chain.
     */
    ChainCheck checkSubject(String subject) {
        List<AuditEntry> entries = log.about(subject);
        Map<Long, String> payloads = new HashMap<>();
        for (String table : List.of("session_events", "verification_events")) {
            String key = table.equals("session_events") ? "session_id" : "verification_id";
            database.client().sql("SELECT audit_seq, payload FROM " + table + " WHERE " + key + " = :subject")
                    .bind("subject", subject)
                    .map((row, meta) -> Map.entry(row.get("audit_seq", Long.class), row.get("payload", String.class)))
                    .all()
                    .doOnNext(e -> payloads.put(e.getKey(), e.getValue()))
                    .blockLast();
        }
        long checked = 0;
        for (AuditEntry entry : entries) {
            if (!cn.remotewindow.signaling.record.audit.AuditHashes.of(entry).equals(entry.hash())) {
                return new ChainCheck(checked, entry.sequence(), ChainCheck.Problem.CONTENT_ALTERED);
            }
            String previous = entry.sequence() == 1 ? cn.remotewindow.signaling.record.audit.AuditHashes.GENESIS
                    : log.read(entry.sequence() - 1, 1).stream().filter(e -> e.sequence() == entry.sequence() - 1)
                            .map(AuditEntry::hash).findFirst().orElse(null);
            if (previous == null) {
                return new ChainCheck(checked, entry.sequence() - 1, ChainCheck.Problem.SEQUENCE_GAP);
            }
            if (!previous.equals(entry.previousHash())) {
                return new ChainCheck(checked, entry.sequence(), ChainCheck.Problem.LINK_BROKEN);
            }
            if (vouchesForEvent(entry)) {
                String payload = payloads.remove(entry.sequence());
                if (payload == null) {
                    return new ChainCheck(checked, entry.sequence(), ChainCheck.Problem.RECORD_MISSING);
                }
                if (!RecordJson.sha256(payload).equals(RecordJson.auditedEvent(entry.detail()).sha256())) {
                    return new ChainCheck(checked, entry.sequence(), ChainCheck.Problem.RECORD_ALTERED);
                }
            }
            checked++;
        }
        if (!payloads.isEmpty()) {
            // A stored event no entry about this record vouches for: added behind the store's back.
            long first = payloads.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
            return new ChainCheck(checked, first, ChainCheck.Problem.RECORD_ALTERED);
        }
        return ChainCheck.intact(checked);
    }

    /** A case picture's entry: its row must still be there with the hash the entry names. */
    private static boolean vouchesForPicture(AuditEntry entry) {
        return (entry.action().equals("DOCUMENT_STORED") || entry.action().equals("SIGNATURE_STORED"))
                && entry.detail() != null;
    }

    private Map<Long, String> pictureHashes(long lo, long hi) {
        Map<Long, String> hashes = new HashMap<>();
        database.client().sql("SELECT audit_seq, sha256 FROM case_documents WHERE audit_seq BETWEEN :lo AND :hi")
                .bind("lo", lo)
                .bind("hi", hi)
                .map((row, meta) -> Map.entry(row.get("audit_seq", Long.class), row.get("sha256", String.class).trim()))
                .all()
                .doOnNext(e -> hashes.put(e.getKey(), e.getValue()))
                .blockLast();
        return hashes;
    }

    private static boolean vouchesForEvent(AuditEntry entry) {
        return (entry.action().startsWith("SESSION_") || entry.action().startsWith("VERIFICATION_"))
                && entry.detail() != null && entry.detail().contains("\"sha256\"");
    }

    private void collect(String table, long lo, long hi, Map<Long, String> into) {
        // The table name is one of two constants above, never input.
        database.client().sql("SELECT audit_seq, payload FROM " + table + " WHERE audit_seq BETWEEN :lo AND :hi")
                .bind("lo", lo)
                .bind("hi", hi)
                .map((row, meta) -> Map.entry(row.get("audit_seq", Long.class), row.get("payload", String.class)))
                .all()
                .doOnNext(e -> into.put(e.getKey(), e.getValue()))
                .blockLast();
    }
}

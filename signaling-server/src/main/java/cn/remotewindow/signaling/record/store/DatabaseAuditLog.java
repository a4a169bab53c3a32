package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.record.audit.AuditLog;
import cn.remotewindow.signaling.record.audit.ChainCheck;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The audit log in the records database. Appends go through the {@link RecordWriter} (the one
 * owner of the chain's head on this server; the head row's lock orders servers sharing the
 * database) and return once committed; reads and the check go to the database directly. The check
 * also holds every stored session and verification event against the entry that vouches for it.
 */
public final class DatabaseAuditLog implements AuditLog {

    /** Entries read per query while checking the whole chain. */
    private static final int CHECK_PAGE = 5_000;

    private final RecordsDatabase database;
    private final RecordWriter writer;

    public DatabaseAuditLog(RecordsDatabase database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    @Override
    public AuditEntry append(Instant at, String actor, String action, String subject, String detail) {
        Objects.requireNonNull(at, "at");
        return writer.write(scope -> scope.audit(at, actor, action, subject, detail));
    }

    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.client()
                .sql("SELECT seq, at, actor, action, subject, detail, previous_hash, hash FROM audit_log"
                        + " WHERE seq >= :from ORDER BY seq LIMIT :limit")
                .bind("from", Math.max(1, fromSequence))
                .bind("limit", limit)
                .map(DatabaseAuditLog::entry)
                .all()
                .collectList()
                .block();
    }

    /** The entries about one subject (a session or verification id), in order. */
    public List<AuditEntry> about(String subject) {
        return database.client()
                .sql("SELECT seq, at, actor, action, subject, detail, previous_hash, hash FROM audit_log"
                        + " WHERE subject = :subject ORDER BY seq")
                .bind("subject", subject)
                .map(DatabaseAuditLog::entry)
                .all()
                .collectList()
                .block();
    }

    /**
     * The chain from the first entry, then every stored event against the entry that vouches for
     * it: the first problem found is reported, chain problems first.
     */
    @Override
    public ChainCheck verify() {
        ChainCheck chain = ChainCheck.of(this::pages);
        if (!chain.isIntact()) {
            return chain;
        }
        ChainCheck records = new EventSeals(database, this).check();
        return records.isIntact() ? chain : new ChainCheck(chain.checked(), records.brokenAt(), records.problem());
    }

    /** The part of the chain about one record (a session or verification id): see {@link EventSeals#checkSubject}. */
    public ChainCheck verifySubject(String subject) {
        return new EventSeals(database, this).checkSubject(subject);
    }

    /** All entries in order, read a page at a time so that a long chain does not fill the heap. */
    private Iterator<AuditEntry> pages() {
        return new Iterator<>() {
            private List<AuditEntry> page = read(1, CHECK_PAGE);
            private int index;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (page.size() < CHECK_PAGE) {
                    return false;
                }
                // Continue after the last entry read (by sequence, so that a gap is still seen as one).
                page = readAfter(page.get(page.size() - 1).sequence());
                index = 0;
                return !page.isEmpty();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
    }

    private List<AuditEntry> readAfter(long sequence) {
        return database.client()
                .sql("SELECT seq, at, actor, action, subject, detail, previous_hash, hash FROM audit_log"
                        + " WHERE seq > :after ORDER BY seq LIMIT :limit")
                .bind("after", sequence)
                .bind("limit", CHECK_PAGE)
                .map(DatabaseAuditLog::entry)
                .all()
                .collectList()
                .block();
    }

    static AuditEntry entry(Readable row) {
        return new AuditEntry(row.get("seq", Long.class), row.get("at", OffsetDateTime.class).toInstant(),
                row.get("actor", String.class), row.get("action", String.class), row.get("subject", String.class),
                row.get("detail", String.class), row.get("previous_hash", String.class).trim(),
                row.get("hash", String.class).trim());
    }
}

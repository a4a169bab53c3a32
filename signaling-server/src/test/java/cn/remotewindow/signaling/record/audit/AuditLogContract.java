package cn.remotewindow.signaling.record.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do, tampering included; each implementation's test extends this. */
public abstract class AuditLogContract {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00.123456Z");

    protected abstract AuditLog log();

    /** Overwrites a stored entry behind the log's back (a database row UPDATE, for a database store). */
    protected abstract void tamper(AuditLog log, AuditEntry replacement);

    /** Deletes a stored entry behind the log's back. */
    protected abstract void remove(AuditLog log, long sequence);

    private static AuditLog filled(AuditLog log, int count) {
        for (int i = 0; i < count; i++) {
            log.append(T0.plusSeconds(i), "EXPERT:zhangwei", "EVIDENCE_VIEWED", "v-" + i, "{\"what\":\"CARD_PHOTO\"}");
        }
        return log;
    }

    @Test
    void entriesAreNumberedAndEachIsChainedToTheOneBefore() {
        AuditLog log = filled(log(), 5);
        List<AuditEntry> entries = log.read(1, 10);
        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditHashes.GENESIS);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
        }
        assertThat(entries.get(0).at()).isEqualTo(T0);
        assertThat(log.read(4, 10)).extracting(AuditEntry::sequence).containsExactly(4L, 5L);
        assertThat(log.read(2, 2)).extracting(AuditEntry::sequence).containsExactly(2L, 3L);
        assertThat(log.read(9, 10)).isEmpty();
        assertThat(log.verify()).isEqualTo(ChainCheck.intact(5));
    }

    @Test
    void anEmptyLogIsIntact() {
        assertThat(log().verify().isIntact()).isTrue();
    }

    @Test
    void concurrentAppendsLeaveNoGapAndNoFork() throws Exception {
        AuditLog log = log();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    log.append(T0, "SYSTEM", "TEST", "t" + thread + "-" + i, null);
                }
            }));
        }
        for (Future<?> each : done) {
            each.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(log.verify()).isEqualTo(ChainCheck.intact(200));
    }

    @Test
    void aChangedEntryIsFoundExactly() {
        AuditLog log = filled(log(), 6);
        AuditEntry third = log.read(3, 1).get(0);
        tamper(log, new AuditEntry(3, third.at(), third.actor(), third.action(), third.subject(), "{\"what\":\"NOTHING\"}",
                third.previousHash(), third.hash()));
        ChainCheck check = log.verify();
        assertThat(check.firstBrokenEntry()).contains(3L);
        assertThat(check.problem()).isEqualTo(ChainCheck.Problem.CONTENT_ALTERED);
        assertThat(check.checked()).isEqualTo(2);
    }

    @Test
    void aChangedEntryWithItsHashRecomputedBreaksTheNextLink() {
        AuditLog log = filled(log(), 6);
        AuditEntry fourth = log.read(4, 1).get(0);
        String forged = AuditHashes.of(fourth.previousHash(), 4, fourth.at(), "EXPERT:someone-else", fourth.action(),
                fourth.subject(), fourth.detail());
        tamper(log, new AuditEntry(4, fourth.at(), "EXPERT:someone-else", fourth.action(), fourth.subject(),
                fourth.detail(), fourth.previousHash(), forged));
        ChainCheck check = log.verify();
        assertThat(check.firstBrokenEntry()).contains(5L);
        assertThat(check.problem()).isEqualTo(ChainCheck.Problem.LINK_BROKEN);
    }

    @Test
    void aDeletedEntryIsAGap() {
        AuditLog log = filled(log(), 6);
        remove(log, 2);
        ChainCheck check = log.verify();
        assertThat(check.firstBrokenEntry()).contains(2L);
        assertThat(check.problem()).isEqualTo(ChainCheck.Problem.SEQUENCE_GAP);
    }
}

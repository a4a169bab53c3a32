package cn.remotewindow.signaling.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link TicketLedger} must have. Subclasses supply the implementation. */
public abstract class TicketLedgerContract {

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:00Z"));

    protected abstract TicketLedger newLedger(Clock clock);

    @Test
    void aTicketIdIsAcceptedOnlyOnceUntilItExpires() {
        TicketLedger ledger = newLedger(clock);
        Instant expiry = clock.instant().plusSeconds(60);
        assertThat(ledger.firstUse("t1", expiry)).isTrue();
        assertThat(ledger.firstUse("t1", expiry)).isFalse();
        assertThat(ledger.firstUse("t2", expiry)).isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(ledger.firstUse("t1", expiry)).isFalse();
    }

    @Test
    void ofManyUsesAtOnceExactlyOneIsTheFirst() throws Exception {
        TicketLedger ledger = newLedger(clock);
        Instant expiry = clock.instant().plusSeconds(60);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> uses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                uses.add(pool.submit(() -> {
                    go.await();
                    return ledger.firstUse("t1", expiry);
                }));
            }
            go.countDown();
            int first = 0;
            for (Future<Boolean> use : uses) {
                first += use.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(first).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}

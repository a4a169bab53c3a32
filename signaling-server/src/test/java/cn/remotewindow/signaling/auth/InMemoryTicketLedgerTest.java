package cn.remotewindow.signaling.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InMemoryTicketLedgerTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-21T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aTicketIdIsAcceptedOnlyOnceUntilItExpires() {
        TicketLedger ledger = new InMemoryTicketLedger(clock);
        Instant expiry = now.get().plusSeconds(60);
        assertThat(ledger.firstUse("t1", expiry)).isTrue();
        assertThat(ledger.firstUse("t1", expiry)).isFalse();
        assertThat(ledger.firstUse("t2", expiry)).isTrue();
        now.set(now.get().plus(Duration.ofSeconds(59)));
        assertThat(ledger.firstUse("t1", expiry)).isFalse();
    }

    @Test
    void expiredIdsAreForgottenSoMemoryStaysBounded() {
        InMemoryTicketLedger ledger = new InMemoryTicketLedger(clock);
        for (int i = 0; i < 1000; i++) {
            ledger.firstUse("old-" + i, now.get().plusSeconds(60));
        }
        now.set(now.get().plus(Duration.ofMinutes(2)));
        ledger.firstUse("new", now.get().plusSeconds(60));
        // An expired id is gone from the ledger; the ticket itself is refused by its expiry anyway.
        assertThat(ledger.firstUse("old-1", now.get().plusSeconds(60))).isTrue();
    }
}

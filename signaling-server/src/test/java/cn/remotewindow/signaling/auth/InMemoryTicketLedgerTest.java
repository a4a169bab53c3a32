package cn.remotewindow.signaling.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryTicketLedgerTest extends TicketLedgerContract {

    @Override
    protected TicketLedger newLedger(Clock clock) {
        return new InMemoryTicketLedger(clock);
    }

    @Test
    void expiredIdsAreForgottenSoMemoryStaysBounded() {
        InMemoryTicketLedger ledger = new InMemoryTicketLedger(clock);
        for (int i = 0; i < 1000; i++) {
            ledger.firstUse("old-" + i, clock.instant().plusSeconds(60));
        }
        clock.advance(Duration.ofMinutes(2));
        ledger.firstUse("new", clock.instant().plusSeconds(60));
        // An expired id is gone from the ledger; the ticket itself is refused by its expiry anyway.
        assertThat(ledger.firstUse("old-1", clock.instant().plusSeconds(60))).isTrue();
    }
}

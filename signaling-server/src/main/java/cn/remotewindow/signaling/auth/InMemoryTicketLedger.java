package cn.remotewindow.signaling.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Ticket ids of this node, forgotten once expired (an expired ticket is refused anyway). */
public final class InMemoryTicketLedger implements TicketLedger {

    private final ConcurrentMap<String, Instant> used = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryTicketLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean firstUse(String ticketId, Instant expiresAt) {
        if (used.size() > 10_000) {
            Instant now = clock.instant();
            used.values().removeIf(expiry -> expiry.isBefore(now));
        }
        return used.putIfAbsent(ticketId, expiresAt) == null;
    }
}

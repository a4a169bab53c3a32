package cn.remotewindow.signaling.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Ticket ids of this node, forgotten once expired (an expired ticket is refused anyway). */
public final class InMemoryTicketLedger implements TicketLedger {

    /** Forgetting expired ids is a scan, so it runs at most this often, not on every use. */
    private static final long PURGE_EVERY_MILLIS = 10_000;

    private final ConcurrentMap<String, Instant> used = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile long lastPurge;

    public InMemoryTicketLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean firstUse(String ticketId, Instant expiresAt) {
        long now = clock.millis();
        if (now - lastPurge > PURGE_EVERY_MILLIS) {
            lastPurge = now;
            Instant cutoff = Instant.ofEpochMilli(now);
            used.values().removeIf(expiry -> expiry.isBefore(cutoff));
        }
        return used.putIfAbsent(ticketId, expiresAt) == null;
    }
}

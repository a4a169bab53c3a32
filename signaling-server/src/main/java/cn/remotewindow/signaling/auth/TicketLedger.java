package cn.remotewindow.signaling.auth;

import java.time.Instant;

/** Remembers which signaling tickets were used, so that none is accepted twice. */
public interface TicketLedger {

    /**
     * Records the first use of a ticket id.
     *
     * @return true the first time an id is seen, false on every later call until {@code expiresAt}
     */
    boolean firstUse(String ticketId, Instant expiresAt);
}

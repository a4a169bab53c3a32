package cn.remotewindow.bench.signaling;

import cn.remotewindow.signaling.auth.InMemoryTicketLedger;
import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.party.Party;
import java.time.Clock;
import java.time.Duration;

/**
 * Mints signaling tickets with the server's own code and the secret the server was started with,
 * so that thousands of simulated parties need no HTTP log-in. A ticket is minted right before
 * its connection authenticates, well within the server's ticket lifetime.
 */
final class TicketMint {

    private static final Duration TICKET_TTL = Duration.ofSeconds(60);

    private final SignalingTickets tickets;

    TicketMint(String base64Secret, String issuer) {
        WindowProperties.Auth auth = new WindowProperties.Auth(base64Secret, issuer, Duration.ofHours(12),
                Duration.ofHours(24), Duration.ofHours(8), TICKET_TTL, 10);
        Clock clock = Clock.systemUTC();
        this.tickets = new SignalingTickets(JwtKey.from(auth), issuer, TICKET_TTL, new InMemoryTicketLedger(clock), clock);
    }

    String ticketFor(Party party) {
        return tickets.issue(party).token();
    }
}

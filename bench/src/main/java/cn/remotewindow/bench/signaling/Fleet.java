package cn.remotewindow.bench.signaling;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.protocol.message.Auth;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Opens and authenticates the simulated parties' connections, a bounded number at a time so that
 * the server's accept backlog never overflows. Each ticket is minted right before it is used.
 */
final class Fleet {

    private final SignalingClients clients;
    private final URI uri;
    private final TicketMint mint;
    private final int concurrency;

    Fleet(SignalingClients clients, URI uri, TicketMint mint, int concurrency) {
        this.clients = clients;
        this.uri = uri;
        this.mint = mint;
        this.concurrency = concurrency;
    }

    /**
     * Connects every party and waits until each is ready or has failed.
     *
     * @return how many parties are ready
     */
    int open(List<? extends SimulatedParty> parties, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Semaphore inFlight = new Semaphore(concurrency);
        for (SimulatedParty party : parties) {
            if (!inFlight.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                break;
            }
            party.ready().whenComplete((ok, error) -> inFlight.release());
            clients.connect(uri, party).whenComplete((connection, error) -> {
                if (error != null) {
                    party.failed(error);
                    return;
                }
                party.attach(connection);
                connection.send(null, new Auth(mint.ticketFor(party.identity())));
            });
        }
        inFlight.tryAcquire(concurrency, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return countReady(parties);
    }

    /**
     * Connects a party again, here, as a client does after losing its server: with a fresh ticket
     * and {@code auth.resume} of the session it was in (null: none). Does not wait.
     */
    void reopen(SimulatedParty party, String resume) {
        clients.connect(uri, party).whenComplete((connection, error) -> {
            if (error != null) {
                party.failed(error);
                return;
            }
            party.attach(connection);
            connection.send(null, new Auth(mint.ticketFor(party.identity()), resume));
        });
    }

    URI uri() {
        return uri;
    }

    private static int countReady(List<? extends SimulatedParty> parties) {
        int ready = 0;
        for (SimulatedParty party : parties) {
            if (party.ready().isDone() && !party.ready().isCompletedExceptionally()) {
                ready++;
            }
        }
        return ready;
    }
}

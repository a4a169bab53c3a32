package cn.remotewindow.signaling.record.store;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.client.SignalingConnection;
import cn.remotewindow.client.SignalingListener;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.MissingDocument;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.testing.WindowApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One kiosk and the one expert who holds the item it asks for, serving citizens back to back
 * over the public protocol as the demo kiosk and the console do: request, ring, accept, offer,
 * answer, peer.connected; once the call is ACTIVE the expert records the outcome (受理), and when
 * that is acknowledged hangs up and corrects it in wrap-up (容缺受理, sent right behind
 * session.end) — or, for a call that must still be going when the server stops, stays in it; the
 * kiosk asks again as soon as the session has ended. Every submission and
 * acknowledgement goes into the {@link OutcomeLedger}. Runs on the clients' I/O threads, never
 * blocks them.
 */
final class ServiceLoop implements AutoCloseable {

    /** An account of the server: the expert's username and password, or the kiosk's id and secret. */
    record Account(String name, String secret) {
    }

    private static final String OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    private static final String ANSWER = "v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

    private final Account expert;
    private final Account kiosk;
    private final String itemCode;
    private final String casePrefix;
    private final int sessions;
    private final boolean hangsUp;
    private final OutcomeLedger ledger;
    private final AtomicInteger requested = new AtomicInteger();
    private final AtomicInteger correlation = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(2);
    /** Session id -> the case number its request named (the expert learns it from the ring). */
    private final Map<String, String> caseNumbers = new ConcurrentHashMap<>();
    private volatile String expertToken;
    private volatile SignalingConnection expertConnection;
    private volatile SignalingConnection kioskConnection;

    /**
     * @param casePrefix case numbers are this prefix and a counter, e.g. {@code 410702-2026-1}
     * @param sessions   how many sessions the kiosk asks for, one after the other
     * @param hangsUp    false: the expert stays in the (first) call once its outcome is acknowledged
     */
    ServiceLoop(Account expert, Account kiosk, String itemCode, String casePrefix, int sessions, boolean hangsUp,
                OutcomeLedger ledger) {
        this.expert = expert;
        this.kiosk = kiosk;
        this.itemCode = itemCode;
        this.casePrefix = casePrefix;
        this.sessions = sessions;
        this.hangsUp = hangsUp;
        this.ledger = ledger;
    }

    /** Signs both in over HTTP, opens their WebSockets with fresh tickets and starts the loop. */
    void start(WindowApi api, SignalingClients clients) throws Exception {
        expertToken = api.expertToken(expert.name(), expert.secret());
        expertConnection = connect(clients, api.ticket(expertToken), this::expertHears);
        kioskConnection = connect(clients, api.ticket(api.kioskToken(kiosk.name(), kiosk.secret())), this::kioskHears);
    }

    /** The expert's access token (it outlives the server process when the JWT key is configured). */
    String expertToken() {
        return expertToken;
    }

    String expertId() {
        return expert.name();
    }

    /** Waits until both connections are gone (after the server was killed, for instance). */
    boolean awaitClosed(Duration within) throws InterruptedException {
        return closed.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    private SignalingConnection connect(SignalingClients clients, WindowApi.Ticket ticket, Hears hears) throws Exception {
        SignalingConnection[] self = new SignalingConnection[1];
        CountDownLatch ready = new CountDownLatch(1);
        SignalingConnection connection = clients.connect(ticket.url(), new SignalingListener() {
            @Override
            public void onMessage(Envelope envelope) {
                try {
                    ready.await();
                    hears.hear(self[0], envelope);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    ledger.problem("handling " + envelope + ": " + e);
                }
            }

            @Override
            public void onClosed(int code, String reason) {
                closed.countDown();
            }
        }).get(10, TimeUnit.SECONDS);
        // The server speaks only after auth; the latch makes sure the listener sees its connection anyway.
        self[0] = connection;
        ready.countDown();
        connection.send(null, new Auth(ticket.token()));
        return connection;
    }

    @FunctionalInterface
    private interface Hears {
        void hear(SignalingConnection connection, Envelope envelope);
    }

    private void kioskHears(SignalingConnection kiosk, Envelope envelope) {
        Object body = envelope.body();
        if (body instanceof AuthOk || body instanceof SessionEnded) {
            requestNext(kiosk);
        } else if (body instanceof SessionEstablished) {
            kiosk.send(envelope.sessionId(), new SdpOffer(OFFER, false));
        } else if (body instanceof SdpAnswer) {
            kiosk.send(envelope.sessionId(), new PeerConnected());
        } else if (body instanceof ErrorReply error) {
            ledger.problem(this.kiosk.name() + " got " + error);
        }
    }

    private void requestNext(SignalingConnection kiosk) {
        int number = requested.incrementAndGet();
        if (number <= sessions) {
            kiosk.send(null, new ServiceRequest(itemCode, null, casePrefix + number, Priority.NORMAL));
        }
    }

    private void expertHears(SignalingConnection expert, Envelope envelope) {
        String sessionId = envelope.sessionId();
        Object body = envelope.body();
        if (body instanceof AuthOk) {
            expert.send(null, new PresenceSet(ExpertState.AVAILABLE));
        } else if (body instanceof Ring ring) {
            caseNumbers.put(sessionId, ring.request().caseNumber());
            expert.send(sessionId, new RingAccept());
        } else if (body instanceof SessionEstablished) {
            ledger.sessionServed(sessionId, this.expert.name());
        } else if (body instanceof SdpOffer) {
            expert.send(sessionId, new SdpAnswer(ANSWER, null, null));
        } else if (body instanceof SessionStatus status && status.phase() == SessionPhase.ACTIVE) {
            // No case number: the server takes the request's.
            submit(expert, sessionId, new OutcomeSubmit(CaseOutcome.ACCEPTED, null, null, null, null));
        } else if (body instanceof OutcomeRecorded recorded) {
            ledger.acknowledged(this.expert.name(), envelope.id(), sessionId, recorded.outcome(), recorded.caseNumber(),
                    recorded.recordedAt());
            if (recorded.outcome() == CaseOutcome.ACCEPTED && hangsUp) {
                // Wrap-up: hang up, and correct the outcome right behind it (recorded on the ended session).
                expert.send(sessionId, new SessionEnd(EndReason.HANGUP));
                submit(expert, sessionId, new OutcomeSubmit(CaseOutcome.ACCEPTED_PENDING_DOCUMENTS,
                        recorded.caseNumber(), List.of(new MissingDocument("户口簿原件", "2026-12-31")), null,
                        "市民下周补交"));
            }
        } else if (body instanceof ErrorReply error) {
            ledger.refused(this.expert.name(), envelope.id(), error.toString());
        }
    }

    private void submit(SignalingConnection expert, String sessionId, OutcomeSubmit submit) {
        String id = "o" + correlation.incrementAndGet();
        ledger.sending(new OutcomeLedger.Submission(this.expert.name(), id, sessionId, submit.outcome(),
                caseNumbers.get(sessionId)));
        expert.send(new Envelope(id, sessionId, submit));
        ledger.sent();
    }

    @Override
    public void close() {
        if (kioskConnection != null) {
            kioskConnection.close();
        }
        if (expertConnection != null) {
            expertConnection.close();
        }
    }
}

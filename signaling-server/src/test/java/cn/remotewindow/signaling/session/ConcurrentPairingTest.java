package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.client.SignalingConnection;
import cn.remotewindow.client.SignalingListener;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.RingDecline;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.testing.ServerTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Many kiosks ask at once, over real connections, while experts accept, decline and hang up.
 * Every request is served exactly once by exactly one expert, and none is lost.
 */
// The test's experts are robots answering within microseconds: lift the per-connection rate limit
// meant for people, which they would otherwise hit in bursts.
@TestPropertySource(properties = {"window.routing.ring-timeout=30s",
        "window.signaling.rate-limit.messages-per-second=2000", "window.signaling.rate-limit.burst=2000"})
class ConcurrentPairingTest extends ServerTest {

    private static final int KIOSKS = 150;
    private static final int EXPERTS = 12;
    private static final int ROUNDS = 3;

    @Autowired
    SessionRecords recorder;

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Map<String, String> acceptedBy = new ConcurrentHashMap<>();
    private final AtomicInteger served = new AtomicInteger();

    @Test
    void everyRequestIsServedOnceByOneExpert() throws Exception {
        URI uri = parties.uri();
        try (SignalingClients clients = new SignalingClients(2)) {
            List<SignalingConnection> experts = new ArrayList<>();
            for (int i = 0; i < EXPERTS; i++) {
                String id = "load-e" + i;
                experts.add(open(clients, uri, new Expert(id, "专家" + i, Set.of("LOAD")),
                        (connection, envelope) -> expertHears(id, connection, envelope)));
            }
            for (SignalingConnection expert : experts) {
                expert.send(null, new PresenceSet(ExpertState.AVAILABLE));
            }
            CountDownLatch done = new CountDownLatch(KIOSKS * ROUNDS);
            List<SignalingConnection> kiosks = new ArrayList<>();
            for (int i = 0; i < KIOSKS; i++) {
                Kiosk kiosk = new Kiosk("load-k" + i, "终端" + i, "牧野区");
                AtomicInteger rounds = new AtomicInteger();
                kiosks.add(open(clients, uri, kiosk,
                        (connection, envelope) -> kioskHears(connection, envelope, rounds, served, done)));
            }
            // Everyone asks at the same moment.
            kiosks.parallelStream().forEach(k -> k.send(null, request()));
            assertThat(done.await(60, TimeUnit.SECONDS)).as("all rounds completed; problems: %s", problems).isTrue();
        }
        assertThat(problems).isEmpty();
        assertThat(served.get()).isEqualTo(KIOSKS * ROUNDS);
        assertThat(acceptedBy).hasSize(KIOSKS * ROUNDS);
        Map<String, List<SessionEvent>> bySession = new ConcurrentHashMap<>();
        for (String session : acceptedBy.keySet()) {
            bySession.put(session, recorder.eventsOf(session));
        }
        assertThat(bySession).hasSize(KIOSKS * ROUNDS);
        bySession.forEach((session, events) -> {
            assertThat(events.stream().filter(e -> e.kind() == SessionEvent.Kind.ACCEPTED)).hasSize(1);
            assertThat(events.stream().filter(e -> e.kind() == SessionEvent.Kind.ENDED)).hasSize(1);
            assertThat(events.get(events.size() - 1).expertId()).isEqualTo(acceptedBy.get(session));
        });
    }

    private static ServiceRequest request() {
        Priority priority = ThreadLocalRandom.current().nextInt(5) == 0 ? Priority.GREEN_CHANNEL : Priority.NORMAL;
        return new ServiceRequest("LOAD", null, null, priority);
    }

    private SignalingConnection open(SignalingClients clients, URI uri, Party party,
                                     BiConsumer<SignalingConnection, Envelope> onMessage) throws Exception {
        CountDownLatch authenticated = new CountDownLatch(1);
        AtomicReference<SignalingConnection> self = new AtomicReference<>();
        SignalingConnection connection = clients.connect(uri, new SignalingListener() {
            @Override
            public void onMessage(Envelope envelope) {
                if (envelope.body() instanceof AuthOk) {
                    authenticated.countDown();
                } else if (envelope.body() instanceof ErrorReply error) {
                    problems.add(party.id() + " got " + error);
                } else {
                    onMessage.accept(self.get(), envelope);
                }
            }
        }).get(10, TimeUnit.SECONDS);
        self.set(connection);
        connection.send(null, new Auth(parties.ticketFor(party)));
        assertThat(authenticated.await(10, TimeUnit.SECONDS)).isTrue();
        return connection;
    }

    /** Runs on the expert connection's I/O thread: decline one ring in ten, accept the others, hang up once connected. */
    private void expertHears(String expertId, SignalingConnection expert, Envelope envelope) {
        if (envelope.body() instanceof Ring) {
            if (ThreadLocalRandom.current().nextInt(10) == 0) {
                expert.send(envelope.sessionId(), new RingDecline("busy"));
            } else {
                expert.send(envelope.sessionId(), new RingAccept());
            }
        } else if (envelope.body() instanceof SessionEstablished) {
            String previous = acceptedBy.putIfAbsent(envelope.sessionId(), expertId);
            if (previous != null) {
                problems.add(envelope.sessionId() + " established with " + expertId + " and " + previous);
            }
        } else if (envelope.body() instanceof SdpOffer) {
            expert.send(envelope.sessionId(), new SessionEnd(EndReason.HANGUP));
        }
    }

    private void kioskHears(SignalingConnection kiosk, Envelope envelope, AtomicInteger rounds, AtomicInteger served,
                            CountDownLatch done) {
        if (envelope.body() instanceof SessionEstablished) {
            // Connected first: the expert hangs up as soon as the offer arrives.
            kiosk.send(envelope.sessionId(), new PeerConnected());
            kiosk.send(envelope.sessionId(), new SdpOffer("v=0\r\n", false));
        } else if (envelope.body() instanceof SessionEnded ended) {
            if (ended.reason() != EndReason.HANGUP) {
                problems.add("session " + envelope.sessionId() + " ended " + ended);
            }
            served.incrementAndGet();
            done.countDown();
            if (rounds.incrementAndGet() < ROUNDS) {
                kiosk.send(null, request());
            }
        } else if (envelope.body() instanceof SessionStatus status && status.phase() == SessionPhase.ENDED) {
            problems.add("unexpected " + status);
        }
    }
}

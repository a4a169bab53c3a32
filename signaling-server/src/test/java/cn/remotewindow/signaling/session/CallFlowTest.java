package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.IceRestart;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A whole call over real WebSockets: request, ring, accept, negotiation relayed, end, and the record of it. */
class CallFlowTest extends ServerTest {

    static final String OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    static final String ANSWER = "v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

    @Autowired
    SessionRecords recorder;

    @Test
    void kioskAndExpertArePairedAndTheirNegotiationIsRelayed() {
        TestParty expert = parties.expert("flow-e1", "PSB-HJQY", "PSB");
        TestParty kiosk = parties.kiosk("flow-k1", "卫滨区");

        String requestId = kiosk.send(new ServiceRequest("PSB-HJQY", "PSB", "XX2026-0001", Priority.NORMAL));
        Envelope requested = kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.REQUESTED);
        assertThat(requested.id()).isEqualTo(requestId);
        String sessionId = requested.sessionId();
        assertThat(sessionId).isNotBlank();

        Envelope ring = expert.await(Ring.class);
        assertThat(ring.sessionId()).isEqualTo(sessionId);
        Ring rung = (Ring) ring.body();
        assertThat(rung.request().kioskId()).isEqualTo("flow-k1");
        assertThat(rung.request().district()).isEqualTo("卫滨区");
        assertThat(rung.request().caseNumber()).isEqualTo("XX2026-0001");
        assertThat(rung.request().kioskName()).as("the kiosk's display name from its token").isEqualTo("自助终端 flow-k1");
        assertThat(rung.deadline()).isGreaterThan(System.currentTimeMillis());
        kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.RINGING);
        expert.await(PresenceState.class, p -> p.state() == ExpertState.BUSY);

        expert.send(sessionId, new RingAccept());
        SessionEstablished atKiosk = kiosk.awaitBody(SessionEstablished.class);
        SessionEstablished atExpert = expert.awaitBody(SessionEstablished.class);
        assertThat(atKiosk.sdpRole()).isEqualTo(SdpRole.OFFERER);
        assertThat(atKiosk.peer().role()).isEqualTo(Role.EXPERT);
        assertThat(atKiosk.peer().id()).isEqualTo("flow-e1");
        assertThat(atExpert.sdpRole()).isEqualTo(SdpRole.ANSWERER);
        assertThat(atExpert.peer().district()).isEqualTo("卫滨区");
        assertThat(atExpert.request()).as("the expert's copy repeats the ring's request").isEqualTo(rung.request());
        assertThat(atKiosk.request()).as("the kiosk's copy has none").isNull();

        kiosk.send(sessionId, new SdpOffer(OFFER, false));
        assertThat(expert.awaitBody(SdpOffer.class)).isEqualTo(new SdpOffer(OFFER, false, null, "flow-k1"));
        expert.send(sessionId, new SdpAnswer(ANSWER));
        assertThat(kiosk.awaitBody(SdpAnswer.class)).isEqualTo(new SdpAnswer(ANSWER, null, "flow-e1"));
        kiosk.send(sessionId, new IceCandidate("candidate:1 1 udp 2122260223 10.0.0.2 50000 typ host", "0", 0, "u1"));
        assertThat(expert.awaitBody(IceCandidate.class).candidate()).contains("10.0.0.2");
        expert.send(sessionId, new IceCandidate("candidate:2 1 udp 2122260223 10.0.0.3 50001 typ host", "0", 0, "u2"));
        assertThat(kiosk.awaitBody(IceCandidate.class).candidate()).contains("10.0.0.3");

        kiosk.send(sessionId, new PeerConnected());
        kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.ACTIVE);
        expert.await(SessionStatus.class, s -> s.phase() == SessionPhase.ACTIVE);

        kiosk.send(sessionId, new MediaState(true, false, true));
        // Relayed copies name their sender's id (new in the three-party revision); nothing else changes.
        assertThat(expert.awaitBody(MediaState.class)).isEqualTo(new MediaState(true, false, true, null, "flow-k1"));
        kiosk.send(sessionId, new Chat("我带了身份证", Role.EXPERT, 1L));
        Chat chat = expert.awaitBody(Chat.class);
        assertThat(chat.text()).isEqualTo("我带了身份证");
        assertThat(chat.from()).as("the server says who wrote it, not the client").isEqualTo(Role.KIOSK);
        assertThat(chat.sentAt()).isGreaterThan(1L);
        assertThat(chat.fromId()).isEqualTo("flow-k1");
        expert.send(sessionId, new IceRestart());
        assertThat(kiosk.awaitBody(IceRestart.class)).isEqualTo(new IceRestart(null, "flow-e1"));

        expert.send(sessionId, new SessionEnd(EndReason.HANGUP));
        assertThat(kiosk.awaitBody(SessionEnded.class)).isEqualTo(new SessionEnded(Role.EXPERT, EndReason.HANGUP));
        assertThat(expert.awaitBody(SessionEnded.class)).isEqualTo(new SessionEnded(Role.EXPERT, EndReason.HANGUP));
        expert.await(PresenceState.class, p -> p.state() == ExpertState.AVAILABLE);

        List<SessionEvent.Kind> kinds = recorder.eventsOf(sessionId).stream().map(SessionEvent::kind).toList();
        assertThat(kinds).containsExactly(SessionEvent.Kind.REQUESTED, SessionEvent.Kind.RUNG,
                SessionEvent.Kind.ACCEPTED, SessionEvent.Kind.CONNECTED, SessionEvent.Kind.ENDED);
        SessionEvent ended = recorder.eventsOf(sessionId).get(4);
        assertThat(ended.expertId()).isEqualTo("flow-e1");
        assertThat(ended.kioskId()).isEqualTo("flow-k1");
        assertThat(ended.endedBy()).isEqualTo(Role.EXPERT);
        assertThat(ended.endReason()).isEqualTo(EndReason.HANGUP);
    }

    @Test
    void candidatesSentBeforeTheOfferArriveAfterIt() {
        TestParty expert = parties.expert("order-e1", "ORDER");
        TestParty kiosk = parties.kiosk("order-k1");
        String sessionId = Parties.call(kiosk, expert, "ORDER");

        kiosk.send(sessionId, new IceCandidate("candidate:early 1 udp 1 10.0.0.9 5000 typ host", "0", 0, null));
        kiosk.send(sessionId, new IceCandidate("candidate:early2 1 udp 1 10.0.0.9 5001 typ host", "0", 0, null));
        expert.assertNone(IceCandidate.class, Duration.ofMillis(300));
        kiosk.send(sessionId, new SdpOffer(OFFER, false));

        List<Envelope> seen = expert.awaitInOrder(3, SdpOffer.class, IceCandidate.class);
        assertThat(seen).extracting(e -> e.body().getClass().getSimpleName())
                .containsExactly("SdpOffer", "IceCandidate", "IceCandidate");
        assertThat(((IceCandidate) seen.get(1).body()).candidate()).contains("early ");
        assertThat(((IceCandidate) seen.get(2).body()).candidate()).contains("early2");

        // After the description, candidates flow straight through; the answerer's too are held until its answer.
        expert.send(sessionId, new IceCandidate("candidate:late 1 udp 1 10.0.0.8 5002 typ host", "0", 0, null));
        kiosk.assertNone(IceCandidate.class, Duration.ofMillis(200));
        expert.send(sessionId, new SdpAnswer(ANSWER));
        assertThat(kiosk.awaitInOrder(2, SdpAnswer.class, IceCandidate.class))
                .extracting(e -> e.body().getClass().getSimpleName()).containsExactly("SdpAnswer", "IceCandidate");
    }

    @Test
    void theKioskOffersFirstThenEitherPartyMayRenegotiate() {
        TestParty expert = parties.expert("offer-e1", "OFFER");
        TestParty kiosk = parties.kiosk("offer-k1");
        String sessionId = Parties.call(kiosk, expert, "OFFER");
        String id = expert.send(sessionId, new SdpOffer(OFFER, false));
        assertThat(expert.awaitError(ErrorCode.NOT_OFFERER).id()).isEqualTo(id);
        kiosk.assertNone(SdpOffer.class, Duration.ofMillis(200));
        kiosk.send(sessionId, new SdpAnswer(ANSWER));
        kiosk.awaitError(ErrorCode.INVALID_STATE);

        kiosk.send(sessionId, new SdpOffer(OFFER, false));
        expert.await(SdpOffer.class);
        expert.send(sessionId, new SdpAnswer(ANSWER));
        kiosk.await(SdpAnswer.class);
        // The expert adds a screen share: a new offer from the expert, answered by the kiosk.
        expert.send(sessionId, new SdpOffer(OFFER + "m=video 9 UDP/TLS/RTP/SAVPF 96\r\n", false));
        assertThat(kiosk.awaitBody(SdpOffer.class).sdp()).contains("m=video");
        kiosk.send(sessionId, new SdpAnswer(ANSWER));
        expert.await(SdpAnswer.class);
        kiosk.send(sessionId, new IceRestart());
        expert.await(IceRestart.class);
    }
}

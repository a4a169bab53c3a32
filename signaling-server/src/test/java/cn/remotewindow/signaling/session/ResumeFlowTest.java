package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionResumed;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A dropped connection within the grace period: the party comes back to the same session, nothing re-queued or re-rung. */
class ResumeFlowTest extends ServerTest {

    static final String OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    static final String ANSWER = "v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

    @Autowired
    SessionRecords recorder;


    @Test
    void aKioskWhoseConnectionDropsGetsItsCallBackWithWhatWasSaidMeanwhile() {
        TestParty expert = parties.expert("resume-e1", "RESUME");
        TestParty kiosk = parties.kiosk("resume-k1", "凤泉区");
        String sessionId = Parties.activeCall(kiosk, expert, "RESUME");

        kiosk.drop();
        assertThat(expert.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.KIOSK, false));
        expert.send(sessionId, new Chat("您还在吗？", null, null));
        expert.send(sessionId, new IceCandidate("candidate:9 1 udp 1 10.0.0.9 5009 typ host", "0", 0, null));

        TestParty back = parties.kiosk("resume-k1", "凤泉区");
        Envelope resumed = back.await(SessionResumed.class);
        assertThat(resumed.sessionId()).isEqualTo(sessionId);
        SessionResumed snapshot = (SessionResumed) resumed.body();
        assertThat(snapshot.phase()).isEqualTo(SessionPhase.ACTIVE);
        assertThat(snapshot.sdpRole()).isEqualTo(SdpRole.OFFERER);
        assertThat(snapshot.peer().id()).isEqualTo("resume-e1");
        assertThat(snapshot.peerConnected()).isTrue();
        assertThat(snapshot.request()).as("the kiosk's copy carries no request").isNull();
        assertThat(back.awaitInOrder(2, Chat.class, IceCandidate.class))
                .extracting(e -> e.body().getClass().getSimpleName()).containsExactly("Chat", "IceCandidate");
        assertThat(expert.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.KIOSK, true));

        // The call goes on: an ICE restart offer reaches the expert, and nothing was re-rung.
        back.send(sessionId, new SdpOffer(OFFER, true));
        assertThat(expert.awaitBody(SdpOffer.class).iceRestart()).isTrue();
        expert.assertNone(Ring.class, Duration.ofMillis(200));
        List<SessionEvent.Kind> kinds = recorder.eventsOf(sessionId).stream().map(SessionEvent::kind).toList();
        assertThat(kinds).containsExactly(SessionEvent.Kind.REQUESTED, SessionEvent.Kind.RUNG,
                SessionEvent.Kind.ACCEPTED, SessionEvent.Kind.CONNECTED);
    }

    @Test
    void anExpertWhoseConnectionDropsGetsTheCallBackAndStaysAwayAfterIt() {
        TestParty expert = parties.expert("resume-e2", "RESUME2");
        TestParty kiosk = parties.kiosk("resume-k2");
        String sessionId = Parties.activeCall(kiosk, expert, "RESUME2");

        expert.drop();
        assertThat(kiosk.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.EXPERT, false));
        kiosk.send(sessionId, new Chat("老师，我等您", null, null));

        TestParty back = parties.authenticated(new Expert("resume-e2", "专家 resume-e2", Set.of("RESUME2")));
        SessionResumed snapshot = back.awaitBody(SessionResumed.class);
        assertThat(snapshot.sdpRole()).isEqualTo(SdpRole.ANSWERER);
        assertThat(snapshot.peer().id()).isEqualTo("resume-k2");
        assertThat(snapshot.request()).as("the expert can rebuild its case panel").isNotNull();
        assertThat(snapshot.request().kioskId()).isEqualTo("resume-k2");
        assertThat(snapshot.request().kioskName()).isEqualTo("自助终端 resume-k2");
        assertThat(snapshot.request().skill()).isEqualTo("RESUME2");
        assertThat(back.awaitBody(Chat.class).text()).isEqualTo("老师，我等您");
        back.await(PresenceState.class, p -> p.state() == ExpertState.BUSY);
        assertThat(kiosk.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.EXPERT, true));

        // Not rung while away; after the call the expert is AWAY until they choose otherwise.
        TestParty other = parties.kiosk("resume-k3");
        other.send(new ServiceRequest("RESUME2", null, null, Priority.NORMAL));
        back.send(sessionId, new SessionEnd(EndReason.HANGUP));
        kiosk.await(SessionEnded.class);
        back.await(PresenceState.class, p -> p.state() == ExpertState.AWAY);
        back.assertNone(Ring.class, Duration.ofMillis(300));
        back.send(new PresenceSet(ExpertState.AVAILABLE));
        back.await(Ring.class);
    }

    @Test
    void aQueuedKioskKeepsItsPlace() {
        TestParty kiosk = parties.kiosk("resume-k4");
        kiosk.send(new ServiceRequest("RESUME4", null, null, Priority.NORMAL));
        String sessionId = kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED).sessionId();
        kiosk.awaitBody(QueueUpdate.class);
        kiosk.drop();

        TestParty back = parties.kiosk("resume-k4");
        assertThat(back.awaitBody(SessionResumed.class).phase()).isEqualTo(SessionPhase.QUEUED);
        assertThat(back.awaitBody(QueueUpdate.class).position()).isEqualTo(1);
        TestParty expert = parties.expert("resume-e4", "RESUME4");
        assertThat(expert.await(Ring.class).sessionId()).isEqualTo(sessionId);
    }

    @Test
    void aSessionThatEndedWhileThePartyWasAwayIsReportedOnReturn() {
        TestParty expert = parties.expert("resume-e5", "RESUME5");
        TestParty kiosk = parties.kiosk("resume-k5");
        String sessionId = Parties.activeCall(kiosk, expert, "RESUME5");
        kiosk.drop();
        expert.await(PeerStatus.class);
        expert.send(sessionId, new SessionEnd(EndReason.HANGUP));
        expert.await(SessionEnded.class);

        TestParty back = parties.kiosk("resume-k5");
        Envelope ended = back.await(SessionEnded.class);
        assertThat(ended.sessionId()).isEqualTo(sessionId);
        assertThat(ended.body()).isEqualTo(new SessionEnded(Role.EXPERT, EndReason.HANGUP));
        back.assertNone(SessionResumed.class, Duration.ofMillis(200));
        // Told once only.
        TestParty again = parties.kiosk("resume-k5");
        again.assertNone(SessionEnded.class, Duration.ofMillis(300));
    }

    @Test
    void askingToResumeASessionTheServerDoesNotHaveGetsAnAnswerAtOnce() {
        TestParty kiosk = parties.anonymous();
        String unknown = "6f0c1e7a-0000-4000-8000-000000000000";
        kiosk.send(new Auth(parties.ticketFor(new Kiosk("resume-k6", "终端", "红旗区")), unknown));
        kiosk.await(AuthOk.class);
        Envelope answer = kiosk.await(SessionEnded.class);
        assertThat(answer.sessionId()).isEqualTo(unknown);
        assertThat(answer.body()).isEqualTo(new SessionEnded(Role.SERVER, EndReason.SESSION_LOST));
    }

    @Test
    void askingToResumeAnEndedSessionSaysHowItEnded() {
        TestParty expert = parties.expert("resume-e7", "RESUME7");
        TestParty kiosk = parties.kiosk("resume-k7");
        String sessionId = Parties.activeCall(kiosk, expert, "RESUME7");
        kiosk.send(sessionId, new SessionEnd(EndReason.TECHNICAL_PROBLEM));
        kiosk.await(SessionEnded.class);

        TestParty again = parties.anonymous();
        again.send(new Auth(parties.ticketFor(new Kiosk("resume-k7", "终端", "红旗区")), sessionId));
        Envelope answer = again.await(SessionEnded.class);
        assertThat(answer.sessionId()).isEqualTo(sessionId);
        assertThat(answer.body()).isEqualTo(new SessionEnded(Role.KIOSK, EndReason.TECHNICAL_PROBLEM));
    }

    @Test
    void anExpertWhoAcceptsAnAwayKioskIsToldAndTheKioskPicksUpTheCallOnReturn() {
        TestParty kiosk = parties.kiosk("resume-k8");
        kiosk.send(new ServiceRequest("RESUME8", null, null, Priority.NORMAL));
        String sessionId = kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED).sessionId();
        kiosk.drop();

        TestParty expert = parties.expert("resume-e8", "RESUME8");
        expert.await(Ring.class);
        expert.send(sessionId, new cn.remotewindow.protocol.message.RingAccept());
        expert.await(cn.remotewindow.protocol.message.SessionEstablished.class);
        assertThat(expert.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.KIOSK, false));

        TestParty back = parties.kiosk("resume-k8");
        SessionResumed snapshot = back.awaitBody(SessionResumed.class);
        assertThat(snapshot.phase()).isEqualTo(SessionPhase.CONNECTING);
        assertThat(snapshot.sdpRole()).isEqualTo(SdpRole.OFFERER);
        assertThat(snapshot.peer().id()).isEqualTo("resume-e8");
        assertThat(expert.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.KIOSK, true));
        back.send(sessionId, new SdpOffer(OFFER, false));
        expert.await(SdpOffer.class);
    }
}

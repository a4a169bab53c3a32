package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.RingCancelled;
import cn.remotewindow.protocol.message.RingDecline;
import cn.remotewindow.protocol.message.RingTimeout;
import cn.remotewindow.protocol.message.ServiceCancel;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Who gets rung, in what order, and what happens when a ring is declined, missed or abandoned. */
@TestPropertySource(properties = {"window.routing.ring-timeout=1s", "window.routing.connect-timeout=1s",
        "window.routing.resume-grace=1s"})
class PairingFlowTest extends ServerTest {

    private static String request(TestParty kiosk, String skill, Priority priority) {
        kiosk.send(new ServiceRequest(skill, null, null, priority));
        return kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.REQUESTED).sessionId();
    }

    @Test
    void theLongestIdleExpertWithTheSkillIsRungFirst() {
        TestParty first = parties.expert("idle-e1", "IDLE");
        TestParty second = parties.expert("idle-e2", "IDLE");
        TestParty other = parties.expert("idle-e3", "OTHER");
        request(parties.kiosk("idle-k1"), "IDLE", Priority.NORMAL);
        first.await(Ring.class);
        request(parties.kiosk("idle-k2"), "IDLE", Priority.NORMAL);
        second.await(Ring.class);
        other.assertNone(Ring.class, Duration.ofMillis(200));
    }

    @Test
    void waitingKiosksLearnTheirPlaceAndGreenChannelGoesFirst() {
        TestParty busy = parties.expert("queue-e1", "QUEUE");
        String occupying = request(parties.kiosk("queue-k0"), "QUEUE", Priority.NORMAL);
        busy.await(Ring.class);
        busy.send(occupying, new RingAccept());
        busy.await(SessionEstablished.class);
        // Media connected, so the short connect timeout of this test class does not end the call.
        busy.send(occupying, new cn.remotewindow.protocol.message.PeerConnected());
        busy.await(SessionStatus.class, s -> s.phase() == SessionPhase.ACTIVE);

        TestParty normal = parties.kiosk("queue-k1");
        String normalSession = request(normal, "QUEUE", Priority.NORMAL);
        normal.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED);
        QueueUpdate alone = normal.awaitBody(QueueUpdate.class);
        assertThat(alone.position()).isEqualTo(1);
        assertThat(alone.expertsOnline()).isEqualTo(1);
        assertThat(alone.estimatedWaitSeconds()).isNotNull().isPositive();

        TestParty green = parties.kiosk("queue-k2");
        String greenSession = request(green, "QUEUE", Priority.GREEN_CHANNEL);
        assertThat(green.awaitBody(QueueUpdate.class).position()).isEqualTo(1);
        assertThat(normal.await(QueueUpdate.class, u -> u.position() == 2).sessionId()).isEqualTo(normalSession);

        // The busy expert's call ends: the green-channel request is rung next, the other moves up.
        busy.send(occupying, new cn.remotewindow.protocol.message.SessionEnd(EndReason.HANGUP));
        assertThat(busy.await(Ring.class).sessionId()).isEqualTo(greenSession);
        green.await(SessionStatus.class, s -> s.phase() == SessionPhase.RINGING);
        normal.await(QueueUpdate.class, u -> u.position() == 1);
    }

    @Test
    void withNoExpertOnlineTheKioskIsToldThereIsNoEstimate() {
        TestParty kiosk = parties.kiosk("none-k1");
        request(kiosk, "NOBODY", Priority.NORMAL);
        QueueUpdate update = kiosk.awaitBody(QueueUpdate.class);
        assertThat(update.expertsOnline()).isZero();
        assertThat(update.estimatedWaitSeconds()).isNull();
        // An expert signing on changes the picture for the waiting kiosk and takes the request.
        TestParty expert = parties.awayExpert("none-e1", "NOBODY");
        assertThat(kiosk.awaitBody(QueueUpdate.class).expertsOnline()).isEqualTo(1);
        expert.send(new PresenceSet(ExpertState.AVAILABLE));
        expert.await(Ring.class);
    }

    @Test
    void aDeclinedRequestGoesToTheNextExpertAndNotBackToTheDecliner() {
        TestParty first = parties.expert("decline-e1", "DECLINE");
        TestParty second = parties.expert("decline-e2", "DECLINE");
        TestParty kiosk = parties.kiosk("decline-k1");
        String sessionId = request(kiosk, "DECLINE", Priority.NORMAL);
        first.await(Ring.class);
        first.send(sessionId, new RingDecline("不是我的业务"));
        assertThat(second.await(Ring.class).sessionId()).isEqualTo(sessionId);
        second.send(sessionId, new RingDecline(null));
        // Both passed: the request waits, and the decliners stay available for other work.
        kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED);
        first.assertNone(Ring.class, Duration.ofMillis(300));
        String next = request(parties.kiosk("decline-k2"), "DECLINE", Priority.NORMAL);
        assertThat(first.await(Ring.class).sessionId()).isEqualTo(next);
    }

    @Test
    void aMissedRingMovesOnAndSetsTheExpertAway() {
        TestParty sleepy = parties.expert("timeout-e1", "TIMEOUT");
        TestParty kiosk = parties.kiosk("timeout-k1");
        String sessionId = request(kiosk, "TIMEOUT", Priority.NORMAL);
        sleepy.await(Ring.class);
        assertThat(sleepy.await(RingTimeout.class).sessionId()).isEqualTo(sessionId);
        sleepy.await(PresenceState.class, p -> p.state() == ExpertState.AWAY);
        kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED);

        TestParty awake = parties.expert("timeout-e2", "TIMEOUT");
        assertThat(awake.await(Ring.class).sessionId()).isEqualTo(sessionId);
        // A late accept of the missed ring is refused.
        sleepy.send(sessionId, new RingAccept());
        sleepy.awaitError(ErrorCode.NOT_IN_SESSION);
    }

    @Test
    void theKioskMayCancelWhileRinging() {
        TestParty expert = parties.expert("cancel-e1", "CANCEL");
        TestParty kiosk = parties.kiosk("cancel-k1");
        String sessionId = request(kiosk, "CANCEL", Priority.NORMAL);
        expert.await(Ring.class);
        kiosk.send(sessionId, new ServiceCancel());
        assertThat(kiosk.awaitBody(SessionEnded.class)).isEqualTo(new SessionEnded(Role.KIOSK, EndReason.CANCELLED));
        assertThat(expert.awaitBody(RingCancelled.class).reason()).isEqualTo(EndReason.CANCELLED);
        expert.await(PresenceState.class, p -> p.state() == ExpertState.AVAILABLE);
        expert.send(sessionId, new RingAccept());
        expert.awaitError(ErrorCode.NOT_IN_SESSION);
        // The kiosk may ask again at once.
        request(kiosk, "CANCEL", Priority.NORMAL);
    }

    @Test
    void theKioskMayCancelWhileQueued() {
        TestParty kiosk = parties.kiosk("qcancel-k1");
        String sessionId = request(kiosk, "QCANCEL", Priority.NORMAL);
        kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED);
        kiosk.send(sessionId, new ServiceCancel());
        kiosk.await(SessionEnded.class);
        TestParty expert = parties.expert("qcancel-e1", "QCANCEL");
        expert.assertNone(Ring.class, Duration.ofMillis(300));
    }

    @Test
    void aKioskHasOneOpenRequestAtATime() {
        TestParty kiosk = parties.kiosk("twice-k1");
        request(kiosk, "TWICE", Priority.NORMAL);
        String id = kiosk.send(new ServiceRequest("TWICE", null, null, Priority.NORMAL));
        assertThat(kiosk.awaitError(ErrorCode.ALREADY_IN_SESSION).id()).isEqualTo(id);
    }

    @Test
    void anExpertLostWhileRingingPassesTheRingOn() {
        TestParty leaving = parties.expert("lost-e1", "LOST");
        TestParty staying = parties.expert("lost-e2", "LOST");
        TestParty kiosk = parties.kiosk("lost-k1");
        String sessionId = request(kiosk, "LOST", Priority.NORMAL);
        leaving.await(Ring.class);
        leaving.drop();
        assertThat(staying.await(Ring.class).sessionId()).isEqualTo(sessionId);
    }

    @Test
    void aPartyLostInACallAndNotBackWithinTheGracePeriodEndsItForTheOther() {
        TestParty expert = parties.expert("drop-e1", "DROP");
        TestParty kiosk = parties.kiosk("drop-k1");
        String sessionId = Parties.call(kiosk, expert, "DROP");
        kiosk.send(sessionId, new cn.remotewindow.protocol.message.PeerConnected());
        expert.await(SessionStatus.class, s -> s.phase() == SessionPhase.ACTIVE);
        kiosk.drop();
        assertThat(expert.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.KIOSK, false));
        Envelope ended = expert.await(SessionEnded.class);
        assertThat(ended.sessionId()).isEqualTo(sessionId);
        assertThat(ended.body()).isEqualTo(new SessionEnded(Role.KIOSK, EndReason.DISCONNECTED));
        expert.await(PresenceState.class, p -> p.state() == ExpertState.AVAILABLE);
    }

    @Test
    void aCallWhoseMediaNeverConnectsIsGivenUp() {
        TestParty expert = parties.expert("connect-e1", "CONNECT");
        TestParty kiosk = parties.kiosk("connect-k1");
        Parties.call(kiosk, expert, "CONNECT");
        assertThat(kiosk.awaitBody(SessionEnded.class)).isEqualTo(new SessionEnded(Role.SERVER, EndReason.CONNECT_TIMEOUT));
        assertThat(expert.awaitBody(SessionEnded.class).reason()).isEqualTo(EndReason.CONNECT_TIMEOUT);
    }

    @Test
    void awayExpertsAreNotRung() {
        TestParty expert = parties.awayExpert("away-e1", "AWAY");
        TestParty kiosk = parties.kiosk("away-k1");
        request(kiosk, "AWAY", Priority.NORMAL);
        expert.assertNone(Ring.class, Duration.ofMillis(300));
        expert.send(new PresenceSet(ExpertState.AVAILABLE));
        expert.await(Ring.class);
    }

    @Test
    void aMessageForSomeoneElsesSessionIsRefused() {
        TestParty expert = parties.expert("foreign-e1", "FOREIGN");
        TestParty kiosk = parties.kiosk("foreign-k1");
        String sessionId = Parties.call(kiosk, expert, "FOREIGN");
        TestParty intruder = parties.kiosk("foreign-k2");
        String id = intruder.send(sessionId, new cn.remotewindow.protocol.message.SdpOffer(CallFlowTest.OFFER, false));
        assertThat(intruder.awaitError(ErrorCode.NOT_IN_SESSION).id()).isEqualTo(id);
        TestParty otherExpert = parties.expert("foreign-e2", "FOREIGN");
        otherExpert.send(sessionId, new RingAccept());
        otherExpert.awaitError(ErrorCode.NOT_IN_SESSION);
        expert.assertNone(cn.remotewindow.protocol.message.SdpOffer.class, Duration.ofMillis(200));
    }
}

package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.protocol.message.SessionTransfer;
import cn.remotewindow.protocol.message.SessionTransferred;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 转办 over real WebSockets: the citizen is handed to another skill or colleague without starting over. */
class TransferFlowTest extends ServerTest {

    static final String OFFER = CallFlowTest.OFFER;
    static final String ANSWER = CallFlowTest.ANSWER;

    @Autowired
    SessionRecords recorder;


    @Test
    void toAnotherSkillTheNextExpertIsRungWithTheHandoverNoteAndTheKioskOffersAfresh() {
        TestParty first = parties.expert("tr-e1", "TR-HJ");
        TestParty second = parties.expert("tr-e2", "TR-JZZ");
        TestParty kiosk = parties.kiosk("tr-k1");
        String sessionId = Parties.activeCall(kiosk, first, "TR-HJ");

        first.send(sessionId, new SessionTransfer("TR-JZZ", null, "还需办理居住证", "410702-2026-000321"));

        assertThat(first.awaitBody(SessionEnded.class)).isEqualTo(new SessionEnded(Role.EXPERT, EndReason.TRANSFERRED));
        SessionTransferred told = kiosk.awaitBody(SessionTransferred.class);
        assertThat(told).isEqualTo(new SessionTransferred("专家 tr-e1", "TR-JZZ"));
        Ring ring = second.awaitBody(Ring.class);
        assertThat(ring.request().skill()).isEqualTo("TR-JZZ");
        assertThat(ring.request().itemCode()).as("the citizen's item is kept").isEqualTo("TR-HJ");
        assertThat(ring.request().transferredFrom().fromExpertId()).isEqualTo("tr-e1");
        assertThat(ring.request().transferredFrom().fromName()).isEqualTo("专家 tr-e1");
        assertThat(ring.request().transferredFrom().note()).isEqualTo("还需办理居住证");
        assertThat(ring.request().caseNumber()).as("the case number the first expert had").isEqualTo("410702-2026-000321");
        kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.RINGING);
        first.await(PresenceState.class, p -> p.state() == ExpertState.AVAILABLE);

        second.send(sessionId, new RingAccept());
        SessionEstablished atKiosk = kiosk.await(SessionEstablished.class, e -> e.peer().id().equals("tr-e2"))
                .body() instanceof SessionEstablished e ? e : null;
        assertThat(atKiosk.sdpRole()).isEqualTo(SdpRole.OFFERER);
        second.awaitBody(SessionEstablished.class);
        // The negotiation starts over: the new expert may not offer before the kiosk's new first offer.
        second.send(sessionId, new SdpOffer(OFFER, false));
        second.awaitError(ErrorCode.NOT_OFFERER);
        kiosk.send(sessionId, new SdpOffer(OFFER, false));
        assertThat(second.awaitBody(SdpOffer.class).sdp()).isEqualTo(OFFER);

        // The first expert has no part in the session any more.
        first.send(sessionId, new Chat("还在吗", null, null));
        first.awaitError(ErrorCode.NOT_IN_SESSION);

        assertThat(recorder.eventsOf(sessionId)).extracting(SessionEvent::kind).containsSubsequence(
                SessionEvent.Kind.CONNECTED, SessionEvent.Kind.TRANSFERRED, SessionEvent.Kind.RUNG,
                SessionEvent.Kind.ACCEPTED);
        SessionEvent transferred = recorder.eventsOf(sessionId).stream()
                .filter(e -> e.kind() == SessionEvent.Kind.TRANSFERRED).findFirst().orElseThrow();
        assertThat(transferred.expertId()).isEqualTo("tr-e1");
        assertThat(transferred.note()).contains("TR-JZZ").contains("还需办理居住证");
    }

    @Test
    void toANamedColleagueOnlyThatColleagueIsRung() {
        TestParty first = parties.expert("tn-e1", "TN-A");
        TestParty named = parties.expert("tn-e3", "TN-B");
        TestParty kiosk = parties.kiosk("tn-k1");
        String sessionId = Parties.activeCall(kiosk, first, "TN-A");
        // A colleague with the citizen's skill becomes free: the named expert is rung all the same.
        TestParty idle = parties.expert("tn-e2", "TN-A");

        first.send(sessionId, new SessionTransfer(null, "tn-e3", null, null));

        Ring ring = named.awaitBody(Ring.class);
        assertThat(ring.request().skill()).as("routing stays on the citizen's skill").isEqualTo("TN-A");
        assertThat(ring.request().transferredFrom().note()).isNull();
        idle.assertNone(Ring.class, Duration.ofMillis(300));
        named.send(sessionId, new RingAccept());
        assertThat(kiosk.await(SessionEstablished.class, e -> e.peer().id().equals("tn-e3"))).isNotNull();
    }

    @Test
    void aTransferNobodyCanTakeIsRefusedAndTheCallGoesOn() {
        TestParty expert = parties.expert("tx-e1", "TX-A");
        TestParty busy = parties.expert("tx-e2", "TX-C");
        TestParty away = parties.awayExpert("tx-e3", "TX-D");
        TestParty kiosk = parties.kiosk("tx-k1");
        TestParty otherKiosk = parties.kiosk("tx-k2");
        Parties.activeCall(otherKiosk, busy, "TX-C");
        String sessionId = Parties.activeCall(kiosk, expert, "TX-A");

        expert.send(sessionId, new SessionTransfer("TX-NOBODY", null, null, null));
        assertThat(expert.awaitError(ErrorCode.TARGET_UNAVAILABLE).sessionId()).isEqualTo(sessionId);
        expert.send(sessionId, new SessionTransfer(null, "tx-e2", null, null));
        expert.awaitError(ErrorCode.TARGET_UNAVAILABLE);
        expert.send(sessionId, new SessionTransfer(null, "tx-e3", null, null));
        expert.awaitError(ErrorCode.TARGET_UNAVAILABLE);
        expert.send(sessionId, new SessionTransfer(null, "tx-e1", null, null));
        expert.awaitError(ErrorCode.TARGET_UNAVAILABLE);
        expert.send(sessionId, new SessionTransfer(null, "tx-unknown", null, null));
        expert.awaitError(ErrorCode.TARGET_UNAVAILABLE);
        kiosk.send(sessionId, new SessionTransfer("TX-C", null, null, null));
        kiosk.awaitError(ErrorCode.ROLE_NOT_ALLOWED);

        kiosk.send(sessionId, new Chat("还在", null, null));
        assertThat(expert.awaitBody(Chat.class).text()).isEqualTo("还在");
        kiosk.assertNone(SessionTransferred.class, Duration.ofMillis(200));
        away.assertNone(Ring.class, Duration.ofMillis(100));
    }

    @Test
    void aCallStillConnectingCannotBeTransferred() {
        TestParty expert = parties.expert("tc-e1", "TC-A");
        parties.expert("tc-e2", "TC-B");
        TestParty kiosk = parties.kiosk("tc-k1");
        String sessionId = Parties.call(kiosk, expert, "TC-A");
        expert.send(sessionId, new SessionTransfer("TC-B", null, null, null));
        expert.awaitError(ErrorCode.INVALID_STATE);
    }

    @Test
    void aTransferredCitizenWaitsAheadOfThoseWhoCameLater() {
        TestParty first = parties.expert("tq-e1", "TQ-A");
        TestParty target = parties.expert("tq-e2", "TQ-B");
        TestParty kiosk = parties.kiosk("tq-k1");
        TestParty busyKiosk = parties.kiosk("tq-k2");
        TestParty laterKiosk = parties.kiosk("tq-k3");
        String sessionId = Parties.activeCall(kiosk, first, "TQ-A");
        String busyCall = Parties.activeCall(busyKiosk, target, "TQ-B");
        laterKiosk.send(new ServiceRequest("TQ-B", null, null, Priority.NORMAL));
        laterKiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED);

        first.send(sessionId, new SessionTransfer("TQ-B", null, null, null));
        kiosk.await(SessionTransferred.class);
        kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED);

        busyKiosk.send(busyCall, new cn.remotewindow.protocol.message.SessionEnd(EndReason.HANGUP));
        assertThat(target.await(Ring.class, r -> true).sessionId()).isEqualTo(sessionId);
        target.send(new PresenceSet(ExpertState.AVAILABLE));
    }
}

package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.InvitePhase;
import cn.remotewindow.protocol.message.InviteStatus;
import cn.remotewindow.protocol.message.Peer;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.RingTimeout;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionInvite;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An invitation nobody answers (part of {@link InviteFlowTest}, with the short timers of
 * PairingFlowTest so that the two share a server): the lead hears TIMEOUT, nobody else is rung.
 */
@TestPropertySource(properties = {"window.routing.ring-timeout=1s", "window.routing.connect-timeout=1s",
        "window.routing.resume-grace=1s"})
class InviteRingTimeoutTest extends ServerTest {

    @Autowired
    SessionRecords recorder;

    @Test
    void aMissedInvitationTellsTheLeadSetsTheGuestAwayAndRingsNobodyElse() {
        TestParty lead = parties.expert("ivt-lead", "IVT");
        TestParty first = parties.expert("ivt-g1", "IVT-HR");
        TestParty second = parties.expert("ivt-g2", "IVT-HR");
        TestParty kiosk = parties.kiosk("ivt-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IVT");

        lead.send(sessionId, new SessionInvite("IVT-HR", null, null));
        first.await(Ring.class);

        first.await(RingTimeout.class);
        assertThat(lead.await(InviteStatus.class, s -> s.state() != InvitePhase.RINGING).body())
                .isEqualTo(new InviteStatus(InvitePhase.TIMEOUT, new Peer(Role.EXPERT, "ivt-g1", "专家 ivt-g1", null)));
        first.await(PresenceState.class, p -> p.state() == ExpertState.AWAY);
        second.assertNone(Ring.class, Duration.ofMillis(300));
        first.send(sessionId, new RingAccept());
        first.awaitError(cn.remotewindow.protocol.ErrorCode.NOT_IN_SESSION);
        lead.assertNone(SessionEnded.class, Duration.ZERO);
        assertThat(recorder.eventsOf(sessionId)).filteredOn(e -> e.kind() == SessionEvent.Kind.RING_TIMEOUT)
                .extracting(SessionEvent::expertId).containsExactly("ivt-g1");
    }
}

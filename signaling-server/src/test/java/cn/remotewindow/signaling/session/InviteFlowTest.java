package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.HandoverNote;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.IceRestart;
import cn.remotewindow.protocol.message.InvitePhase;
import cn.remotewindow.protocol.message.InviteStatus;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.protocol.message.PartyJoined;
import cn.remotewindow.protocol.message.PartyLeft;
import cn.remotewindow.protocol.message.Peer;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.RingCancelled;
import cn.remotewindow.protocol.message.RingDecline;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.ServiceCancel;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionInvite;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionResumed;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.protocol.message.SessionTransfer;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionRecord;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Three-party sessions (一件事 across departments) over real WebSockets: the lead expert invites a
 * guest, the call becomes a mesh of three pairs whose negotiation the server relays pair by pair,
 * and the guest leaves while the call goes on.
 */
class InviteFlowTest extends ServerTest {

    static final String OFFER = CallFlowTest.OFFER;
    static final String ANSWER = CallFlowTest.ANSWER;
    static final String CANDIDATE = "candidate:1 1 udp 2122260223 192.168.1.20 54400 typ host";
    static final Duration QUIET = Duration.ofMillis(300);

    @Autowired
    SessionRecords recorder;

    @Autowired
    Dispatch dispatch;


    /** The lead invites the named guest, who accepts; every party has had its news. */
    static void join(String sessionId, TestParty kiosk, TestParty lead, TestParty guest, String guestId) {
        lead.send(sessionId, new SessionInvite(null, guestId, null));
        lead.await(InviteStatus.class, s -> s.state() == InvitePhase.RINGING);
        guest.await(Ring.class, r -> r.request().invitedBy() != null);
        guest.send(sessionId, new RingAccept());
        guest.await(SessionEstablished.class);
        kiosk.await(PartyJoined.class);
        lead.await(PartyJoined.class);
        lead.await(InviteStatus.class, s -> s.state() == InvitePhase.JOINED);
    }

    private static Peer expertPeer(String id) {
        return new Peer(Role.EXPERT, id, "专家 " + id, null);
    }

    @Test
    void aNamedColleagueIsRungWithTheInvitationAndJoinsAsTheAnswererTowardEveryone() {
        TestParty lead = parties.expert("iv-a-lead", "IV-A");
        TestParty guest = parties.expert("iv-a-guest", "IV-A-HR");
        TestParty kiosk = parties.kiosk("iv-a-k", "卫滨区");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-A");

        String inviteId = lead.send(sessionId, new SessionInvite(null, "iv-a-guest", "社保缴纳请确认"));

        Envelope ringing = lead.await(InviteStatus.class);
        assertThat(ringing.id()).as("the reply to the invite").isEqualTo(inviteId);
        assertThat(ringing.body()).isEqualTo(new InviteStatus(InvitePhase.RINGING, expertPeer("iv-a-guest")));
        Envelope ring = guest.await(Ring.class);
        assertThat(ring.sessionId()).isEqualTo(sessionId);
        Ring rung = (Ring) ring.body();
        assertThat(rung.request().invitedBy()).isEqualTo(new HandoverNote("iv-a-lead", "专家 iv-a-lead", "社保缴纳请确认"));
        assertThat(rung.request().kioskId()).isEqualTo("iv-a-k");
        guest.await(PresenceState.class, p -> p.state() == ExpertState.BUSY);

        guest.send(sessionId, new RingAccept());

        SessionEstablished atGuest = guest.awaitBody(SessionEstablished.class);
        assertThat(atGuest.sdpRole()).isEqualTo(SdpRole.ANSWERER);
        assertThat(atGuest.peer()).isEqualTo(new Peer(Role.KIOSK, "iv-a-k", "自助终端 iv-a-k", "卫滨区"));
        assertThat(atGuest.others()).containsExactly(expertPeer("iv-a-lead"));
        assertThat(atGuest.request()).isEqualTo(rung.request());
        PartyJoined joined = new PartyJoined(expertPeer("iv-a-guest"), SdpRole.OFFERER);
        assertThat(kiosk.awaitBody(PartyJoined.class)).isEqualTo(joined);
        assertThat(lead.awaitBody(PartyJoined.class)).isEqualTo(joined);
        assertThat(lead.awaitBody(InviteStatus.class)).isEqualTo(new InviteStatus(InvitePhase.JOINED, expertPeer("iv-a-guest")));
        // The guest joins an ACTIVE call: its peer.connected changes no phase.
        guest.send(sessionId, new PeerConnected());
        lead.assertNone(SessionStatus.class, QUIET);

        List<SessionEvent> events = recorder.eventsOf(sessionId);
        assertThat(events).extracting(SessionEvent::kind).containsSubsequence(SessionEvent.Kind.CONNECTED,
                SessionEvent.Kind.INVITED, SessionEvent.Kind.JOINED);
        SessionEvent invited = events.stream().filter(e -> e.kind() == SessionEvent.Kind.INVITED).findFirst().orElseThrow();
        assertThat(invited.expertId()).isEqualTo("iv-a-lead");
        assertThat(invited.note()).contains("iv-a-guest").contains("社保缴纳请确认");
        assertThat(events).filteredOn(e -> e.kind() == SessionEvent.Kind.JOINED).extracting(SessionEvent::expertId)
                .containsExactly("iv-a-guest");
        SessionRecord record = recorder.find(sessionId).orElseThrow();
        assertThat(record.expertId()).as("the session stays the lead's").isEqualTo("iv-a-lead");
        assertThat(record.servedBy()).containsExactly("iv-a-lead", "iv-a-guest");
        assertThat(recorder.servedBy("iv-a-guest", 10)).extracting(SessionRecord::sessionId).containsExactly(sessionId);
    }

    @Test
    void anInvitationToASkillRingsItsLongestIdleFreeExpertOnly() {
        TestParty lead = parties.expert("iv-b-lead", "IV-B", "IV-B-HR");
        TestParty first = parties.expert("iv-b-g1", "IV-B-HR");
        TestParty second = parties.expert("iv-b-g2", "IV-B-HR");
        TestParty kiosk = parties.kiosk("iv-b-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-B");

        lead.send(sessionId, new SessionInvite("IV-B-HR", null, null));

        assertThat(lead.awaitBody(InviteStatus.class).expert().id()).isEqualTo("iv-b-g1");
        assertThat(first.await(Ring.class).sessionId()).isEqualTo(sessionId);
        second.assertNone(Ring.class, QUIET);
        assertThat(recorder.eventsOf(sessionId)).filteredOn(e -> e.kind() == SessionEvent.Kind.INVITED)
                .extracting(SessionEvent::note).containsExactly("skill IV-B-HR: expert iv-b-g1");
    }

    @Test
    void negotiationIsRelayedPairByPairWithToAndFrom() {
        TestParty lead = parties.expert("iv-c-lead", "IV-C");
        TestParty guest = parties.expert("iv-c-guest", "IV-C-HR");
        TestParty kiosk = parties.kiosk("iv-c-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-C");
        join(sessionId, kiosk, lead, guest, "iv-c-guest");

        // kiosk → guest: the kiosk's first offer of that pair reaches the guest only, stamped with its sender.
        kiosk.send(sessionId, new IceCandidate(CANDIDATE, "0", 0, null, "iv-c-guest", null));
        kiosk.send(sessionId, new SdpOffer(OFFER, false, "iv-c-guest", null));
        List<Envelope> atGuest = guest.awaitInOrder(2, SdpOffer.class, IceCandidate.class);
        assertThat(atGuest.get(0).body()).isEqualTo(new SdpOffer(OFFER, false, null, "iv-c-k"));
        assertThat(atGuest.get(1).body()).as("held until the pair's offer, then released")
                .isEqualTo(new IceCandidate(CANDIDATE, "0", 0, null, null, "iv-c-k"));
        lead.assertNone(SdpOffer.class, QUIET);
        lead.assertNone(IceCandidate.class, Duration.ZERO);
        guest.send(sessionId, new SdpAnswer(ANSWER, "iv-c-k", null));
        assertThat(kiosk.awaitBody(SdpAnswer.class)).isEqualTo(new SdpAnswer(ANSWER, null, "iv-c-guest"));

        // lead ↔ guest: the lead is that pair's offerer; the guest may not offer first.
        guest.send(sessionId, new SdpOffer(OFFER, false, "iv-c-lead", null));
        guest.awaitError(ErrorCode.NOT_OFFERER);
        guest.send(sessionId, new SdpAnswer(ANSWER, "iv-c-lead", null));
        guest.awaitError(ErrorCode.INVALID_STATE);
        guest.send(sessionId, new IceCandidate(CANDIDATE, "0", 0, null, "iv-c-lead", null));
        lead.assertNone(IceCandidate.class, QUIET);
        lead.send(sessionId, new SdpOffer(OFFER, false, "iv-c-guest", null));
        assertThat(guest.awaitBody(SdpOffer.class).from()).isEqualTo("iv-c-lead");
        guest.send(sessionId, new SdpAnswer(ANSWER, "iv-c-lead", null));
        List<Envelope> atLead = lead.awaitInOrder(2, SdpAnswer.class, IceCandidate.class);
        assertThat(atLead).extracting(e -> e.body().getClass().getSimpleName()).containsExactly("SdpAnswer", "IceCandidate");
        assertThat(((IceCandidate) atLead.get(1).body()).from()).isEqualTo("iv-c-guest");
        kiosk.assertNone(SdpAnswer.class, Duration.ZERO);

        // Without 'to': negotiation between the kiosk and the lead stays where it was.
        lead.send(sessionId, new SdpOffer(OFFER, true));
        assertThat(kiosk.awaitBody(SdpOffer.class)).isEqualTo(new SdpOffer(OFFER, true, null, "iv-c-lead"));
        kiosk.send(sessionId, new IceRestart());
        assertThat(lead.awaitBody(IceRestart.class)).isEqualTo(new IceRestart(null, "iv-c-k"));
        guest.assertNone(SdpOffer.class, QUIET);
        guest.assertNone(IceRestart.class, Duration.ZERO);
        // ... and a guest must say which of its two peer connections a negotiation message is for.
        guest.send(sessionId, new IceCandidate(CANDIDATE, "0", 0, null));
        guest.awaitError(ErrorCode.MISSING_FIELD);
        guest.send(sessionId, new SdpOffer(OFFER, false));
        guest.awaitError(ErrorCode.MISSING_FIELD);

        // Chat and media.state without 'to' reach both others; with 'to' only the one named.
        guest.send(sessionId, new Chat("我是人社局的专家", null, null));
        for (TestParty other : List.of(kiosk, lead)) {
            Chat line = other.awaitBody(Chat.class);
            assertThat(line.from()).isEqualTo(Role.EXPERT);
            assertThat(line.fromId()).isEqualTo("iv-c-guest");
            assertThat(line.sentAt()).isNotNull();
        }
        kiosk.send(sessionId, new MediaState(true, false, false));
        assertThat(lead.awaitBody(MediaState.class)).isEqualTo(new MediaState(true, false, false, null, "iv-c-k"));
        assertThat(guest.awaitBody(MediaState.class)).isEqualTo(new MediaState(true, false, false, null, "iv-c-k"));
        lead.send(sessionId, new Chat("只给市民", null, null, "iv-c-k", null));
        assertThat(kiosk.awaitBody(Chat.class).text()).isEqualTo("只给市民");
        guest.assertNone(Chat.class, QUIET);

        // 'to' must name another party of the call.
        kiosk.send(sessionId, new SdpOffer(OFFER, false, "iv-c-stranger", null));
        kiosk.awaitError(ErrorCode.NOT_IN_SESSION);
        lead.send(sessionId, new Chat("自己", null, null, "iv-c-lead", null));
        lead.awaitError(ErrorCode.NOT_IN_SESSION);
    }

    @Test
    void aDeclinedInvitationTellsTheLeadAndRingsNobodyElse() {
        TestParty lead = parties.expert("iv-d-lead", "IV-D");
        TestParty first = parties.expert("iv-d-g1", "IV-D-HR");
        TestParty second = parties.expert("iv-d-g2", "IV-D-HR");
        TestParty kiosk = parties.kiosk("iv-d-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-D");
        lead.send(sessionId, new SessionInvite("IV-D-HR", null, null));
        lead.await(InviteStatus.class, s -> s.state() == InvitePhase.RINGING);
        first.await(Ring.class);

        first.send(sessionId, new RingDecline("正在处理别的件"));

        assertThat(lead.awaitBody(InviteStatus.class)).isEqualTo(new InviteStatus(InvitePhase.DECLINED, expertPeer("iv-d-g1")));
        second.assertNone(Ring.class, QUIET);
        awaitFreeAndAvailable("iv-d-g1");
        assertThat(recorder.eventsOf(sessionId)).filteredOn(e -> e.kind() == SessionEvent.Kind.DECLINED)
                .extracting(SessionEvent::expertId, SessionEvent::note).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("iv-d-g1", "正在处理别的件"));
        // The lead decides again: another invitation may follow.
        lead.send(sessionId, new SessionInvite(null, "iv-d-g2", null));
        assertThat(second.await(Ring.class).sessionId()).isEqualTo(sessionId);
    }

    @Test
    void oneInvitationAtATime() {
        TestParty lead = parties.expert("iv-e-lead", "IV-E");
        TestParty guest = parties.expert("iv-e-guest", "IV-E-HR");
        TestParty other = parties.expert("iv-e-other", "IV-E-HR");
        TestParty kiosk = parties.kiosk("iv-e-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-E");
        lead.send(sessionId, new SessionInvite(null, "iv-e-guest", null));
        lead.await(InviteStatus.class);
        guest.await(Ring.class);

        lead.send(sessionId, new SessionInvite(null, "iv-e-other", null));
        lead.awaitError(ErrorCode.INVALID_STATE);
        other.assertNone(Ring.class, QUIET);
        // The rung guest is not in the call yet: no call messages, no invitations of its own.
        guest.send(sessionId, new Chat("你好", null, null));
        guest.awaitError(ErrorCode.INVALID_STATE);

        guest.send(sessionId, new RingAccept());
        lead.await(InviteStatus.class, s -> s.state() == InvitePhase.JOINED);
        lead.send(sessionId, new SessionInvite("IV-E-HR", null, null));
        lead.awaitError(ErrorCode.INVALID_STATE);
        guest.send(sessionId, new SessionInvite(null, "iv-e-other", null));
        guest.awaitError(ErrorCode.INVALID_STATE);
        guest.send(sessionId, new RingAccept());
        guest.awaitError(ErrorCode.INVALID_STATE);
        other.assertNone(Ring.class, QUIET);
        // The case outcome stays the lead's.
        guest.send(sessionId, new OutcomeSubmit(CaseOutcome.ACCEPTED, "410702-2026-000777", null, null, null));
        guest.awaitError(ErrorCode.NOT_IN_SESSION);
    }

    @Test
    void invitationsNobodyCanTakeAreRefusedAndChangeNothing() {
        TestParty lead = parties.expert("iv-f-lead", "IV-F", "IV-F-HR");
        TestParty busy = parties.expert("iv-f-busy", "IV-F-BUSY");
        TestParty away = parties.awayExpert("iv-f-away", "IV-F-HR");
        TestParty stranger = parties.expert("iv-f-stranger", "IV-F-OTHER");
        TestParty kiosk = parties.kiosk("iv-f-k");
        TestParty otherKiosk = parties.kiosk("iv-f-k2");
        Parties.activeCall(otherKiosk, busy, "IV-F-BUSY");
        String sessionId = Parties.call(kiosk, lead, "IV-F");

        lead.send(sessionId, new SessionInvite(null, "iv-f-stranger", null));
        lead.awaitError(ErrorCode.INVALID_STATE);
        kiosk.send(sessionId, new PeerConnected());
        lead.await(SessionStatus.class, s -> s.phase() == SessionPhase.ACTIVE);

        lead.send(sessionId, new SessionInvite("IV-F-HR", null, null));
        assertThat(lead.awaitError(ErrorCode.TARGET_UNAVAILABLE).sessionId()).isEqualTo(sessionId);
        for (String named : List.of("iv-f-busy", "iv-f-away", "iv-f-lead", "iv-f-unknown")) {
            lead.send(sessionId, new SessionInvite(null, named, null));
            lead.awaitError(ErrorCode.TARGET_UNAVAILABLE);
        }
        kiosk.send(sessionId, new SessionInvite(null, "iv-f-stranger", null));
        kiosk.awaitError(ErrorCode.ROLE_NOT_ALLOWED);
        stranger.send(sessionId, new SessionInvite(null, "iv-f-away", null));
        stranger.awaitError(ErrorCode.NOT_IN_SESSION);

        lead.assertNone(InviteStatus.class, QUIET);
        away.assertNone(Ring.class, Duration.ZERO);
        busy.assertNone(Ring.class, Duration.ZERO);
        kiosk.send(sessionId, new Chat("还在", null, null));
        assertThat(lead.awaitBody(Chat.class).text()).isEqualTo("还在");
        assertThat(recorder.eventsOf(sessionId)).extracting(SessionEvent::kind).doesNotContain(SessionEvent.Kind.INVITED);
    }

    @Test
    void theGuestHangingUpLeavesTheCallToTheOthers() {
        TestParty lead = parties.expert("iv-g-lead", "IV-G");
        TestParty guest = parties.expert("iv-g-guest", "IV-G-HR");
        TestParty kiosk = parties.kiosk("iv-g-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-G");
        join(sessionId, kiosk, lead, guest, "iv-g-guest");

        guest.send(sessionId, new SessionEnd(EndReason.HANGUP));

        assertThat(guest.awaitBody(SessionEnded.class)).isEqualTo(new SessionEnded(Role.EXPERT, EndReason.HANGUP));
        PartyLeft left = new PartyLeft(expertPeer("iv-g-guest"), EndReason.HANGUP);
        assertThat(kiosk.awaitBody(PartyLeft.class)).isEqualTo(left);
        assertThat(lead.awaitBody(PartyLeft.class)).isEqualTo(left);
        assertThat(lead.awaitBody(InviteStatus.class)).isEqualTo(new InviteStatus(InvitePhase.LEFT, expertPeer("iv-g-guest")));
        guest.await(PresenceState.class, p -> p.state() == ExpertState.AVAILABLE);
        kiosk.assertNone(SessionEnded.class, QUIET);
        lead.assertNone(SessionEnded.class, Duration.ZERO);

        // The call goes on between the kiosk and the lead; the guest has no part in it any more.
        kiosk.send(sessionId, new Chat("继续", null, null));
        assertThat(lead.awaitBody(Chat.class).text()).isEqualTo("继续");
        guest.send(sessionId, new Chat("我还在吗", null, null));
        guest.awaitError(ErrorCode.NOT_IN_SESSION);
        kiosk.send(sessionId, new Chat("给专家", null, null, "iv-g-guest", null));
        kiosk.awaitError(ErrorCode.NOT_IN_SESSION);
        assertThat(recorder.eventsOf(sessionId)).filteredOn(e -> e.kind() == SessionEvent.Kind.LEFT)
                .extracting(SessionEvent::expertId, SessionEvent::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("iv-g-guest", "HANGUP"));
        // Free again: the lead may invite the same colleague once more.
        lead.send(sessionId, new SessionInvite(null, "iv-g-guest", null));
        assertThat(guest.await(Ring.class).sessionId()).isEqualTo(sessionId);
    }

    @Test
    void aGuestWhoLosesTheConnectionLeavesAtOnce() {
        TestParty lead = parties.expert("iv-h-lead", "IV-H");
        TestParty guest = parties.expert("iv-h-guest", "IV-H-HR");
        TestParty kiosk = parties.kiosk("iv-h-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-H");
        join(sessionId, kiosk, lead, guest, "iv-h-guest");

        guest.drop();

        PartyLeft left = new PartyLeft(expertPeer("iv-h-guest"), EndReason.DISCONNECTED);
        assertThat(kiosk.awaitBody(PartyLeft.class)).isEqualTo(left);
        assertThat(lead.awaitBody(PartyLeft.class)).isEqualTo(left);
        lead.await(InviteStatus.class, s -> s.state() == InvitePhase.LEFT);
        assertThat(dispatch.expert("iv-h-guest")).as("signed off, not held for a grace period").isEmpty();
        kiosk.assertNone(PeerStatus.class, Duration.ZERO);
        kiosk.send(sessionId, new Chat("继续", null, null));
        assertThat(lead.awaitBody(Chat.class).text()).isEqualTo("继续");
    }

    @Test
    void theLeadHangingUpEndsTheSessionForAllThree() {
        TestParty lead = parties.expert("iv-i-lead", "IV-I");
        TestParty guest = parties.expert("iv-i-guest", "IV-I-HR");
        TestParty kiosk = parties.kiosk("iv-i-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-I");
        join(sessionId, kiosk, lead, guest, "iv-i-guest");

        lead.send(sessionId, new SessionEnd(EndReason.HANGUP));

        SessionEnded ended = new SessionEnded(Role.EXPERT, EndReason.HANGUP);
        assertThat(kiosk.awaitBody(SessionEnded.class)).isEqualTo(ended);
        assertThat(lead.awaitBody(SessionEnded.class)).isEqualTo(ended);
        assertThat(guest.awaitBody(SessionEnded.class)).isEqualTo(ended);
        guest.await(PresenceState.class, p -> p.state() == ExpertState.AVAILABLE);
        kiosk.assertNone(PartyLeft.class, QUIET);
        assertThat(dispatch.expert("iv-i-guest").orElseThrow().sessionId()).isNull();
    }

    @Test
    void theSessionEndingWhileTheGuestIsRungWithdrawsTheInvitation() {
        TestParty lead = parties.expert("iv-j-lead", "IV-J");
        TestParty guest = parties.expert("iv-j-guest", "IV-J-HR");
        TestParty kiosk = parties.kiosk("iv-j-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-J");
        lead.send(sessionId, new SessionInvite(null, "iv-j-guest", null));
        guest.await(Ring.class);

        kiosk.send(sessionId, new ServiceCancel());

        assertThat(guest.awaitBody(RingCancelled.class).reason()).isEqualTo(EndReason.CANCELLED);
        assertThat(lead.awaitInOrder(3, InviteStatus.class, SessionEnded.class)).extracting(Envelope::body).containsExactly(
                new InviteStatus(InvitePhase.RINGING, expertPeer("iv-j-guest")),
                new InviteStatus(InvitePhase.CANCELLED, expertPeer("iv-j-guest")),
                new SessionEnded(Role.KIOSK, EndReason.CANCELLED));
        awaitFreeAndAvailable("iv-j-guest");
    }

    /**
     * The expert is freed and AVAILABLE again. Read from the dispatch, not from presence.state: a
     * ring withdrawn (or declined) at once may never be reported as BUSY, and then no AVAILABLE
     * follows either, since the reporter sends only changes of what it last sent.
     */
    private void awaitFreeAndAvailable(String expertId) {
        org.awaitility.Awaitility.await().atMost(TestParty.WAIT).until(() -> dispatch.expert(expertId)
                .map(s -> s.effectiveState() == ExpertState.AVAILABLE).orElse(false));
    }

    @Test
    void noTransferWhileAGuestIsRungOrInTheCall() {
        TestParty lead = parties.expert("iv-k-lead", "IV-K");
        TestParty guest = parties.expert("iv-k-guest", "IV-K-HR");
        parties.expert("iv-k-next", "IV-K-NEXT");
        TestParty kiosk = parties.kiosk("iv-k-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-K");
        lead.send(sessionId, new SessionInvite(null, "iv-k-guest", null));
        guest.await(Ring.class);

        lead.send(sessionId, new SessionTransfer("IV-K-NEXT", null, null, null));
        lead.awaitError(ErrorCode.INVALID_STATE);
        guest.send(sessionId, new RingAccept());
        lead.await(InviteStatus.class, s -> s.state() == InvitePhase.JOINED);
        lead.send(sessionId, new SessionTransfer("IV-K-NEXT", null, null, null));
        lead.awaitError(ErrorCode.INVALID_STATE);
        guest.send(sessionId, new SessionTransfer("IV-K-NEXT", null, null, null));
        guest.awaitError(ErrorCode.INVALID_STATE);

        // Once the guest has left, the lead may transfer as usual.
        guest.send(sessionId, new SessionEnd(EndReason.HANGUP));
        lead.await(PartyLeft.class);
        lead.send(sessionId, new SessionTransfer("IV-K-NEXT", null, null, null));
        assertThat(lead.awaitBody(SessionEnded.class).reason()).isEqualTo(EndReason.TRANSFERRED);
    }

    @Test
    void aKioskBackFromALostConnectionFindsTheGuestInItsSnapshot() {
        TestParty lead = parties.expert("iv-l-lead", "IV-L");
        TestParty guest = parties.expert("iv-l-guest", "IV-L-HR");
        TestParty kiosk = parties.kiosk("iv-l-k");
        String sessionId = Parties.activeCall(kiosk, lead, "IV-L");
        join(sessionId, kiosk, lead, guest, "iv-l-guest");

        kiosk.drop();
        assertThat(lead.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.KIOSK, false));
        assertThat(guest.awaitBody(PeerStatus.class)).as("the guest keeps its peer connection to the kiosk open too")
                .isEqualTo(new PeerStatus(Role.KIOSK, false));
        guest.send(sessionId, new Chat("请稍候", null, null, "iv-l-k", null));

        TestParty back = parties.kiosk("iv-l-k");
        SessionResumed snapshot = back.awaitBody(SessionResumed.class);
        assertThat(snapshot.peer().id()).isEqualTo("iv-l-lead");
        assertThat(snapshot.others()).containsExactly(expertPeer("iv-l-guest"));
        assertThat(back.awaitBody(Chat.class).fromId()).as("held while away, with its sender").isEqualTo("iv-l-guest");
        assertThat(guest.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.KIOSK, true));
        assertThat(lead.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.KIOSK, true));
    }
}

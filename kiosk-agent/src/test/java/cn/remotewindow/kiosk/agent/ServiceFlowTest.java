package cn.remotewindow.kiosk.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.link.LinkListener;
import cn.remotewindow.kiosk.link.LinkProblem;
import cn.remotewindow.kiosk.media.AudioSetup;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.screen.DemoCatalogue;
import cn.remotewindow.kiosk.screen.HeadlessKioskScreen;
import cn.remotewindow.kiosk.screen.Messages;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.screen.ScreenLanguage;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.Peer;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.RatingSubmit;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.ServiceCancel;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's flow against a scripted server: what the citizen's taps send, and what each server
 * message puts on the screen, including messages that are late, foreign or out of order. No media
 * flows here (the *MediaIT tests do that), but the engine and devices are real.
 */
class ServiceFlowTest {

    private static final Duration UNTIL = Duration.ofSeconds(10);
    private static final AgentTimings QUICK = new AgentTimings(Duration.ofMillis(300), Duration.ofSeconds(90),
            Duration.ofMillis(300), Duration.ofMillis(500));
    private static MediaEngine engine;

    private final HeadlessKioskScreen screen = new HeadlessKioskScreen();
    private final ScriptedLink link = new ScriptedLink();
    private KioskAgent agent;
    private LinkListener server;

    @BeforeAll
    static void startEngine() {
        engine = MediaEngine.start(AudioSetup.SYNTHETIC);
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void startAgent() {
        startAgent(AgentTimings.DEFAULTS);
    }

    private void startAgent(AgentTimings timings) {
        if (agent != null) {
            agent.close();
        }
        agent = new KioskAgent(screen, DemoCatalogue.xinxiang(), engine, LocalDevices.configured(AgentHarness.MEDIA),
                OwnScreen.NONE, timings, Clock.systemUTC());
        server = agent.linkListener();
        agent.start(link);
        awaitScreen(ScreenId.SERVICE_CHOICE);
    }

    @AfterEach
    void closeAgent() {
        agent.close();
    }

    private void awaitScreen(ScreenId id) {
        await().atMost(UNTIL).until(() -> screen.current().screen() == id);
    }

    private void press(String control) {
        await().atMost(UNTIL).until(() -> screen.press(control));
    }

    private void fromServer(String sessionId, Message body) {
        server.onMessage(new Envelope(null, sessionId, body));
    }

    /** The link is up again and the server has authenticated the kiosk. */
    private void linkBack() {
        link.up = true;
        server.onUp(new AuthOk(Role.KIOSK, "kiosk-hongqi-01", "红旗区 1号", "红旗区", List.of(), 15, 0));
    }

    private void choose() {
        press(ControlNames.CHOICE_DEPARTMENT + "PSB");
        press(ControlNames.CHOICE_ITEM + "PSB-HJQY");
        await().atMost(UNTIL).until(() -> !link.sentOf(ServiceRequest.class).isEmpty());
    }

    private void queued(String sessionId) {
        choose();
        fromServer(sessionId, new SessionStatus(SessionPhase.REQUESTED));
        fromServer(sessionId, new SessionStatus(SessionPhase.QUEUED));
        fromServer(sessionId, new QueueUpdate("PSB-HJQY", 2, 240, 1));
        awaitScreen(ScreenId.WAITING);
    }

    @Test
    void aChoiceBecomesARequestAndTheQueueIsShown() {
        queued("s1");
        ServiceRequest request = link.sentOf(ServiceRequest.class).get(0);
        assertThat(request.itemCode()).isEqualTo("PSB-HJQY");
        assertThat(request.departmentCode()).isEqualTo("PSB");
        assertThat(request.priority()).isEqualTo(Priority.NORMAL);
        assertThat(agent.resumeSession()).isEqualTo("s1");
        assertThat(screen.current().text(ControlNames.WAITING_POSITION)).contains("1");
    }

    @Test
    void theGreenChannelIsAskedForWhenTheCitizenChoseIt() {
        press(ControlNames.CHOICE_GREEN_CHANNEL);
        choose();
        assertThat(link.sentOf(ServiceRequest.class).get(0).priority()).isEqualTo(Priority.GREEN_CHANNEL);
    }

    @Test
    void leavingTheQueueCancelsTheSessionAndShowsTheStart() {
        queued("s1");
        press(ControlNames.WAITING_CANCEL);
        press(ControlNames.WAITING_CANCEL_CONFIRM);
        awaitScreen(ScreenId.SERVICE_CHOICE);
        await().atMost(UNTIL).until(() -> link.sent.stream()
                .anyMatch(e -> e.body() instanceof ServiceCancel && "s1".equals(e.sessionId())));
        assertThat(agent.resumeSession()).isNull();
    }

    @Test
    void aRequestMadeWhileTheLinkIsDownGoesWhenItIsBack() {
        link.up = false;
        press(ControlNames.CHOICE_DEPARTMENT + "PSB");
        press(ControlNames.CHOICE_ITEM + "PSB-HJQY");
        awaitScreen(ScreenId.CONNECTING);
        assertThat(link.sentOf(ServiceRequest.class)).isEmpty();
        linkBack();
        await().atMost(UNTIL).until(() -> link.sentOf(ServiceRequest.class).size() == 1);
    }

    @Test
    void aRequestRefusedBecauseTheServersSharedStateIsUnreachableShowsAPauseNotAFault() {
        choose();
        fromServer(null, new ErrorReply(ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE.defaultMessage()));
        awaitScreen(ScreenId.ERROR);
        assertThat(screen.current().text(ControlNames.ERROR_WHAT))
                .isEqualTo(Messages.of(ScreenLanguage.ZH_CN).text("error.SERVICE_PAUSED.what"));
    }

    @Test
    void noExpertSignedOnForTooLongIsToldInPlainWords() {
        startAgent(QUICK);
        choose();
        fromServer("s1", new SessionStatus(SessionPhase.REQUESTED));
        fromServer("s1", new QueueUpdate("PSB-HJQY", 1, null, 0));
        awaitScreen(ScreenId.ERROR);
        assertThat(screen.current().text(ControlNames.ERROR_WHAT))
                .isEqualTo(Messages.of(ScreenLanguage.ZH_CN).text("error.NO_EXPERT_ONLINE.what"));
        assertThat(link.sentOf(ServiceCancel.class)).hasSize(1);
    }

    @Test
    void aSignalingOutageWhileWaitingIsShownAfterThePatienceAndCuredWhenTheLinkIsBack() {
        startAgent(QUICK);
        queued("s1");
        link.up = false;
        server.onDown(LinkProblem.CONNECTION_LOST, 1, Duration.ofSeconds(1));
        awaitScreen(ScreenId.ERROR);
        linkBack();
        awaitScreen(ScreenId.SERVICE_CHOICE);
    }

    @Test
    void aHangUpAndARatingMadeWhileTheLinkIsDownAreSentInOrderWhenItIsBack() {
        queued("s1");
        fromServer("s1", new SessionEstablished(cn.remotewindow.protocol.message.SdpRole.OFFERER,
                new Peer(Role.EXPERT, "zhangwei", "张伟", null), List.of()));
        await().atMost(UNTIL).until(() -> !link.sentOf(SdpOffer.class).isEmpty());
        fromServer("s1", new SessionStatus(SessionPhase.ACTIVE));
        awaitScreen(ScreenId.IN_CALL);
        assertThat(screen.current().text(ControlNames.CALL_EXPERT)).contains("张伟");

        link.up = false;
        server.onDown(LinkProblem.CONNECTION_LOST, 1, Duration.ofSeconds(1));
        press(ControlNames.CALL_HANG_UP);
        press(ControlNames.CALL_HANG_UP_CONFIRM);
        awaitScreen(ScreenId.RATING);
        press(ControlNames.RATING + "VERY_SATISFIED");
        awaitScreen(ScreenId.GOODBYE);
        assertThat(link.sentOf(SessionEnd.class)).isEmpty();

        linkBack();
        await().atMost(UNTIL).until(() -> link.sentOf(RatingSubmit.class).size() == 1);
        List<Message> order = link.sent.stream().map(Envelope::body)
                .filter(m -> m instanceof SessionEnd || m instanceof RatingSubmit).toList();
        assertThat(order).hasSize(2);
        assertThat(order.get(0)).isInstanceOf(SessionEnd.class);
        assertThat(((RatingSubmit) order.get(1)).level()).isEqualTo(Satisfaction.VERY_SATISFIED);
        assertThat(link.sent.stream().filter(e -> e.body() instanceof RatingSubmit).findFirst().orElseThrow().sessionId())
                .isEqualTo("s1");
    }

    @Test
    void messagesForOtherSessionsOrOutOfOrderChangeNothing() {
        queued("s1");
        fromServer("other", new QueueUpdate("PSB-HJQY", 9, 999, 3));
        fromServer("other", new SessionEnded(Role.SERVER, EndReason.DISCONNECTED));
        fromServer("s1", new SdpAnswer("v=0\r\n"));
        fromServer("s1", new SessionStatus(SessionPhase.ACTIVE));
        fromServer(null, new QueueUpdate("PSB-HJQY", 7, 1, 1));
        // A marker after them: once it is shown, everything before it was handled.
        fromServer("s1", new QueueUpdate("PSB-HJQY", 3, 300, 2));
        await().atMost(UNTIL).until(() -> screen.current().text(ControlNames.WAITING_POSITION).contains("2"));
        assertThat(screen.current().screen()).isEqualTo(ScreenId.WAITING);
        assertThat(agent.stage()).isEqualTo(Stage.WAITING);
        assertThat(agent.resumeSession()).isEqualTo("s1");
    }

    @Test
    void theExpertHangingUpBeforeMediaConnectedStillAsksForTheRating() {
        queued("s1");
        fromServer("s1", new SessionEstablished(cn.remotewindow.protocol.message.SdpRole.OFFERER,
                new Peer(Role.EXPERT, "zhangwei", "张伟", null), List.of()));
        awaitScreen(ScreenId.CONNECTING);
        fromServer("s1", new SessionEnded(Role.EXPERT, EndReason.HANGUP));
        awaitScreen(ScreenId.RATING);
        assertThat(engine.openPeers()).isZero();
    }

    @Test
    void aTransferEndsTheCallMediaKeepsTheSessionAndTheNextExpertsCallStartsAfresh() {
        queued("s1");
        fromServer("s1", new SessionEstablished(cn.remotewindow.protocol.message.SdpRole.OFFERER,
                new Peer(Role.EXPERT, "zhangwei", "张伟", null), List.of()));
        await().atMost(UNTIL).until(() -> link.sentOf(SdpOffer.class).size() == 1);
        fromServer("s1", new SessionStatus(SessionPhase.ACTIVE));
        awaitScreen(ScreenId.IN_CALL);

        fromServer("s1", new cn.remotewindow.protocol.message.SessionTransferred("张伟", "PSB-JZZ"));
        awaitScreen(ScreenId.CONNECTING);
        assertThat(screen.current().text(ControlNames.CONNECTING_BODY)).contains("张伟");
        await().atMost(UNTIL).until(() -> engine.openPeers() == 0);
        // No free expert: the queue shows the place; then the next expert is rung.
        fromServer("s1", new SessionStatus(SessionPhase.QUEUED));
        fromServer("s1", new QueueUpdate("PSB-JZZ", 1, 60, 1));
        awaitScreen(ScreenId.WAITING);
        assertThat(screen.current().text(ControlNames.WAITING_POSITION)).isEqualTo("下一位就是您");
        fromServer("s1", new SessionStatus(SessionPhase.RINGING));
        awaitScreen(ScreenId.CONNECTING);

        fromServer("s1", new SessionEstablished(cn.remotewindow.protocol.message.SdpRole.OFFERER,
                new Peer(Role.EXPERT, "liuyang", "刘洋", null), List.of()));
        await().atMost(UNTIL).until(() -> link.sentOf(SdpOffer.class).size() == 2);
        fromServer("s1", new SessionStatus(SessionPhase.ACTIVE));
        awaitScreen(ScreenId.IN_CALL);
        assertThat(screen.current().text(ControlNames.CALL_EXPERT)).contains("刘洋");
        assertThat(engine.openPeers()).isEqualTo(1);
        assertThat(link.sentOf(ServiceRequest.class)).hasSize(1);
        assertThat(link.sentOf(SessionEnd.class)).isEmpty();
    }

    @Test
    void aTransferThatHappenedWhileTheLinkWasDownIsTakenFromTheResumedPhase() {
        queued("s1");
        fromServer("s1", new SessionEstablished(cn.remotewindow.protocol.message.SdpRole.OFFERER,
                new Peer(Role.EXPERT, "zhangwei", "张伟", null), List.of()));
        fromServer("s1", new SessionStatus(SessionPhase.ACTIVE));
        awaitScreen(ScreenId.IN_CALL);
        link.up = false;
        server.onDown(LinkProblem.CONNECTION_LOST, 1, Duration.ofSeconds(1));
        linkBack();
        fromServer("s1", new cn.remotewindow.protocol.message.SessionResumed(SessionPhase.QUEUED, null, null, List.of(), true));
        awaitScreen(ScreenId.CONNECTING);
        assertThat(screen.current().text(ControlNames.CONNECTING_HEADING)).isEqualTo(Messages.of(ScreenLanguage.ZH_CN).text("transferring.heading"));
        await().atMost(UNTIL).until(() -> engine.openPeers() == 0);
        assertThat(link.sentOf(SessionEnd.class)).isEmpty();
    }

    // ---- three parties: a guest expert invited by the lead (protocol 5.38, 5.39, 8.7) ----------

    private static final Peer LEAD = new Peer(Role.EXPERT, "zhangwei", "张伟", null);
    private static final Peer GUEST = new Peer(Role.EXPERT, "lina", "李娜", null);

    /** A call with the lead: the kiosk's first offer sent (to nobody in particular), ACTIVE. */
    private void callWithLead() {
        queued("s1");
        fromServer("s1", new SessionEstablished(cn.remotewindow.protocol.message.SdpRole.OFFERER, LEAD, List.of()));
        await().atMost(UNTIL).until(() -> link.sentOf(SdpOffer.class).size() == 1);
        fromServer("s1", new SessionStatus(SessionPhase.ACTIVE));
        awaitScreen(ScreenId.IN_CALL);
    }

    private List<SdpOffer> offersTo(String party) {
        return link.sentOf(SdpOffer.class).stream().filter(o -> party.equals(o.to())).toList();
    }

    @Test
    void aGuestJoiningGetsASecondPeerAndAnOfferAddressedToThem() {
        callWithLead();
        cn.remotewindow.kiosk.media.CallPeer leadPeer = agent.callPeer();
        assertThat(link.sentOf(SdpOffer.class).get(0).to()).as("the lead's pair keeps the default").isNull();

        fromServer("s1", new cn.remotewindow.protocol.message.PartyJoined(GUEST,
                cn.remotewindow.protocol.message.SdpRole.OFFERER));

        await().atMost(UNTIL).until(() -> offersTo("lina").size() == 1);
        assertThat(engine.openPeers()).isEqualTo(2);
        assertThat(agent.callPeer()).as("the lead's peer is untouched").isSameAs(leadPeer);
        assertThat(agent.guestPeer("lina")).isNotNull().isNotSameAs(leadPeer);
        await().atMost(UNTIL).until(() -> link.sentOf(cn.remotewindow.protocol.message.MediaState.class).stream()
                .anyMatch(m -> "lina".equals(m.to())));
        await().atMost(UNTIL).until(() -> "协助专家 李娜".equals(screen.current().text(ControlNames.CALL_GUEST)));
        assertThat(screen.current().text(ControlNames.CALL_EXPERT)).contains("张伟");
        // Candidates of the guest's pair name the guest too (gathered without a network or not:
        // none may go out unaddressed but the lead's).
        assertThat(link.sentOf(cn.remotewindow.protocol.message.IceCandidate.class))
                .allMatch(c -> c.to() == null || "lina".equals(c.to()));
    }

    @Test
    void anAnswerIsAppliedToThePeerOfItsSender() throws Exception {
        callWithLead();
        fromServer("s1", new cn.remotewindow.protocol.message.PartyJoined(GUEST,
                cn.remotewindow.protocol.message.SdpRole.OFFERER));
        await().atMost(UNTIL).until(() -> offersTo("lina").size() == 1);

        // The guest's side, answering the kiosk's offer with a camera of its own.
        cn.remotewindow.kiosk.media.SyntheticCamera camera = engine.syntheticCamera(
                cn.remotewindow.kiosk.media.VideoFormat.VGA_30);
        java.util.concurrent.CompletableFuture<cn.remotewindow.kiosk.media.SessionDescription> answer =
                new java.util.concurrent.CompletableFuture<>();
        cn.remotewindow.kiosk.media.CallPeer guestSide = engine.newPeer(cn.remotewindow.kiosk.media.PeerConfig
                .of("guest", cn.remotewindow.kiosk.media.PeerRole.ANSWERER).withCamera(camera),
                new cn.remotewindow.kiosk.media.PeerListener() {
                    @Override
                    public void onLocalDescription(cn.remotewindow.kiosk.media.SessionDescription d) {
                        answer.complete(d);
                    }

                    @Override
                    public void onLocalCandidate(cn.remotewindow.kiosk.media.IceCandidate c) {
                    }
                });
        try {
            guestSide.applyRemote(SignalMapping.fromOffer(offersTo("lina").get(0)));
            fromServer("s1", new SdpAnswer(answer.get(10, java.util.concurrent.TimeUnit.SECONDS).sdp(), null, "lina"));

            // Applying an answer that sends video gives the offerer the other side's track: the
            // guest's peer has it, the lead's (still waiting for the lead's answer) has not.
            await().atMost(UNTIL).until(() -> !agent.guestPeer("lina").remoteVideos().isEmpty());
            assertThat(agent.callPeer().remoteVideos()).isEmpty();
        } finally {
            guestSide.close();
            camera.close();
        }
    }

    @Test
    void aGuestLeavingClosesOnlyTheirPeer() {
        callWithLead();
        cn.remotewindow.kiosk.media.CallPeer leadPeer = agent.callPeer();
        fromServer("s1", new cn.remotewindow.protocol.message.PartyJoined(GUEST,
                cn.remotewindow.protocol.message.SdpRole.OFFERER));
        await().atMost(UNTIL).until(() -> engine.openPeers() == 2);

        fromServer("s1", new cn.remotewindow.protocol.message.PartyLeft(GUEST, EndReason.HANGUP));

        await().atMost(UNTIL).until(() -> engine.openPeers() == 1);
        assertThat(agent.guestPeer("lina")).isNull();
        assertThat(agent.callPeer()).isSameAs(leadPeer);
        assertThat(agent.stage()).isEqualTo(Stage.IN_CALL);
        await().atMost(UNTIL).until(() -> !screen.current().shows(ControlNames.CALL_GUEST));
        assertThat(link.sentOf(SessionEnd.class)).isEmpty();
        // A late message from the guest who left is dropped, not handed to the lead's peer.
        fromServer("s1", new cn.remotewindow.protocol.message.IceRestart(null, "lina"));
        fromServer("s1", new cn.remotewindow.protocol.message.MediaState(true, false, false, null, "lina"));
        assertThat(agent.stage()).isEqualTo(Stage.IN_CALL);
        // Handed to the lead's peer, the ice.restart would make it offer again (asynchronously).
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> link.sentOf(SdpOffer.class).size() == 2);
    }

    @Test
    void aResumeOpensAPeerToAGuestWhoJoinedMeanwhileAndClosesOneToAGuestWhoLeft() {
        callWithLead();
        link.up = false;
        server.onDown(LinkProblem.CONNECTION_LOST, 1, Duration.ofSeconds(1));
        linkBack();
        // The guest joined while the kiosk was away: party.joined was not held; others says so.
        fromServer("s1", new cn.remotewindow.protocol.message.SessionResumed(SessionPhase.ACTIVE,
                cn.remotewindow.protocol.message.SdpRole.OFFERER, LEAD, List.of(), true, null, List.of(GUEST)));
        await().atMost(UNTIL).until(() -> offersTo("lina").size() == 1);
        assertThat(engine.openPeers()).isEqualTo(2);

        // Resumed again with the guest still there: nothing new. Then gone: closed.
        fromServer("s1", new cn.remotewindow.protocol.message.SessionResumed(SessionPhase.ACTIVE,
                cn.remotewindow.protocol.message.SdpRole.OFFERER, LEAD, List.of(), true, null, List.of(GUEST)));
        fromServer("s1", new cn.remotewindow.protocol.message.SessionResumed(SessionPhase.ACTIVE,
                cn.remotewindow.protocol.message.SdpRole.OFFERER, LEAD, List.of(), true, null, null));
        await().atMost(UNTIL).until(() -> engine.openPeers() == 1);
        assertThat(offersTo("lina").stream().filter(o -> !o.iceRestart()).count()).isEqualTo(1);
        assertThat(agent.guestPeer("lina")).isNull();
        assertThat(agent.stage()).isEqualTo(Stage.IN_CALL);
    }
}

package cn.remotewindow.kiosk.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.media.CallPeer;
import cn.remotewindow.kiosk.media.CallStats;
import cn.remotewindow.kiosk.media.RemoteAudio;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.SyntheticCamera;
import cn.remotewindow.kiosk.media.ToneDetector;
import cn.remotewindow.kiosk.media.VideoFormat;
import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.screen.Messages;
import cn.remotewindow.kiosk.screen.ScreenLanguage;
import cn.remotewindow.kiosk.screen.RecordingVideoView;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.testing.ExpertRobot;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.signaling.session.EndedSessions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kiosk agent end to end: a citizen taps through the headless screen, the real signaling
 * server pairs the kiosk with an expert robot, and real WebRTC media flows both ways through the
 * test's network namespace (bin/java-in-netns).
 */
class KioskAgentMediaIT {

    private static final Duration MEASURE = Duration.ofSeconds(10);
    private static SignalingServerProcess server;
    private AgentHarness kiosk;

    @BeforeAll
    static void startServer() {
        server = new SignalingServerProcess("--window.routing.resume-grace=20s").start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (!server.running()) {
            server.start();
        }
    }

    @Test
    void aCitizenTalksToAnExpertSharesScreensAndRatesTheService() throws Exception {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS);
        ExpertRobot expert = kiosk.callInProgress();
        assertThat(kiosk.screen.current().text(ControlNames.CALL_EXPERT)).contains("张伟");

        // Video both ways, measured over 10 s once both sides are flowing.
        CallPeer kioskPeer = kiosk.agent.callPeer();
        await().atMost(AgentHarness.UNTIL).until(() -> !expert.videos().isEmpty() && !kioskPeer.remoteVideos().isEmpty()
                && expert.videos().get(0).framesReceived() > 30 && kioskPeer.remoteVideos().get(0).framesReceived() > 30);
        RemoteVideo atExpert = expert.videos().get(0);
        RemoteVideo atKiosk = kioskPeer.remoteVideos().get(0);
        CallStats kioskBefore = kioskPeer.stats().get(5, TimeUnit.SECONDS);
        long expertSentBefore = kiosk.expertCamera.framesPushed();
        long atExpertBefore = atExpert.framesReceived();
        long atKioskBefore = atKiosk.framesReceived();
        RecordingVideoView expertView = (RecordingVideoView) kiosk.screen.expertVideo();
        long shownBefore = expertView.frameCount();
        Thread.sleep(MEASURE.toMillis());
        long kioskSent = kioskPeer.stats().get(5, TimeUnit.SECONDS).videoFramesSent() - kioskBefore.videoFramesSent();
        long expertSent = kiosk.expertCamera.framesPushed() - expertSentBefore;
        long expertGot = atExpert.framesReceived() - atExpertBefore;
        long kioskGot = atKiosk.framesReceived() - atKioskBefore;
        System.out.printf("video over %d s: kiosk sent %d, expert got %d; expert sent %d, kiosk got %d%n",
                MEASURE.toSeconds(), kioskSent, expertGot, expertSent, kioskGot);
        assertThat(kioskSent).as("kiosk frames encoded and sent").isGreaterThan(MEASURE.toSeconds() * 20);
        assertThat(expertGot).as("kiosk -> expert frames").isGreaterThanOrEqualTo(kioskSent * 9 / 10);
        assertThat(kioskGot).as("expert -> kiosk frames").isGreaterThanOrEqualTo(expertSent * 9 / 10);
        assertThat(expertView.frameCount() - shownBefore).as("expert video drawn on the kiosk screen").isGreaterThan(50);
        assertThat(((RecordingVideoView) kiosk.screen.selfVideo()).frameCount()).as("self-view").isGreaterThan(20);

        // The citizen's voice (the 440 Hz tone) reaches the expert.
        await().atMost(AgentHarness.UNTIL).until(() -> !expert.audio().isEmpty() && expert.audio().get(0).samplesReceived() > 48_000);
        RemoteAudio heard = expert.audio().get(0);
        short[] samples = heard.recentSamples();
        assertThat(ToneDetector.power(samples, heard.sampleRate(), 440))
                .isGreaterThan(10 * ToneDetector.power(samples, heard.sampleRate(), 1000));

        // A prompt over the control channel is shown large to the citizen.
        expert.sendControl("{\"type\":\"prompt\",\"text\":\"请把身份证放在读卡器上\"}");
        await().atMost(AgentHarness.UNTIL).until(() ->
                "请把身份证放在读卡器上".equals(kiosk.screen.current().text(ControlNames.CALL_EXPERT_MESSAGE)));

        // The expert asks to see the kiosk's screen: answered on the channel, a second track arrives.
        expert.sendControl("{\"type\":\"screen.share\",\"on\":true}");
        await().atMost(AgentHarness.UNTIL).until(() -> expert.controlReceived().stream()
                .anyMatch(m -> m.contains("screen.share.state") && m.contains("true")));
        await().atMost(AgentHarness.UNTIL).until(() -> expert.videos().stream()
                .anyMatch(v -> v.isScreen() && v.framesReceived() > 5));
        assertThat(kiosk.screen.current().shows(ControlNames.CALL_SHARING_OWN_SCREEN)).isTrue();

        // The expert shares a screen: it is shown large on the kiosk.
        try (SyntheticCamera expertScreen = kiosk.expertEngine.syntheticCamera(new VideoFormat(1280, 720, 10))) {
            expert.peer().startScreenShare(expertScreen).get(10, TimeUnit.SECONDS);
            RecordingVideoView shared = (RecordingVideoView) kiosk.screen.sharedScreen();
            await().atMost(AgentHarness.UNTIL).until(() -> shared.frameCount() > 5);
            assertThat(shared.latestSize().width).isEqualTo(1280);

            // Mute: the expert is told through media.state.
            kiosk.press(ControlNames.CALL_MUTE);
            await().atMost(AgentHarness.UNTIL).until(() -> expert.received().stream()
                    .anyMatch(e -> e.body() instanceof MediaState m && !m.audio()));

            // The citizen hangs up, rates, and the rating is recorded on the server.
            String sessionId = expert.sessionId();
            kiosk.press(ControlNames.CALL_HANG_UP);
            kiosk.press(ControlNames.CALL_HANG_UP_CONFIRM);
            SessionEnded ended = expert.ended().get(10, TimeUnit.SECONDS);
            assertThat(ended.reason()).isEqualTo(EndReason.HANGUP);
            assertThat(ended.by()).isEqualTo(Role.KIOSK);
            kiosk.awaitScreen(ScreenId.RATING);
            kiosk.press(ControlNames.RATING + "SATISFIED");
            kiosk.awaitScreen(ScreenId.GOODBYE);
            EndedSessions records = server.bean(EndedSessions.class);
            await().atMost(AgentHarness.UNTIL).until(() -> records.find(sessionId)
                    .map(s -> s.rating() == Satisfaction.SATISFIED).orElse(false));
        }
        assertThat(kiosk.kioskEngine.openPeers()).as("the call's peer is closed").isZero();
    }

    @Test
    void aLostSignalingConnectionResumesTheCallWithoutQueueingOrRingingAgain() throws Exception {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS);
        ExpertRobot expert = kiosk.callInProgress();
        await().atMost(AgentHarness.UNTIL).until(() -> !expert.videos().isEmpty() && expert.videos().get(0).framesReceived() > 30);
        String sessionId = expert.sessionId();
        long rings = expert.received().stream().filter(e -> e.body() instanceof Ring).count();

        kiosk.link.dropConnection();
        long framesAtDrop = expert.videos().get(0).framesReceived();
        await().atMost(AgentHarness.UNTIL).until(() -> expert.received().stream()
                .anyMatch(e -> e.body() instanceof cn.remotewindow.protocol.message.PeerStatus p && !p.connected()));
        await().atMost(AgentHarness.UNTIL).until(() -> expert.received().stream()
                .anyMatch(e -> e.body() instanceof cn.remotewindow.protocol.message.PeerStatus p && p.connected()));
        assertThat(kiosk.link.isUp()).isTrue();
        // Media never went through the server: it kept flowing across the loss.
        assertThat(expert.videos().get(0).framesReceived()).isGreaterThan(framesAtDrop);
        Thread.sleep(2000);
        assertThat(kiosk.agent.stage()).isEqualTo(Stage.IN_CALL);
        assertThat(kiosk.screen.current().screen()).isEqualTo(ScreenId.IN_CALL);
        assertThat(expert.sessionId()).isEqualTo(sessionId);
        assertThat(expert.received().stream().filter(e -> e.body() instanceof Ring).count()).isEqualTo(rings);
        assertThat(expert.ended()).isNotDone();

        // And the call still ends properly afterwards.
        expert.hangUp();
        kiosk.awaitScreen(ScreenId.RATING);
    }

    @Test
    void aNetworkChangeMidCallIsRecoveredByAnIceRestartAndTheCitizenSeesItHappen() throws Exception {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS);
        ExpertRobot expert = kiosk.callInProgress();
        await().atMost(AgentHarness.UNTIL).until(() -> !expert.videos().isEmpty() && expert.videos().get(0).framesReceived() > 30);
        String sessionId = expert.sessionId();

        // The kiosk's network changes under the call: every address of the namespace is replaced
        // (as a new DHCP lease would), so every candidate pair of the call dies.
        NetworkNamespace.renumber();
        // First the picture stalls ("weak network"), then the connection is declared lost.
        String reconnecting = Messages.of(ScreenLanguage.ZH_CN).text("call.banner.reconnecting");
        await().atMost(AgentHarness.UNTIL).until(() -> reconnecting.equals(kiosk.screen.current().text(ControlNames.CALL_BANNER)));

        // The kiosk restarts ICE; media flows again on the new addresses and the banner goes.
        await().atMost(Duration.ofSeconds(60)).until(() -> expert.received().stream()
                .anyMatch(e -> e.body() instanceof cn.remotewindow.protocol.message.SdpOffer o && o.iceRestart()));
        long frames = expert.videos().get(0).framesReceived();
        await().atMost(Duration.ofSeconds(60)).until(() -> expert.videos().get(0).framesReceived() > frames + 60);
        await().atMost(AgentHarness.UNTIL).until(() -> !kiosk.screen.current().shows(ControlNames.CALL_BANNER));
        assertThat(kiosk.agent.stage()).isEqualTo(Stage.IN_CALL);
        assertThat(expert.sessionId()).isEqualTo(sessionId);
        assertThat(expert.ended()).isNotDone();
    }

    @Test
    void aCameraUnpluggedMidCallIsReportedAndPickedUpAgainWithoutDroppingTheCall() throws Exception {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS);
        ExpertRobot expert = kiosk.callInProgress();
        await().atMost(AgentHarness.UNTIL).until(() -> !expert.videos().isEmpty() && expert.videos().get(0).framesReceived() > 30);

        // Unplugged: the feed stops and its source goes away, as a device camera's does.
        kiosk.devices.get().camera().close();
        await().atMost(AgentHarness.UNTIL).until(() -> expert.received().stream()
                .anyMatch(e -> e.body() instanceof MediaState m && !m.video()));
        // Plugged in again (the synthetic camera is always there): found, and sent on the same track.
        await().atMost(AgentHarness.UNTIL).until(() -> {
            java.util.List<Envelope> states = expert.received().stream().filter(e -> e.body() instanceof MediaState).toList();
            return !states.isEmpty() && ((MediaState) states.get(states.size() - 1).body()).video();
        });
        long frames = expert.videos().get(0).framesReceived();
        await().atMost(AgentHarness.UNTIL).until(() -> expert.videos().get(0).framesReceived() > frames + 30);
        assertThat(kiosk.agent.stage()).isEqualTo(Stage.IN_CALL);
        assertThat(expert.ended()).isNotDone();
    }

    @Test
    void aServerThatCannotBeReachedIsShownAndTheKioskComesBackByItselfWhenItCan() throws Exception {
        server.stop();
        AgentTimings quick = new AgentTimings(Duration.ofMinutes(3), Duration.ofSeconds(90), Duration.ofSeconds(8),
                Duration.ofSeconds(3));
        kiosk = new AgentHarness(server, quick, AgentHarness.MEDIA, false);
        kiosk.awaitScreen(ScreenId.ERROR);
        assertThat(kiosk.screen.current().text(ControlNames.ERROR_WHAT))
                .isEqualTo(Messages.of(ScreenLanguage.ZH_CN).text("error.SERVER_UNREACHABLE.what"));
        server.start();
        kiosk.awaitScreen(ScreenId.SERVICE_CHOICE);
        kiosk.chooseHouseholdTransfer();
        kiosk.awaitScreen(ScreenId.WAITING);
    }

    @Test
    void aKioskWhoseCredentialIsRefusedSaysItIsOutOfService() {
        // Another demo kiosk than the other tests use: failed sign-ins get a kiosk id throttled.
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS, AgentHarness.MEDIA, false,
                new cn.remotewindow.kiosk.config.KioskConfig.Device("kiosk-weibin-01", "wrong-secret"));
        kiosk.awaitScreen(ScreenId.ERROR);
        assertThat(kiosk.agent.stage()).isEqualTo(Stage.PROBLEM);
        assertThat(kiosk.screen.current().text(ControlNames.ERROR_WHAT))
                .isEqualTo(Messages.of(ScreenLanguage.ZH_CN).text("error.SERVER_UNREACHABLE.what"));
    }

    @Test
    void theExpertsNetworkGoneForGoodEndsTheCallInPlainWords() throws Exception {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS);
        ExpertRobot expert = kiosk.callInProgress();
        // The expert's machine drops off the network: signaling gone, media gone.
        expert.peer().close();
        expert.dropSignaling();
        // The server holds the session for the resume grace (20 s here), then ends it.
        await().atMost(Duration.ofSeconds(60)).until(() -> kiosk.screen.current().screen() == ScreenId.ERROR);
        assertThat(kiosk.screen.current().text(ControlNames.ERROR_WHAT))
                .isEqualTo(Messages.of(ScreenLanguage.ZH_CN).text("error.CALL_DROPPED.what"));
        assertThat(kiosk.kioskEngine.openPeers()).isZero();
    }

    @Test
    void aTransferHandsTheCitizenToTheNextExpertOnAFreshPeerWithoutStartingOver() throws Exception {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS);
        ExpertRobot first = kiosk.callInProgress();
        CallPeer firstPeer = kiosk.agent.callPeer();
        ExpertRobot next = new ExpertRobot(server.httpUrl(), "liuyang", "demo-liuyang", kiosk.expertEngine,
                kiosk.expertCamera).online();
        try {
            first.send(new cn.remotewindow.protocol.message.SessionTransfer(null, "liuyang", "还需办理居住证", null));

            assertThat(first.ended().get(10, TimeUnit.SECONDS).reason())
                    .isEqualTo(cn.remotewindow.protocol.message.EndReason.TRANSFERRED);
            next.connected().get(30, TimeUnit.SECONDS);
            kiosk.awaitScreen(ScreenId.IN_CALL);
            await().atMost(AgentHarness.UNTIL).until(() -> kiosk.screen.current().text(ControlNames.CALL_EXPERT).contains("刘洋"));
            assertThat(next.sessionId()).isEqualTo(first.sessionId());
            CallPeer nextPeer = kiosk.agent.callPeer();
            assertThat(nextPeer).as("a new peer connection for the next expert").isNotSameAs(firstPeer);
            assertThat(kiosk.kioskEngine.openPeers()).isEqualTo(1);
            await().atMost(AgentHarness.UNTIL).until(() -> !next.videos().isEmpty() && next.videos().get(0).framesReceived() > 30
                    && !nextPeer.remoteVideos().isEmpty() && nextPeer.remoteVideos().get(0).framesReceived() > 30);
        } finally {
            next.close();
        }
    }

    @Test
    void aGuestInvitedByTheLeadGetsAPeerOfItsOwnAndLeavingClosesOnlyThat() throws Exception {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS);
        ExpertRobot lead = kiosk.callInProgress();
        CallPeer leadPeer = kiosk.agent.callPeer();
        ExpertRobot guest = new ExpertRobot(server.httpUrl(), "liuyang", "demo-liuyang", kiosk.expertEngine,
                kiosk.expertCamera).online();
        try {
            double twoParty = cpuCores(Duration.ofSeconds(5));
            long started = System.nanoTime();
            lead.invite("liuyang");
            guest.connected().get(30, TimeUnit.SECONDS);
            await().atMost(AgentHarness.UNTIL).until(() -> kiosk.agent.guestPeer("liuyang") != null);
            CallPeer guestPeer = kiosk.agent.guestPeer("liuyang");
            assertThat(kiosk.kioskEngine.openPeers()).isEqualTo(2);
            assertThat(kiosk.agent.callPeer()).as("the lead's peer is untouched").isSameAs(leadPeer);

            // kiosk -> guest, guest -> kiosk (and drawn), lead <-> guest on their own pair.
            await().atMost(AgentHarness.UNTIL).until(() -> !guest.videos().isEmpty()
                    && guest.videos().get(0).framesReceived() > 60);
            await().atMost(AgentHarness.UNTIL).until(() -> !guestPeer.remoteVideos().isEmpty()
                    && guestPeer.remoteVideos().get(0).framesReceived() > 60
                    && kiosk.screen.guestVideo().frameCount() > 10);
            System.out.printf("MEDIA guest: invite -> 60 frames both ways kiosk<->guest in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            await().atMost(AgentHarness.UNTIL).until(() -> lead.peerTo("liuyang") != null
                    && lead.peerTo("liuyang").state() == cn.remotewindow.kiosk.media.PeerState.CONNECTED);
            assertThat(kiosk.screen.current().text(ControlNames.CALL_GUEST)).contains("刘洋");
            // Rough cost (all three parties and the server share this JVM): for the log only.
            System.out.printf("MEDIA guest: process CPU %.2f cores with two parties, %.2f with three (VGA, 3 pairs)%n",
                    twoParty, cpuCores(Duration.ofSeconds(5)));
            assertThat(kiosk.screen.current().text(ControlNames.CALL_EXPERT)).contains("张伟");

            // The lead's call goes on: frames keep coming both ways on the first pair.
            long leadSees = lead.videos().get(0).framesReceived();
            long kioskSees = leadPeer.remoteVideos().get(0).framesReceived();
            await().atMost(AgentHarness.UNTIL).until(() -> lead.videos().get(0).framesReceived() > leadSees + 60
                    && leadPeer.remoteVideos().get(0).framesReceived() > kioskSees + 60);

            guest.hangUp();
            guest.ended().get(10, TimeUnit.SECONDS);
            await().atMost(AgentHarness.UNTIL).until(() -> kiosk.kioskEngine.openPeers() == 1);
            assertThat(kiosk.agent.guestPeer("liuyang")).isNull();
            assertThat(kiosk.agent.callPeer()).isSameAs(leadPeer);
            assertThat(kiosk.agent.stage()).isEqualTo(Stage.IN_CALL);
            await().atMost(AgentHarness.UNTIL).until(() -> !kiosk.screen.current().shows(ControlNames.CALL_GUEST));
            long leadAfter = lead.videos().get(0).framesReceived();
            await().atMost(AgentHarness.UNTIL).until(() -> lead.videos().get(0).framesReceived() > leadAfter + 60
                    && leadPeer.state() == cn.remotewindow.kiosk.media.PeerState.CONNECTED);
        } finally {
            guest.close();
        }
    }

    /** The process's CPU over a while, in cores. */
    private static double cpuCores(Duration over) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        Thread.sleep(over.toMillis());
        return (double) (os.getProcessCpuTime() - cpu) / (System.nanoTime() - wall);
    }

    @Test
    void theExpertHangingUpTakesTheCitizenToTheRating() throws Exception {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS);
        ExpertRobot expert = kiosk.callInProgress();
        expert.hangUp();
        kiosk.awaitScreen(ScreenId.RATING);
        assertThat(kiosk.kioskEngine.openPeers()).isZero();
        kiosk.press(ControlNames.RATING_SKIP);
        kiosk.awaitScreen(ScreenId.GOODBYE);
        kiosk.awaitScreen(ScreenId.SERVICE_CHOICE);
    }

    @Test
    void aServerRestartMidCallEndsTheCallInPlainWordsAndRetryQueuesAgain() throws Exception {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS);
        ExpertRobot expert = kiosk.callInProgress();

        server.stop();
        server.start();
        // The server says it is shutting down (SERVER_SHUTDOWN): the call cannot go on without it.
        kiosk.awaitScreen(ScreenId.ERROR);
        assertThat(kiosk.screen.current().text(ControlNames.ERROR_WHAT))
                .isEqualTo(Messages.of(ScreenLanguage.ZH_CN).text("error.SERVICE_PAUSED.what"));
        assertThat(kiosk.kioskEngine.openPeers()).isZero();
        kiosk.press(ControlNames.ERROR_RETRY);
        await().atMost(AgentHarness.UNTIL).until(() -> kiosk.agent.stage() == Stage.WAITING);
        kiosk.awaitScreen(ScreenId.WAITING);
    }

    @Test
    void aServerRestartWhileWaitingQueuesTheCitizenAgainWithoutATap() throws Exception {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS);
        kiosk.chooseHouseholdTransfer();
        kiosk.awaitScreen(ScreenId.WAITING);
        String before = kiosk.agent.resumeSession();
        assertThat(before).isNotNull();

        server.stop();
        server.start();
        await().atMost(AgentHarness.UNTIL).until(() -> kiosk.agent.resumeSession() != null
                && !before.equals(kiosk.agent.resumeSession()) && kiosk.agent.stage() == Stage.WAITING);
        kiosk.awaitScreen(ScreenId.WAITING);
    }

    @Test
    void aCameraThatCannotBeOpenedIsShownAsADeviceProblem() {
        kiosk = new AgentHarness(server, AgentTimings.DEFAULTS, new cn.remotewindow.kiosk.config.KioskConfig.Media(
                "No Such Camera", "synthetic", "", 640, 480, 30), false);
        kiosk.awaitScreen(ScreenId.ERROR);
        assertThat(kiosk.agent.stage()).isEqualTo(Stage.PROBLEM);
        assertThat(kiosk.screen.current().text(ControlNames.ERROR_WHAT))
                .isEqualTo(Messages.of(ScreenLanguage.ZH_CN).text("error.DEVICE_PROBLEM.what"));
    }
}

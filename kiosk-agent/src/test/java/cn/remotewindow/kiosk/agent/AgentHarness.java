package cn.remotewindow.kiosk.agent;

import static org.awaitility.Awaitility.await;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.link.ServerApi;
import cn.remotewindow.kiosk.link.ServerLink;
import cn.remotewindow.kiosk.media.AudioSetup;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.SyntheticCamera;
import cn.remotewindow.kiosk.media.VideoFormat;
import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.screen.DemoCatalogue;
import cn.remotewindow.kiosk.screen.HeadlessKioskScreen;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.testing.ExpertRobot;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.protocol.message.Message;
import java.time.Clock;
import java.time.Duration;

/**
 * A whole kiosk against the real signaling server: the agent with a headless screen, a synthetic
 * camera and tone, a real server link; and an expert robot with a webrtc-java peer of its own.
 */
final class AgentHarness implements AutoCloseable {

    static final KioskConfig.Reconnect FAST = new KioskConfig.Reconnect(Duration.ofMillis(200), Duration.ofSeconds(1), 0.1);
    static final KioskConfig.Media MEDIA = new KioskConfig.Media("synthetic", "synthetic", "", 640, 480, 30);
    static final Duration UNTIL = Duration.ofSeconds(30);

    final SignalingServerProcess server;
    final MediaEngine kioskEngine = MediaEngine.start(AudioSetup.SYNTHETIC);
    final MediaEngine expertEngine = MediaEngine.start(AudioSetup.HEADLESS);
    final SyntheticCamera expertCamera = expertEngine.syntheticCamera(VideoFormat.VGA_30);
    final HeadlessKioskScreen screen = new HeadlessKioskScreen();
    final SignalingClients clients = new SignalingClients(1);
    final KioskAgent agent;
    final ServerLink link;
    /** The kiosk's camera and microphone as the agent opened them. */
    final java.util.concurrent.atomic.AtomicReference<LocalDevices> devices = new java.util.concurrent.atomic.AtomicReference<>();
    ExpertRobot expert;

    AgentHarness(SignalingServerProcess server, AgentTimings timings) {
        this(server, timings, MEDIA, true);
    }

    /** @param awaitStart wait until the link is up and the start screen is shown */
    AgentHarness(SignalingServerProcess server, AgentTimings timings, KioskConfig.Media media, boolean awaitStart) {
        this(server, timings, media, awaitStart,
                new KioskConfig.Device(SignalingServerProcess.KIOSK, SignalingServerProcess.KIOSK_SECRET));
    }

    AgentHarness(SignalingServerProcess server, AgentTimings timings, KioskConfig.Media media, boolean awaitStart,
                 KioskConfig.Device device) {
        this.server = server;
        LocalDevices.Opener configured = LocalDevices.configured(media);
        LocalDevices.Opener opener = engine -> {
            LocalDevices opened = configured.open(engine);
            devices.set(opened);
            return opened;
        };
        agent = new KioskAgent(screen, DemoCatalogue.xinxiang(), kioskEngine, opener,
                engine -> engine.syntheticCamera(new VideoFormat(1280, 720, 5)), timings, Clock.systemUTC());
        link = new ServerLink(new ServerApi(server.httpUrl(),
                device),
                clients, FAST, agent.linkListener(), agent::resumeSession, Clock.systemUTC());
        agent.start(KioskAgent.Link.of(link));
        link.start();
        if (awaitStart) {
            await().atMost(UNTIL).until(() -> link.isUp() && screen.current().screen() == ScreenId.SERVICE_CHOICE);
        }
    }

    ExpertRobot expertOnline() throws Exception {
        expert = new ExpertRobot(server.httpUrl(), "zhangwei", "demo-zhangwei", expertEngine, expertCamera).online();
        return expert;
    }

    /**
     * The common start of a call test: the expert online, the citizen taps 户籍迁移, the kiosk shows
     * the call and the expert's media is connected.
     */
    ExpertRobot callInProgress() throws Exception {
        ExpertRobot online = expertOnline();
        chooseHouseholdTransfer();
        awaitScreen(ScreenId.IN_CALL);
        online.connected().get(30, java.util.concurrent.TimeUnit.SECONDS);
        return online;
    }

    /** Taps through the service choice as a citizen: 公安局, 户籍迁移. */
    void chooseHouseholdTransfer() {
        press(ControlNames.CHOICE_DEPARTMENT + "PSB");
        press(ControlNames.CHOICE_ITEM + "PSB-HJQY");
    }

    void press(String control) {
        await().atMost(UNTIL).until(() -> screen.press(control));
    }

    void awaitScreen(ScreenId id) {
        await().atMost(UNTIL).until(() -> screen.current().screen() == id);
    }

    @Override
    public void close() {
        if (expert != null) {
            expert.close();
        }
        link.close();
        agent.close();
        clients.close();
        expertCamera.close();
        kioskEngine.close();
        expertEngine.close();
    }
}

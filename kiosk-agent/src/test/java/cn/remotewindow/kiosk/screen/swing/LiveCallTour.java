package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.kiosk.agent.AgentTimings;
import cn.remotewindow.kiosk.agent.KioskAgent;
import cn.remotewindow.kiosk.agent.LocalDevices;
import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.link.ServerApi;
import cn.remotewindow.kiosk.link.ServerLink;
import cn.remotewindow.kiosk.media.AudioSetup;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.SyntheticCamera;
import cn.remotewindow.kiosk.media.VideoFormat;
import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.screen.DemoCatalogue;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.testing.ExpertRobot;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.protocol.message.Message;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/**
 * A real call on the real kiosk window: the agent with the Swing screen under Xvfb, the real
 * signaling server, an expert robot, WebRTC media between them. Takes a screenshot at each moment
 * worth seeing, and saves what the expert received of the kiosk's shared screen. Runs in its own
 * JVM (AWT takes its display at start-up), started by {@link LiveCallScreenshotMediaIT} inside
 * the test's network namespace. Argument: the output directory.
 */
public final class LiveCallTour {

    static final Dimension SIZE = new Dimension(1280, 800);
    static final String[] SHOTS = {"live-01-call", "live-02-call-prompt", "live-03-own-screen-shared",
        "live-04-expert-screen-shared", "live-05-rating"};
    static final String EXPERT_SEES = "live-03-expert-sees-kiosk-screen";

    private final Path out;
    private final Properties facts = new Properties();
    private SwingKioskScreen screen;

    private LiveCallTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        new LiveCallTour(Path.of(args[0])).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        SignalingServerProcess server = new SignalingServerProcess().start();
        MediaEngine kioskEngine = MediaEngine.start(AudioSetup.SYNTHETIC);
        MediaEngine expertEngine = MediaEngine.start(AudioSetup.HEADLESS);
        SyntheticCamera expertCamera = expertEngine.syntheticCamera(VideoFormat.VGA_30);
        screen = new SwingKioskScreen(SIZE);
        screen.open(new Rectangle(0, 0, SIZE.width, SIZE.height));
        KioskAgent agent = new KioskAgent(screen, null, cn.remotewindow.kiosk.agent.CatalogueSetup.DEFAULTS, kioskEngine,
                LocalDevices.configured(new KioskConfig.Media("synthetic", "synthetic", "", 640, 480, 30)),
                engine -> engine.componentScreen(screen.component(), new VideoFormat(1280, 720, 5)),
                AgentTimings.DEFAULTS, cn.remotewindow.kiosk.agent.VerifySetup.NONE,
                cn.remotewindow.kiosk.agent.CaseFileSetup.DEFAULTS, Clock.systemUTC());
        SignalingClients clients = new SignalingClients(1);
        ServerLink link = new ServerLink(new ServerApi(server.httpUrl(),
                new KioskConfig.Device(SignalingServerProcess.KIOSK, SignalingServerProcess.KIOSK_SECRET)),
                clients, new KioskConfig.Reconnect(Duration.ofMillis(200), Duration.ofSeconds(1), 0.1),
                agent.linkListener(), agent::resumeSession, Clock.systemUTC());
        agent.start(KioskAgent.Link.of(link));
        link.start();
        ExpertRobot expert = new ExpertRobot(server.httpUrl(), "zhangwei", "demo-zhangwei", expertEngine, expertCamera);
        until("start screen", () -> link.isUp() && screenIs(ScreenId.SERVICE_CHOICE));
        expert.online();

        press(ControlNames.CHOICE_DEPARTMENT + "PSB");
        press(ControlNames.CHOICE_ITEM + "PSB-HJQY");
        until("in call", () -> screenIs(ScreenId.IN_CALL));
        expert.connected().get(30, TimeUnit.SECONDS);
        VideoPanel expertVideo = (VideoPanel) screen.expertVideo();
        VideoPanel selfVideo = (VideoPanel) screen.selfVideo();
        until("video painted", () -> expertVideo.framesPainted() > 30 && selfVideo.framesPainted() > 10);
        capture(SHOTS[0]);

        expert.sendControl("{\"type\":\"prompt\",\"text\":\"请把身份证放在读卡器上，照片朝上\"}");
        until("prompt shown", () -> !content(ControlNames.CALL_EXPERT_MESSAGE).isEmpty());
        capture(SHOTS[1]);

        expert.sendControl("{\"type\":\"screen.share\",\"on\":true}");
        until("kiosk screen at the expert", () -> expert.videos().stream().anyMatch(v -> v.isScreen() && v.framesReceived() > 3));
        RemoteVideo kioskScreen = expert.videos().stream().filter(RemoteVideo::isScreen).findFirst().orElseThrow();
        AtomicReference<BufferedImage> seen = new AtomicReference<>();
        kioskScreen.render(5, frame -> seen.compareAndSet(null, frame.toImage()));
        until("a kiosk screen frame rendered at the expert", () -> seen.get() != null);
        ImageIO.write(seen.get(), "png", out.resolve(EXPERT_SEES + ".png").toFile());
        facts.setProperty(EXPERT_SEES + ".size", seen.get().getWidth() + "x" + seen.get().getHeight());
        capture(SHOTS[2]);
        expert.sendControl("{\"type\":\"screen.share\",\"on\":false}");
        expert.sendControl("{\"type\":\"prompt.clear\"}");

        SyntheticCamera expertScreen = expertEngine.syntheticCamera(new VideoFormat(1280, 720, 10));
        expert.peer().startScreenShare(expertScreen).get(10, TimeUnit.SECONDS);
        VideoPanel shared = (VideoPanel) screen.sharedScreen();
        until("expert's screen painted", () -> shared.framesPainted() > 10
                && !screenShows(ControlNames.CALL_SHARING_OWN_SCREEN));
        capture(SHOTS[3]);

        press(ControlNames.CALL_HANG_UP);
        press(ControlNames.CALL_HANG_UP_CONFIRM);
        until("rating", () -> screenIs(ScreenId.RATING));
        capture(SHOTS[4]);
        facts.setProperty("painted.expertVideo", Long.toString(expertVideo.framesPainted()));
        facts.setProperty("painted.selfVideo", Long.toString(selfVideo.framesPainted()));
        facts.setProperty("painted.sharedScreen", Long.toString(shared.framesPainted()));
        try (Writer writer = Files.newBufferedWriter(out.resolve("live.facts"), StandardCharsets.UTF_8)) {
            facts.store(writer, "the live call tour");
        }

        expert.close();
        link.close();
        agent.close();
        clients.close();
        expertScreen.close();
        expertCamera.close();
        kioskEngine.close();
        expertEngine.close();
        server.close();
        screen.close();
    }

    private boolean screenIs(ScreenId id) throws Exception {
        AtomicReference<ScreenId> now = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> now.set(screen.content().screen()));
        return now.get() == id;
    }

    private boolean screenShows(String name) throws Exception {
        AtomicReference<Boolean> shows = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> shows.set(screen.content().shows(name)));
        return shows.get();
    }

    private String content(String name) throws Exception {
        AtomicReference<String> text = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> text.set(screen.content().text(name)));
        return text.get() == null ? "" : text.get();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void until(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }

    private void press(String control) throws Exception {
        until("can press " + control, () -> {
            AtomicReference<Boolean> pressed = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> pressed.set(screen.press(control)));
            return pressed.get();
        });
    }

    private void capture(String shot) throws Exception {
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
            Toolkit.getDefaultToolkit().sync();
            Thread.sleep(150);
        }
        BufferedImage image = new Robot().createScreenCapture(new Rectangle(0, 0, SIZE.width, SIZE.height));
        ImageIO.write(image, "png", out.resolve(shot + ".png").toFile());
        facts.setProperty(shot + ".screen", content(ControlNames.CALL_EXPERT) + "|" + shot);
    }
}

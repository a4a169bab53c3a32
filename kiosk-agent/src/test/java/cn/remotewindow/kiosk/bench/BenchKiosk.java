package cn.remotewindow.kiosk.bench;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.kiosk.agent.AgentTimings;
import cn.remotewindow.kiosk.agent.KioskAgent;
import cn.remotewindow.kiosk.agent.LocalDevices;
import cn.remotewindow.kiosk.agent.OwnScreen;
import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.link.ServerApi;
import cn.remotewindow.kiosk.link.ServerLink;
import cn.remotewindow.kiosk.media.CallPeer;
import cn.remotewindow.kiosk.media.CallStats;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.SyntheticCamera;
import cn.remotewindow.kiosk.media.VideoFormat;
import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.screen.DemoCatalogue;
import cn.remotewindow.kiosk.screen.HeadlessKioskScreen;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The kiosk under test, alone in its own JVM so that its CPU and memory can be measured apart from
 * the server and the expert: a real {@link KioskAgent} on a {@link HeadlessKioskScreen}, with the
 * synthetic camera and tone at the given format, signed in as the demo kiosk against the given
 * server. Started by {@link KioskBench}.
 *
 * <p>Usage: {@code BenchKiosk SERVER_HTTP_URL WIDTHxHEIGHT@FPS}. Reads commands on stdin, one
 * per line, and answers each with one line on stdout starting with {@value #PREFIX} (everything
 * else on stdout is the agent's own log):
 * <ul>
 *   <li>(at start) → {@code ready}: signed in, the start screen is shown</li>
 *   <li>{@code call}: taps PSB, then PSB-HJQY, as a citizen; → {@code connected setup_ms=.. request=..
 *       established=.. offer=.. answer=.. connected=.. video=..}: set-up from session.established
 *       (the expert accepted) to the expert's first video frame at the kiosk, then each step in
 *       milliseconds from the tap (see {@link SetupClock})</li>
 *   <li>{@code stats} → {@code stats key=value ...}: frames pushed by the camera, sent, received,
 *       drawn, the received size, the Java heap</li>
 *   <li>{@code hangup}: hangs up, skips the rating, waits for the start screen → {@code idle}</li>
 *   <li>{@code quit} (or end of input): closes everything → {@code bye}, exits 0</li>
 * </ul>
 * Anything that does not happen within 30 s is answered {@code failed <why>}.
 */
public final class BenchKiosk {

    static final String PREFIX = "KUT ";
    private static final Duration UNTIL = Duration.ofSeconds(30);
    /** Production timings but a short goodbye screen: 30 calls would otherwise wait 4 minutes. */
    private static final AgentTimings TIMINGS = new AgentTimings(Duration.ofMinutes(3), Duration.ofSeconds(90),
            Duration.ofMillis(500), Duration.ofSeconds(45));
    private static final KioskConfig.Reconnect RECONNECT =
            new KioskConfig.Reconnect(Duration.ofMillis(200), Duration.ofSeconds(2), 0.1);

    private final HeadlessKioskScreen screen = new HeadlessKioskScreen();
    private final SetupClock clock = new SetupClock();
    private final AtomicReference<LocalDevices> devices = new AtomicReference<>();
    private final MediaEngine engine;
    private final KioskAgent agent;
    private final SignalingClients clients = new SignalingClients(1);
    private final ServerLink link;

    private BenchKiosk(URI server, VideoFormat format) {
        KioskConfig.Media media = new KioskConfig.Media("synthetic", "synthetic", "",
                format.width(), format.height(), format.fps());
        engine = MediaEngine.start(LocalDevices.audioSetupFor(media));
        LocalDevices.Opener opener = e -> {
            LocalDevices opened = LocalDevices.open(e, media);
            devices.set(opened);
            return opened;
        };
        // As KioskAgentMain runs a headless kiosk without a display: no own screen to share.
        agent = new KioskAgent(screen, DemoCatalogue.xinxiang(), engine, opener, OwnScreen.NONE, TIMINGS,
                Clock.systemUTC());
        link = new ServerLink(new ServerApi(server, new KioskConfig.Device(SignalingServerProcess.KIOSK,
                SignalingServerProcess.KIOSK_SECRET)), clients, RECONNECT, clock.watch(agent.linkListener()),
                agent::resumeSession, Clock.systemUTC());
        agent.start(clock.watch(KioskAgent.Link.of(link)));
        link.start();
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BenchKiosk SERVER_HTTP_URL WIDTHxHEIGHT@FPS");
            System.exit(2);
        }
        BenchKiosk kiosk = new BenchKiosk(URI.create(args[0]), parseFormat(args[1]));
        if (!kiosk.until(() -> kiosk.link.isUp() && kiosk.screen.current().screen() == ScreenId.SERVICE_CHOICE)) {
            answer("failed not signed in with the start screen shown within " + UNTIL.toSeconds() + " s");
        } else {
            answer("ready");
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null && !line.trim().equals("quit")) {
            switch (line.trim()) {
                case "call" -> answer(kiosk.call());
                case "stats" -> answer(kiosk.stats());
                case "hangup" -> answer(kiosk.hangUp());
                case "" -> {
                }
                default -> answer("failed unknown command " + line.trim());
            }
        }
        kiosk.close();
        answer("bye");
        System.exit(0);
    }

    /** "1280x720@30" */
    static VideoFormat parseFormat(String text) {
        String[] sizeAndFps = text.split("@");
        String[] size = sizeAndFps[0].split("x");
        return new VideoFormat(Integer.parseInt(size[0]), Integer.parseInt(size[1]),
                sizeAndFps.length > 1 ? Integer.parseInt(sizeAndFps[1]) : 30);
    }

    private String call() throws Exception {
        if (!press(ControlNames.CHOICE_DEPARTMENT + "PSB")) {
            return "failed cannot tap the department on " + screen.current().screen();
        }
        CompletableFuture<Void> connected = clock.begin(System.nanoTime());
        String item = ControlNames.CHOICE_ITEM + "PSB-HJQY";
        if (!until(() -> {
            clock.tappedAt(System.nanoTime());
            return screen.press(item);
        })) {
            return "failed cannot tap the item on " + screen.current().screen();
        }
        try {
            connected.get(UNTIL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return "failed no CONNECTED within " + UNTIL.toSeconds() + " s; screen " + screen.current().screen()
                    + ", steps " + clock.millis();
        }
        // Set-up as the issue defines it: the expert accepts (the kiosk receives session.established)
        // until the first frame of the expert's video arrives at the kiosk.
        if (!until(() -> firstVideoFrameNanos() != 0)) {
            return "failed no video from the expert within " + UNTIL.toSeconds() + " s";
        }
        clock.markAt("video", firstVideoFrameNanos());
        Double setup = clock.between("established", "video");
        if (setup == null) {
            return "failed session.established was not seen; steps " + clock.millis();
        }
        StringBuilder out = new StringBuilder(String.format("connected setup_ms=%.1f", setup));
        clock.millis().forEach((step, ms) -> out.append(String.format(" %s=%.1f", step, ms)));
        return out.toString();
    }

    /** When the expert's camera's first frame reached this kiosk's peer, 0 before. */
    private long firstVideoFrameNanos() {
        CallPeer peer = agent.callPeer();
        if (peer == null) {
            return 0;
        }
        return peer.remoteVideos().stream().filter(v -> !v.isScreen()).mapToLong(RemoteVideo::firstFrameNanos)
                .filter(n -> n != 0).min().orElse(0);
    }

    private String hangUp() {
        if (!until(() -> screen.current().screen() == ScreenId.IN_CALL)) {
            return "failed not in a call but on " + screen.current().screen();
        }
        if (!press(ControlNames.CALL_HANG_UP) || !press(ControlNames.CALL_HANG_UP_CONFIRM)) {
            return "failed cannot hang up on " + screen.current().screen();
        }
        if (!until(() -> screen.current().screen() == ScreenId.RATING) || !press(ControlNames.RATING_SKIP)) {
            return "failed no rating screen to skip, on " + screen.current().screen();
        }
        if (!until(() -> screen.current().screen() == ScreenId.SERVICE_CHOICE)) {
            return "failed the start screen did not come back, on " + screen.current().screen();
        }
        return "idle";
    }

    private String stats() throws Exception {
        CallPeer peer = agent.callPeer();
        if (peer == null) {
            return "failed no call";
        }
        CallStats stats = peer.stats().get(5, TimeUnit.SECONDS);
        RemoteVideo expert = peer.remoteVideos().stream().filter(v -> !v.isScreen()).findFirst().orElse(null);
        SyntheticCamera camera = (SyntheticCamera) devices.get().camera();
        Runtime heap = Runtime.getRuntime();
        return String.format("stats pushed=%d sent=%d received=%d decoded=%d got=%d got_size=%dx%d drawn=%d"
                        + " self_drawn=%d send_kbps=%.0f codecs=%s rtt_ms=%.1f heap_used_mb=%.1f heap_committed_mb=%.1f",
                camera.framesPushed(), stats.videoFramesSent(), stats.videoFramesReceived(),
                stats.videoFramesDecoded(), expert == null ? 0 : expert.framesReceived(),
                expert == null ? 0 : expert.lastWidth(), expert == null ? 0 : expert.lastHeight(),
                screen.expertVideo().frameCount(), screen.selfVideo().frameCount(), stats.sendKbps(),
                stats.videoCodecs(), stats.roundTripMillis(),
                (heap.totalMemory() - heap.freeMemory()) / 1048576.0, heap.totalMemory() / 1048576.0);
    }

    private boolean press(String control) {
        return until(() -> screen.press(control));
    }

    /** Polls every 2 ms until true or {@link #UNTIL} has passed. */
    private boolean until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + UNTIL.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void close() {
        link.close();
        agent.close();
        clients.close();
        engine.close();
    }

    private static void answer(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }
}

package cn.remotewindow.kiosk.bench;

import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.VideoFormat;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.protocol.message.SessionEnded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Phase 1: call after call at 640x480@30 on one kiosk process. Each call: the citizen taps the
 * item, the server rings the expert robot, which accepts at once; set-up is the tap to the kiosk's
 * peer CONNECTED (timed inside the kiosk, see {@link SetupClock}). The call is held a few seconds
 * (the expert must receive video), the citizen hangs up and skips the rating, and the next call
 * starts once the kiosk shows the start screen again and the server has the expert available.
 */
final class SetupPhase {

    /** Set-up times of the measured calls, and what went wrong (empty on a clean run). */
    record Result(List<Double> setupMillis, List<String> problems) {
    }

    private static final Duration ANSWER = Duration.ofSeconds(45);

    private final SignalingServerProcess server;
    private final MediaEngine expertEngine;
    private final BenchOptions options;

    SetupPhase(SignalingServerProcess server, MediaEngine expertEngine, BenchOptions options) {
        this.server = server;
        this.expertEngine = expertEngine;
        this.options = options;
    }

    Result run() throws Exception {
        List<Double> setups = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int total = options.warmupCalls() + options.calls();
        KioskBench.log("phase 1: %d calls at %s (the first %d not measured), each held %d s",
                total, VideoFormat.VGA_30, options.warmupCalls(), options.holdSeconds());
        try (Expert expert = Expert.online(server, expertEngine, VideoFormat.VGA_30);
             KioskProcess kiosk = KioskProcess.start(server.httpUrl(), VideoFormat.VGA_30, options.kioskJvmOptions())) {
            for (int n = 1; n <= total; n++) {
                boolean measured = n > options.warmupCalls();
                String answer = kiosk.ask("call", ANSWER);
                if (!answer.startsWith("connected")) {
                    problems.add("call " + n + ": " + answer);
                    break;
                }
                double setup = Double.parseDouble(value(answer, "setup_ms"));
                KioskBench.log("call %d/%d%s: %s", n, total, measured ? "" : " (warm-up)", answer);
                Thread.sleep(options.holdSeconds() * 1000L);
                RemoteVideo video = expert.kioskVideo();
                if (video == null || video.framesReceived() == 0) {
                    problems.add("call " + n + ": the expert received no video from the kiosk in "
                            + options.holdSeconds() + " s");
                }
                CompletableFuture<SessionEnded> ended = expert.robot.ended();
                long available = expert.availableCount();
                kiosk.ask("hangup", "idle", ANSWER);
                ended.get(10, TimeUnit.SECONDS);
                expert.awaitAvailable(available, Duration.ofSeconds(10));
                if (measured) {
                    setups.add(setup);
                }
            }
        }
        return new Result(setups, problems);
    }

    /** The value of {@code key=...} in an answer line. */
    static String value(String answer, String key) {
        for (String part : answer.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        throw new IllegalStateException("no " + key + " in: " + answer);
    }
}

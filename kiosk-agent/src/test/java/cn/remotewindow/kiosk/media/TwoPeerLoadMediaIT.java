package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.media.diagnostics.ResourceSampler;
import cn.remotewindow.kiosk.media.diagnostics.ResourceTrend;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a call costs this machine: both peers of a call (kiosk camera + tone, expert camera, both
 * at the same format) in this JVM, CPU and RSS over a short window. Prints one line per format
 * for docs; asserts only that the video arrived. The same sampler serves the long benchmark.
 */
class TwoPeerLoadMediaIT {

    private static final Duration WINDOW = Duration.ofSeconds(10);

    @ParameterizedTest
    @ValueSource(strings = {"640x480", "1280x720"})
    void costOfACall(String size) throws Exception {
        String[] wh = size.split("x");
        VideoFormat format = new VideoFormat(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), 30);
        try (CallPair pair = new CallPair(format, format).wired()) {
            long setup = pair.connect();
            await().atMost(Duration.ofSeconds(20)).until(() -> pair.expertEvents.camera() != null
                    && pair.kioskEvents.camera() != null && pair.expertEvents.camera().framesReceived() > 60);
            Thread.sleep(2_000);
            long sent0 = pair.kioskCamera.framesPushed();
            long got0 = pair.expertEvents.camera().framesReceived();
            long back0 = pair.kioskEvents.camera().framesReceived();
            long backSent0 = pair.expertCamera.framesPushed();
            pair.kiosk.stats().get(5, TimeUnit.SECONDS);
            ResourceTrend trend;
            try (ResourceSampler sampler = ResourceSampler.every(Duration.ofSeconds(1))) {
                Thread.sleep(WINDOW.toMillis());
                sampler.sample();
                trend = sampler.trend();
            }
            long sent = pair.kioskCamera.framesPushed() - sent0;
            long got = pair.expertEvents.camera().framesReceived() - got0;
            long backSent = pair.expertCamera.framesPushed() - backSent0;
            long back = pair.kioskEvents.camera().framesReceived() - back0;
            // Bitrates are averages since the previous stats() call, the one before the window.
            CallStats stats = pair.kiosk.stats().get(5, TimeUnit.SECONDS);
            System.out.printf("MEDIA load %s: setup %d ms; kiosk->expert %d/%d, expert->kiosk %d/%d frames;"
                            + " kiosk sends %.0f kbit/s; %s%n", format, setup, got, sent, back, backSent,
                    stats.sendKbps(), trend);
            assertThat(got).isGreaterThan(0);
            assertThat(back).isGreaterThan(0);
        }
    }
}

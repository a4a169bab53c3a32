package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.media.diagnostics.ResourceSample;
import cn.remotewindow.kiosk.media.diagnostics.ResourceSampler;
import cn.remotewindow.kiosk.media.diagnostics.ResourceTrend;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Calls set up and torn down again and again on the same two engines must leave nothing behind
 * that our code controls. Each cycle is a whole call: two peers with camera, tone and data
 * channel, connected, media flowing, a message, then closed; feeds are made and closed per call
 * too, as a kiosk does.
 *
 * <p>What is measured and why the limits are what they are (details in kiosk-agent/README.md):
 * <ul>
 *   <li>Java heap still reachable after a GC: flat. A peer kept alive by a native reference (as
 *       the data channel's observer did) shows here as ~1.8 MiB per call.</li>
 *   <li>Threads and open files: flat. A socket or thread per call would show at once.</li>
 *   <li>RSS: below 5 MiB per call. webrtc-java 0.14.0 never frees a closed peer connection
 *       (~0.35 MiB per call, both peers) and glibc's heap grows in steps while libwebrtc's
 *       per-call buffers fragment it (~2 MiB per call at worst over the first 30 calls, then
 *       ~0.35); an unreleased video frame costs ~0.45 MiB, so the 20-60 frames a call receives
 *       would cost 10-30 MiB per call.</li>
 * </ul>
 * The fork runs with MALLOC_ARENA_MAX=2, as the kiosk should (kiosk-agent/pom.xml): libwebrtc
 * starts encoder and decoder threads per call, glibc gives new threads arenas of their own (up
 * to 8 per core) and keeps freed memory in each, so without the cap RSS climbs by ~10 MiB per
 * call for the first 15-20 calls before levelling off near 250 MiB.
 */
class PeerLeakMediaIT {

    private static final int WARM_UP = 5;
    private static final int CYCLES = 20;

    @Test
    void callsOpenedAndClosedLeaveNoPeersHeapThreadsFilesOrFramesBehind() throws Exception {
        try (MediaEngine kioskEngine = MediaEngine.start(AudioSetup.SYNTHETIC);
             MediaEngine expertEngine = MediaEngine.start(AudioSetup.HEADLESS);
             ResourceSampler sampler = ResourceSampler.manual()) {
            VideoFormat format = VideoFormat.VGA_30.withFps(15);
            for (int cycle = 0; cycle < WARM_UP + CYCLES; cycle++) {
                try (CallPair pair = new CallPair(kioskEngine, expertEngine, format, format).wired()) {
                    pair.connect();
                    await().atMost(Duration.ofSeconds(20)).until(() -> pair.expertEvents.camera() != null
                            && pair.expertEvents.camera().framesReceived() > 10
                            && pair.kioskEvents.camera() != null && pair.kioskEvents.camera().framesReceived() > 10
                            && pair.expertEvents.controlOpen);
                    pair.kiosk.send("cycle " + cycle);
                }
                System.gc();
                sampler.sample();
            }
            ResourceTrend trend = sampler.trend(WARM_UP);
            ResourceSample first = trend.first();
            ResourceSample last = trend.last();
            double rssPerCall = (trend.lastRssMiB() - trend.firstRssMiB()) / (CYCLES - 1);
            double heapPerCall = (last.heapUsedMiB() - first.heapUsedMiB()) / (CYCLES - 1);
            System.out.printf("MEDIA leak: %d calls after %d warm-up: %s; %.2f MiB RSS and %.3f MiB heap per call%n",
                    CYCLES, WARM_UP, trend, rssPerCall, heapPerCall);

            assertThat(kioskEngine.openPeers() + expertEngine.openPeers()).isZero();
            assertThat(heapPerCall).isLessThan(0.25);
            assertThat(last.threads()).isLessThanOrEqualTo(first.threads() + 2);
            assertThat(last.openFiles()).isLessThanOrEqualTo(first.openFiles() + 2);
            assertThat(rssPerCall).isLessThan(5.0);
        }
    }
}

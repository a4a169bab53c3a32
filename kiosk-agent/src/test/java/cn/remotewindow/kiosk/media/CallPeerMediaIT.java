package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.swing.JPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two real peers in one JVM, connected over the veth pair of the test's network namespace
 * (bin/java-in-netns), negotiating through the CallPeer API only. Timeouts are generous; no
 * assertion depends on how fast this machine is, only on what arrives.
 */
class CallPeerMediaIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private CallPair pair;

    @AfterEach
    void close() {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void cameraFramesArriveBothWaysAndTheToneIsHeard() throws Exception {
        pair = new CallPair(VideoFormat.VGA_30, VideoFormat.VGA_30).wired();
        long setupMillis = pair.connect();
        await().atMost(WAIT).until(() -> pair.kioskEvents.camera() != null && pair.expertEvents.camera() != null
                && pair.kioskEvents.camera().framesReceived() > 30 && pair.expertEvents.camera().framesReceived() > 30);
        RemoteVideo atExpert = pair.expertEvents.camera();
        RemoteVideo atKiosk = pair.kioskEvents.camera();
        List<Long> frameNumbers = new CopyOnWriteArrayList<>();
        atExpert.render(10, frame -> frameNumbers.add(
                TestPattern.readFrameNumber(frame.argb(), frame.width(), frame.height())));

        long kioskSent0 = pair.kioskCamera.framesPushed();
        long expertSent0 = pair.expertCamera.framesPushed();
        long atExpert0 = atExpert.framesReceived();
        long atKiosk0 = atKiosk.framesReceived();
        Thread.sleep(10_000);
        long kioskSent = pair.kioskCamera.framesPushed() - kioskSent0;
        long expertSent = pair.expertCamera.framesPushed() - expertSent0;
        long expertGot = atExpert.framesReceived() - atExpert0;
        long kioskGot = atKiosk.framesReceived() - atKiosk0;
        CallStats kioskStats = pair.kiosk.stats().get(5, TimeUnit.SECONDS);
        System.out.printf("MEDIA setup=%dms kiosk->expert %d/%d expert->kiosk %d/%d rtt=%.1fms codecs=%s%n",
                setupMillis, expertGot, kioskSent, kioskGot, expertSent, kioskStats.roundTripMillis(),
                kioskStats.videoCodecs());

        assertThat(kioskSent).isGreaterThan(100);
        assertThat(expertGot).isGreaterThanOrEqualTo(kioskSent * 9 / 10);
        assertThat(kioskGot).isGreaterThanOrEqualTo(expertSent * 9 / 10);
        assertThat(atExpert.lastWidth()).isEqualTo(640);
        assertThat(atExpert.lastHeight()).isEqualTo(480);

        // The pictures are the kiosk's live pattern: readable frame numbers that move forward.
        List<Long> readable = frameNumbers.stream().filter(n -> n >= 0).toList();
        assertThat(readable).hasSizeGreaterThan(frameNumbers.size() / 2);
        assertThat(readable).isSorted();
        assertThat(readable.get(readable.size() - 1)).isGreaterThan(readable.get(0));

        // The expert hears the kiosk's 440 Hz tone, not noise or another pitch.
        RemoteAudio heard = pair.expertEvents.audios.get(0);
        assertThat(heard.samplesReceived()).isGreaterThan(48_000);
        short[] samples = heard.recentSamples();
        double at440 = ToneDetector.power(samples, heard.sampleRate(), 440);
        double at1000 = ToneDetector.power(samples, heard.sampleRate(), 1000);
        assertThat(at440).isGreaterThan(at1000 * 100);
        assertThat(heard.level()).isGreaterThan(0.05);
        assertThat(kioskStats.audioPacketsSent()).isGreaterThan(100);
        assertThat(kioskStats.videoFramesSent()).isGreaterThan(100);
    }

    @Test
    void controlMessagesMakeARoundTrip() throws Exception {
        pair = new CallPair(VideoFormat.VGA_30.withFps(10), VideoFormat.VGA_30.withFps(10)).wired();
        pair.expertEvents.messageHandler = text -> pair.expert.send("pong:" + text);
        // Sent before the channel exists on the other side: kept and sent when it opens.
        pair.kiosk.send("early");
        pair.connect();
        await().atMost(WAIT).until(() -> pair.kioskEvents.controlOpen && pair.expertEvents.controlOpen);
        pair.kiosk.send("证件已放好 ✓").get(5, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> pair.kioskEvents.messages.size() == 2);
        assertThat(pair.expertEvents.messages).containsExactly("early", "证件已放好 ✓");
        assertThat(pair.kioskEvents.messages).containsExactly("pong:early", "pong:证件已放好 ✓");
    }

    @Test
    void theKiosksScreenShareArrivesAfterRenegotiationStopsAndComesBack() throws Exception {
        pair = new CallPair(VideoFormat.VGA_30.withFps(15), VideoFormat.VGA_30.withFps(15)).wired();
        pair.connect();
        int offersBefore = pair.kioskEvents.descriptions.size();
        ComponentScreen screen = pair.kioskEngine.componentScreen(redPanel(), VideoFormat.HD_30.withFps(5));
        try {
            pair.kiosk.startScreenShare(screen).get(5, TimeUnit.SECONDS);
            await().atMost(WAIT).until(() -> pair.expertEvents.screen() != null
                    && pair.expertEvents.screen().framesReceived() > 3);
            assertThat(pair.kioskEvents.descriptions.size()).isGreaterThan(offersBefore);
            RemoteVideo shared = pair.expertEvents.screen();
            List<RgbFrame> frames = new CopyOnWriteArrayList<>();
            shared.render(5, frames::add);
            await().atMost(WAIT).until(() -> !frames.isEmpty());
            RgbFrame frame = frames.get(0);
            assertThat(frame.width()).isEqualTo(1280);
            Color centre = new Color(frame.pixel(frame.width() / 2, frame.height() / 2));
            assertThat(centre.getRed()).isGreaterThan(180);
            assertThat(centre.getGreen()).isLessThan(80);
            // The camera keeps flowing beside the screen.
            long cameraFrames = pair.expertEvents.camera().framesReceived();
            await().atMost(WAIT).until(() -> pair.expertEvents.camera().framesReceived() > cameraFrames + 10);

            pair.kiosk.stopScreenShare().get(5, TimeUnit.SECONDS);
            await().atMost(WAIT).until(() -> pair.expertEvents.endedVideos.contains(shared));
            assertThat(pair.kiosk.sharingScreen()).isFalse();

            pair.kiosk.startScreenShare(screen).get(5, TimeUnit.SECONDS);
            await().atMost(WAIT).until(() -> pair.expertEvents.screen() != null
                    && pair.expertEvents.screen() != shared && pair.expertEvents.screen().framesReceived() > 3);
            // One screen m-line however often the kiosk shares.
            assertThat(pair.expertEvents.screen().mid()).isEqualTo(shared.mid());
        } finally {
            pair.kiosk.close();
            screen.close();
        }
    }

    @Test
    void offersThatCollideAreResolvedByRoleAndBothScreensArrive() throws Exception {
        pair = new CallPair(VideoFormat.VGA_30.withFps(10), VideoFormat.VGA_30.withFps(10)).wired();
        pair.connect();
        SyntheticCamera kioskScreen = pair.kioskEngine.syntheticCamera(VideoFormat.VGA_30.withFps(5));
        SyntheticCamera expertScreen = pair.expertEngine.syntheticCamera(VideoFormat.VGA_30.withFps(5));
        try {
            // Both at once: both sides offer, the kiosk ignores the expert's offer, the expert rolls
            // back, answers, and offers again.
            pair.kiosk.startScreenShare(kioskScreen);
            pair.expert.startScreenShare(expertScreen);
            await().atMost(WAIT).until(() -> pair.expertEvents.screen() != null && pair.kioskEvents.screen() != null
                    && pair.expertEvents.screen().framesReceived() > 3 && pair.kioskEvents.screen().framesReceived() > 3);
            assertThat(pair.kioskEvents.connected()).isTrue();
            assertThat(pair.expertEvents.connected()).isTrue();
        } finally {
            pair.kiosk.close();
            pair.expert.close();
            kioskScreen.close();
            expertScreen.close();
        }
    }

    @Test
    void anIceRestartChangesCredentialsAndMediaKeepsFlowing() throws Exception {
        pair = new CallPair(VideoFormat.VGA_30.withFps(15), VideoFormat.VGA_30.withFps(15)).wired();
        pair.connect();
        await().atMost(WAIT).until(() -> pair.expertEvents.camera() != null);
        Set<String> before = SdpSections.iceUfrags(pair.kioskEvents.descriptions.get(0).sdp());

        SessionDescription restart = pair.kiosk.createOffer(true).get(10, TimeUnit.SECONDS);
        assertThat(restart.iceRestart()).isTrue();
        assertThat(SdpSections.iceUfrags(restart.sdp())).doesNotContainAnyElementsOf(before);
        await().atMost(WAIT).until(() -> pair.expertEvents.descriptions.size() >= 2);

        long framesAfterRestart = pair.expertEvents.camera().framesReceived();
        await().atMost(WAIT).until(() -> pair.expertEvents.camera().framesReceived() > framesAfterRestart + 30);
        assertThat(pair.kiosk.state()).isEqualTo(PeerState.CONNECTED);
        // The new credentials are in use: candidates of the new generation were trickled.
        String newUfrag = SdpSections.iceUfrags(restart.sdp()).iterator().next();
        assertThat(pair.kioskEvents.candidates).anyMatch(c -> newUfrag.equals(c.ufrag()));
    }

    @Test
    void candidatesThatArriveBeforeTheOfferAreHeldNotLost() throws Exception {
        pair = new CallPair(VideoFormat.VGA_30.withFps(10), VideoFormat.VGA_30.withFps(10));
        // The expert's candidates never reach the kiosk, so the call can only connect if the expert
        // keeps the kiosk's candidates that it gets before the offer.
        List<SessionDescription> heldOffers = new CopyOnWriteArrayList<>();
        pair.kioskEvents.descriptionRelay = heldOffers::add;
        pair.kioskEvents.candidateRelay = pair.expert::addRemoteCandidate;
        pair.expertEvents.descriptionRelay = pair.kiosk::applyRemote;

        pair.kiosk.createOffer(false).get(10, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> pair.kioskEvents.candidates.stream().anyMatch(IceCandidate::isEndOfCandidates));
        pair.expert.applyRemote(heldOffers.get(0));

        pair.awaitConnected();
        await().atMost(WAIT).until(() -> pair.expertEvents.camera() != null
                && pair.expertEvents.camera().framesReceived() > 10);
    }

    private static JPanel redPanel() {
        JPanel panel = new JPanel() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void paintComponent(Graphics g) {
                g.setColor(new Color(220, 20, 20));
                g.fillRect(0, 0, getWidth(), getHeight());
                g.setColor(Color.WHITE);
                g.fillRect(20, 20, 100, 40);
            }
        };
        panel.setSize(800, 600);
        return panel;
    }
}

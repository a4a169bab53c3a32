package cn.remotewindow.kiosk.media;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A kiosk peer and an expert peer in one JVM, wired directly to each other: what one emits, the
 * other applies. The kiosk runs on a SYNTHETIC engine (sends camera and tone), the expert on a
 * HEADLESS one (hears the tone) with a camera of its own; see {@link AudioSetup}.
 */
final class CallPair implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    final MediaEngine kioskEngine;
    final MediaEngine expertEngine;
    final SyntheticCamera kioskCamera;
    final ToneMicrophone kioskTone;
    final SyntheticCamera expertCamera;
    final PeerEvents kioskEvents = new PeerEvents();
    final PeerEvents expertEvents = new PeerEvents();
    final CallPeer kiosk;
    final CallPeer expert;
    private final boolean ownEngines;

    /** A pair on engines of its own. */
    CallPair(VideoFormat kioskFormat, VideoFormat expertFormat) {
        this(MediaEngine.start(AudioSetup.SYNTHETIC), MediaEngine.start(AudioSetup.HEADLESS), true,
                kioskFormat, expertFormat);
    }

    /** A pair on shared engines (left open by {@link #close()}). */
    CallPair(MediaEngine kioskEngine, MediaEngine expertEngine, VideoFormat kioskFormat, VideoFormat expertFormat) {
        this(kioskEngine, expertEngine, false, kioskFormat, expertFormat);
    }

    private CallPair(MediaEngine kioskEngine, MediaEngine expertEngine, boolean ownEngines,
                     VideoFormat kioskFormat, VideoFormat expertFormat) {
        this.kioskEngine = kioskEngine;
        this.expertEngine = expertEngine;
        this.ownEngines = ownEngines;
        this.kioskCamera = kioskEngine.syntheticCamera(kioskFormat);
        this.kioskTone = kioskEngine.toneMicrophone(440);
        this.expertCamera = expertEngine.syntheticCamera(expertFormat);
        this.kiosk = kioskEngine.newPeer(PeerConfig.of("kiosk", PeerRole.OFFERER)
                .withCamera(kioskCamera).withMicrophone(kioskTone), kioskEvents);
        this.expert = expertEngine.newPeer(PeerConfig.of("expert", PeerRole.ANSWERER)
                .withCamera(expertCamera), expertEvents);
    }

    /** Relays everything both ways, as a signaling server would. */
    CallPair wired() {
        kioskEvents.descriptionRelay = expert::applyRemote;
        kioskEvents.candidateRelay = expert::addRemoteCandidate;
        expertEvents.descriptionRelay = kiosk::applyRemote;
        expertEvents.candidateRelay = kiosk::addRemoteCandidate;
        return this;
    }

    /** The kiosk's first offer, then waits until both sides are connected; returns milliseconds. */
    long connect() throws Exception {
        long start = System.nanoTime();
        kiosk.createOffer(false).get(10, TimeUnit.SECONDS);
        awaitConnected();
        return (System.nanoTime() - start) / 1_000_000;
    }

    void awaitConnected() {
        await().atMost(CONNECT_TIMEOUT).until(() -> kioskEvents.connected() && expertEvents.connected());
    }

    @Override
    public void close() {
        kiosk.close();
        expert.close();
        kioskCamera.close();
        kioskTone.close();
        expertCamera.close();
        if (ownEngines) {
            kioskEngine.close();
            expertEngine.close();
        }
    }
}

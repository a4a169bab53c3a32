package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.media.audio.AudioDeviceModuleBase;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.awt.Component;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's media stack: libwebrtc's peer connection factory on an audio device module, the
 * local feeds (cameras, microphones, screens) and the call peers made from them.
 *
 * <p>Create it before touching any other webrtc-java class: the factory's class loads the native
 * library. A kiosk has one per process. A second one with another {@link AudioSetup} may live
 * beside it; the media tests do that to give the "expert" side a module that hears audio.
 *
 * <p>{@link #close()} frees everything in the order libwebrtc needs: peers (each closes its data
 * channel, senders, connection and tracks), then feeds (native sources), then the factory, then
 * the audio device module last.
 */
public final class MediaEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MediaEngine.class);
    private static final AtomicInteger ENGINES = new AtomicInteger();

    private final AudioSetup audioSetup;
    private final AudioDeviceModuleBase audioModule;
    private final PeerConnectionFactory factory;
    private final Codecs codecs;
    private final Clock clock;
    private final ScheduledExecutorService pacer;
    private final ExecutorService renderer;
    private final Set<CallPeer> peers = ConcurrentHashMap.newKeySet();
    private final Set<LocalPreview> previews = ConcurrentHashMap.newKeySet();
    private final AtomicLong previewNumber = new AtomicLong();
    private final Set<AutoCloseable> feeds = ConcurrentHashMap.newKeySet();
    private boolean closed;

    private MediaEngine(AudioSetup audioSetup, Clock clock) {
        int number = ENGINES.incrementAndGet();
        this.audioSetup = audioSetup;
        this.clock = clock;
        // Loads the native library (first use of PeerConnectionFactory) before the module needs it.
        PeerConnectionFactory.class.getName();
        this.audioModule = audioSetup.createModule();
        this.factory = new PeerConnectionFactory(audioModule);
        this.codecs = new Codecs(factory);
        // Two pacer threads: a slow screen conversion must not delay the tone's 10 ms ticks.
        this.pacer = Executors.newScheduledThreadPool(2, daemon("media-pacer-" + number));
        this.renderer = Executors.newFixedThreadPool(2, daemon("media-render-" + number));
    }

    /** Starts an engine on the given audio device module (see {@link AudioSetup} for which). */
    public static MediaEngine start(AudioSetup audioSetup) {
        return new MediaEngine(audioSetup, Clock.systemDefaultZone());
    }

    /** As {@link #start(AudioSetup)}, with the clock the synthetic camera shows. */
    public static MediaEngine start(AudioSetup audioSetup, Clock clock) {
        return new MediaEngine(audioSetup, clock);
    }

    public AudioSetup audioSetup() {
        return audioSetup;
    }

    /** Cameras, microphones and speakers present. */
    public DeviceInventory devices() {
        return new DeviceInventory(audioModule, audioSetup);
    }

    /** The test pattern camera (moving box, clock, frame number), e.g. {@link VideoFormat#VGA_30}. */
    public synchronized SyntheticCamera syntheticCamera(VideoFormat format) {
        return started(new SyntheticCamera(format, clock));
    }

    /** A still image file as a camera, letterboxed into {@code format}. */
    public synchronized ImageCamera imageCamera(Path file, VideoFormat format) {
        return started(new ImageCamera(file, format));
    }

    /**
     * A camera showing what {@code source} gives, letterboxed into {@code format} (see
     * {@link PictureCamera}): test cameras that follow the kiosk, or images from a camera SDK.
     */
    public synchronized PictureCamera pictureCamera(String label, PictureSource source, VideoFormat format) {
        return started(new PictureCamera(label, source, format));
    }

    /** A Swing component (e.g. the kiosk window's content pane) as a screen share. */
    public synchronized ComponentScreen componentScreen(Component component, VideoFormat format) {
        return started(new ComponentScreen(component, format));
    }

    /** The whole X11 screen by native capture; needs DISPLAY. */
    public synchronized DesktopScreen desktopScreen(VideoFormat format) {
        return registered(new DesktopScreen(format));
    }

    /** A real camera, by exact name or a part of it; the exception lists the cameras present. */
    public synchronized DeviceCamera camera(String name, VideoFormat format) {
        return registered(new DeviceCamera(devices().camera(name), format));
    }

    /** A tone as the microphone (one per peer); needs {@link AudioSetup#SYNTHETIC}. */
    public synchronized ToneMicrophone toneMicrophone(int frequency) {
        if (!audioSetup.canSendCustomAudio()) {
            throw new IllegalStateException("a tone microphone needs AudioSetup.SYNTHETIC, not " + audioSetup
                    + " (its capture thread would race the tone and abort the JVM)");
        }
        return registered(new ToneMicrophone(frequency, pacer));
    }

    /** A real microphone, by name; needs {@link AudioSetup#DEVICES}. */
    public synchronized DeviceMicrophone microphone(String name) {
        var device = devices().microphone(name);
        audioModule.setRecordingDevice(device);
        AudioOptions options = new AudioOptions();
        options.echoCancellation = true;
        options.noiseSuppression = true;
        options.autoGainControl = true;
        options.highpassFilter = true;
        return registered(new DeviceMicrophone(device.getName(), factory.createAudioSource(options)));
    }

    /** Plays the other side's audio on the speaker of this name; needs {@link AudioSetup#DEVICES}. */
    public synchronized void selectSpeaker(String name) {
        audioModule.setPlayoutDevice(devices().speaker(name));
    }

    /** A new call peer; see {@link CallPeer}. */
    public CallPeer newPeer(PeerConfig config, PeerListener listener) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("media engine is closed");
            }
        }
        CallPeer peer = CallPeer.open(this, config, listener);
        peers.add(peer);
        return peer;
    }

    /** A self-view of {@code feed} (see {@link LocalPreview}). */
    public LocalPreview preview(VideoFeed feed) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("media engine is closed");
            }
        }
        VideoTrack track = factory.createVideoTrack(feed.label() + "-preview-" + previewNumber.incrementAndGet(),
                feed.nativeSource());
        RemoteVideo frames = new RemoteVideo("local", "self", track, renderer);
        LocalPreview[] made = new LocalPreview[1];
        made[0] = new LocalPreview(track, frames, () -> previews.remove(made[0]));
        previews.add(made[0]);
        frames.attach();
        return made[0];
    }

    /** Peers not yet closed. */
    public int openPeers() {
        return peers.size();
    }

    PeerConnectionFactory factory() {
        return factory;
    }

    Codecs codecs() {
        return codecs;
    }

    ExecutorService renderExecutor() {
        return renderer;
    }

    void peerClosed(CallPeer peer) {
        peers.remove(peer);
    }

    private <F extends PushedVideoFeed> F started(F feed) {
        registered(feed).start(pacer);
        return feed;
    }

    private <F extends AutoCloseable> F registered(F feed) {
        if (closed) {
            throw new IllegalStateException("media engine is closed");
        }
        feeds.add(feed);
        // Forget it when closed: a kiosk makes feeds call after call for months.
        if (feed instanceof VideoFeed video) {
            video.onClose(() -> feeds.remove(feed));
        } else if (feed instanceof AudioFeed audio) {
            audio.onClose(() -> feeds.remove(feed));
        }
        return feed;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        for (CallPeer peer : List.copyOf(peers)) {
            peer.close();
        }
        // Previews hold tracks on the feeds' sources: before the feeds.
        for (LocalPreview preview : List.copyOf(previews)) {
            preview.close();
        }
        synchronized (this) {
            for (AutoCloseable feed : List.copyOf(feeds)) {
                try {
                    feed.close();
                } catch (Exception e) {
                    log.warn("feed did not close cleanly", e);
                }
            }
            feeds.clear();
        }
        pacer.shutdownNow();
        renderer.shutdown();
        try {
            renderer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        factory.dispose();
        audioModule.dispose();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

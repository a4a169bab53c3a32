package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.audio.AudioTrackSource;
import dev.onvoid.webrtc.media.audio.CustomAudioSource;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A microphone for kiosks and tests without one: a steady sine tone pushed every 10 ms into a
 * {@code CustomAudioSource}. Needs {@link AudioSetup#SYNTHETIC} (see there why).
 *
 * <p>It pushes only while exactly one peer has it attached. webrtc-java's {@code CustomAudioSource}
 * keeps its sinks in a list without a lock, and a sender adds itself to that list when a track is
 * attached and removes itself when it is detached; pushing at those moments, or into two peers'
 * lists, races. So pushing starts after the attach and stops before the detach, and a second
 * peer is refused.
 */
public final class ToneMicrophone extends AudioFeed {

    private final CustomAudioSource source = new CustomAudioSource();
    private final ToneGenerator tone;
    private final ScheduledExecutorService pacer;
    private final AtomicLong framesPushed = new AtomicLong();
    private final Object pushing = new Object();
    private ScheduledFuture<?> task;
    private boolean attached;
    private boolean closed;

    ToneMicrophone(int frequency, ScheduledExecutorService pacer) {
        super("tone-" + frequency + "Hz");
        this.tone = new ToneGenerator(frequency, 0.25);
        this.pacer = pacer;
    }

    public int frequency() {
        return tone.frequency();
    }

    /** 10 ms frames pushed so far. */
    public long framesPushed() {
        return framesPushed.get();
    }

    @Override
    AudioTrackSource nativeSource() {
        return source;
    }

    @Override
    void attached() {
        synchronized (pushing) {
            if (closed) {
                throw new IllegalStateException(label() + " is closed");
            }
            if (attached) {
                throw new IllegalStateException(label() + " already feeds a peer; make one tone per peer");
            }
            attached = true;
            task = pacer.scheduleAtFixedRate(this::pushOne, 0, 10, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    void detaching() {
        synchronized (pushing) {
            attached = false;
            if (task != null) {
                task.cancel(false);
                task = null;
            }
        }
    }

    private void pushOne() {
        synchronized (pushing) {
            if (!attached || closed) {
                return;
            }
            source.pushAudio(tone.nextFrame(), 16, ToneGenerator.SAMPLE_RATE, 1, ToneGenerator.SAMPLES_PER_FRAME);
            framesPushed.incrementAndGet();
        }
    }

    @Override
    public void close() {
        synchronized (pushing) {
            if (closed) {
                return;
            }
            detaching();
            closed = true;
            source.dispose();
        }
        notifyClosed();
    }
}

package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.AudioTrackSink;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Audio the other side sends, as far as this process hears it: a sample count, the level of the
 * latest 10 ms, and the last half second of samples (first channel) for meters and checks.
 *
 * <p>Samples arrive only when the engine's audio module plays out, i.e. under
 * {@link AudioSetup#HEADLESS} or {@link AudioSetup#DEVICES}; under {@link AudioSetup#SYNTHETIC}
 * the count stays 0 and {@link CallStats#audioPacketsReceived()} shows that audio arrives.
 *
 * <p>The native audio thread only copies into a small ring under a short lock: bounded work, no
 * waiting on anything else.
 */
public final class RemoteAudio {

    static final int RING_SAMPLES = 24_000;

    private final String mid;
    private final AudioTrack track;
    private final AtomicLong samplesReceived = new AtomicLong();
    private final short[] ring = new short[RING_SAMPLES];
    private final AudioTrackSink sink = this::onData;
    private int ringNext;
    private volatile double level;
    private volatile int sampleRate;
    private volatile boolean ended;

    RemoteAudio(String mid, AudioTrack track) {
        this.mid = mid;
        this.track = track;
    }

    void attach() {
        track.addSink(sink);
    }

    void detach() {
        if (!ended) {
            ended = true;
            track.removeSink(sink);
        }
    }

    public String mid() {
        return mid;
    }

    public boolean ended() {
        return ended;
    }

    /** Samples per channel received so far. */
    public long samplesReceived() {
        return samplesReceived.get();
    }

    /** Sample rate of the latest samples, 0 before any. */
    public int sampleRate() {
        return sampleRate;
    }

    /** RMS of the latest 10 ms, 0 (silence) to 1 (full scale). */
    public double level() {
        return level;
    }

    /** Up to the last half second of samples of the first channel, oldest first. */
    public short[] recentSamples() {
        synchronized (ring) {
            long total = samplesReceived.get();
            int count = (int) Math.min(total, RING_SAMPLES);
            short[] out = new short[count];
            int start = Math.floorMod(ringNext - count, RING_SAMPLES);
            for (int i = 0; i < count; i++) {
                out[i] = ring[(start + i) % RING_SAMPLES];
            }
            return out;
        }
    }

    private void onData(byte[] data, int bitsPerSample, int rate, int channels, int frames) {
        if (bitsPerSample != 16 || channels < 1) {
            return;
        }
        double sumSquares = 0;
        synchronized (ring) {
            for (int i = 0; i < frames; i++) {
                int at = i * channels * 2;
                short sample = (short) ((data[at] & 0xff) | (data[at + 1] << 8));
                ring[ringNext] = sample;
                ringNext = (ringNext + 1) % RING_SAMPLES;
                sumSquares += (double) sample * sample;
            }
            samplesReceived.addAndGet(frames);
        }
        sampleRate = rate;
        level = frames == 0 ? 0 : Math.sqrt(sumSquares / frames) / Short.MAX_VALUE;
    }
}

package cn.remotewindow.kiosk.media;

/**
 * A sine tone as 16-bit little-endian mono PCM at 48 kHz in 10 ms frames: the unit WebRTC's audio
 * pipeline works in, so a frame can be pushed as it is. The phase continues across frames (no
 * clicks), which also lets a receiver find the tone's frequency cleanly.
 */
public final class ToneGenerator {

    public static final int SAMPLE_RATE = 48_000;
    public static final int SAMPLES_PER_FRAME = SAMPLE_RATE / 100;
    public static final int BYTES_PER_FRAME = SAMPLES_PER_FRAME * 2;

    private final int frequency;
    private final double amplitude;
    private final byte[] frame = new byte[BYTES_PER_FRAME];
    private long samplesGenerated;

    /**
     * @param frequency  in whole Hz (so one second holds whole periods), below 24 kHz
     * @param amplitude  0 to 1 of full scale; a quarter is loud enough to detect and leaves room
     */
    public ToneGenerator(int frequency, double amplitude) {
        if (frequency <= 0 || frequency >= SAMPLE_RATE / 2) {
            throw new IllegalArgumentException("frequency must be between 0 and 24000 Hz: " + frequency);
        }
        if (!(amplitude >= 0 && amplitude <= 1)) {
            throw new IllegalArgumentException("amplitude must be 0 to 1: " + amplitude);
        }
        this.frequency = frequency;
        this.amplitude = amplitude;
    }

    public int frequency() {
        return frequency;
    }

    /**
     * The next 10 ms. The returned array is reused by the next call: the caller hands it to the
     * native side (which copies it) before asking for another.
     */
    public byte[] nextFrame() {
        double step = 2 * Math.PI * frequency / SAMPLE_RATE;
        double scale = amplitude * Short.MAX_VALUE;
        for (int i = 0; i < SAMPLES_PER_FRAME; i++) {
            // Whole Hz: one second holds whole periods, so the index can wrap every second, which
            // keeps the argument small and the phase exact for a call of any length.
            long n = (samplesGenerated + i) % SAMPLE_RATE;
            short sample = (short) Math.round(scale * Math.sin(step * n));
            frame[2 * i] = (byte) sample;
            frame[2 * i + 1] = (byte) (sample >> 8);
        }
        samplesGenerated += SAMPLES_PER_FRAME;
        return frame;
    }

    public long samplesGenerated() {
        return samplesGenerated;
    }
}

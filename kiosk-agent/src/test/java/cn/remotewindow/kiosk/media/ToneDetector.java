package cn.remotewindow.kiosk.media;

/** Goertzel's algorithm: the power of one frequency in a block of samples. */
public final class ToneDetector {

    private ToneDetector() {
    }

    public static double power(short[] samples, int sampleRate, double frequency) {
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
        double previous = 0;
        double beforePrevious = 0;
        for (short sample : samples) {
            double current = sample + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
    }
}

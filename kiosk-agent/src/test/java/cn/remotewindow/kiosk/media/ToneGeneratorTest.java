package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToneGeneratorTest {

    @Test
    void framesAreTenMillisecondsOf16BitMonoAt48kHz() {
        ToneGenerator tone = new ToneGenerator(440, 0.25);
        assertThat(tone.nextFrame()).hasSize(960);
        assertThat(tone.samplesGenerated()).isEqualTo(480);
    }

    @Test
    void theToneHasItsFrequencyAndAmplitudeAcrossFrames() {
        ToneGenerator tone = new ToneGenerator(440, 0.25);
        short[] second = new short[48_000];
        for (int frame = 0; frame < 100; frame++) {
            byte[] pcm = tone.nextFrame();
            for (int i = 0; i < 480; i++) {
                second[frame * 480 + i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            }
        }
        double at440 = ToneDetector.power(second, 48_000, 440);
        assertThat(at440).isGreaterThan(ToneDetector.power(second, 48_000, 430) * 1000);
        int peak = 0;
        for (short s : second) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertThat(peak).isBetween((int) (0.24 * Short.MAX_VALUE), (int) (0.26 * Short.MAX_VALUE));
    }

    @Test
    void thePhaseContinuesAcrossTheSecondBoundary() {
        ToneGenerator tone = new ToneGenerator(1000, 0.5);
        short last = 0;
        for (int frame = 0; frame < 101; frame++) {
            byte[] pcm = tone.nextFrame();
            short first = (short) ((pcm[0] & 0xff) | (pcm[1] << 8));
            if (frame > 0) {
                // One sample of a 1 kHz sine at 48 kHz moves at most 2*pi*1000/48000 of the amplitude.
                assertThat(Math.abs(first - last)).isLessThan((int) (0.5 * Short.MAX_VALUE * 0.14));
            }
            last = (short) ((pcm[958] & 0xff) | (pcm[959] << 8));
        }
    }

    @Test
    void impossibleTonesAreRefused() {
        assertThatThrownBy(() -> new ToneGenerator(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToneGenerator(24_000, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToneGenerator(440, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}

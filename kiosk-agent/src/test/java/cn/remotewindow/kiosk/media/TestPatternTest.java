package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TestPatternTest {

    private static final LocalTime NOON = LocalTime.of(12, 0, 0);

    @Test
    void theFrameNumberCanBeReadBackFromThePicture() {
        TestPattern pattern = new TestPattern(640, 480);
        I420Image image = new I420Image(640, 480);
        for (long n : new long[] {0, 1, 2, 29, 1_000, 123_456, (1L << TestPattern.BITS) - 1}) {
            pattern.render(n, NOON, image);
            assertThat(TestPattern.readFrameNumber(image)).isEqualTo(n);
        }
    }

    @Test
    void theNumberIsStillReadableAfterConversionToArgbAndScaling() {
        TestPattern pattern = new TestPattern(1280, 720);
        I420Image image = new I420Image(1280, 720);
        pattern.render(4242, NOON, image);
        int[] argb = ColorConversion.i420ToArgb(image);
        // Halve the picture by taking every other pixel, as a receiver's downscaled frame would be.
        int[] half = new int[640 * 360];
        for (int y = 0; y < 360; y++) {
            for (int x = 0; x < 640; x++) {
                half[y * 640 + x] = argb[(2 * y) * 1280 + 2 * x];
            }
        }
        assertThat(TestPattern.readFrameNumber(argb, 1280, 720)).isEqualTo(4242);
        assertThat(TestPattern.readFrameNumber(half, 640, 360)).isEqualTo(4242);
    }

    @Test
    void aPictureWithoutTheStripReadsAsUnreadable() {
        I420Image grey = new I420Image(640, 480);
        grey.fill(0, 0, 640, 480, Yuv.ofRgb(128, 128, 128));
        assertThat(TestPattern.readFrameNumber(grey)).isEqualTo(-1);
        I420Image black = new I420Image(640, 480);
        black.fill(0, 0, 640, 480, Yuv.BLACK);
        assertThat(TestPattern.readFrameNumber(black)).isEqualTo(-1);
    }

    @Test
    void consecutiveFramesDifferBecauseTheBoxMoves() {
        TestPattern pattern = new TestPattern(640, 480);
        I420Image first = new I420Image(640, 480);
        I420Image second = new I420Image(640, 480);
        pattern.render(10, NOON, first);
        pattern.render(11, NOON, second);
        // Blank the strip, whose bits differ anyway; the rest must differ because of the box.
        first.fillLuma(0, 0, 640, 48, 0);
        second.fillLuma(0, 0, 640, 48, 0);
        assertThat(Arrays.equals(first.y(), second.y())).isFalse();
    }

    @Test
    void theClockChangesThePictureWhenTheTimeChanges() {
        TestPattern pattern = new TestPattern(640, 480);
        I420Image noon = new I420Image(640, 480);
        I420Image later = new I420Image(640, 480);
        pattern.render(5, NOON, noon);
        pattern.render(5, NOON.plusSeconds(1), later);
        // Only the clock band (the bottom quarter) differs.
        int clockTop = 480 * 3 / 4;
        assertThat(Arrays.equals(Arrays.copyOf(noon.y(), 640 * clockTop), Arrays.copyOf(later.y(), 640 * clockTop))).isTrue();
        assertThat(Arrays.equals(noon.y(), later.y())).isFalse();
    }

    @Test
    void theBarsShowTheirColours() {
        TestPattern pattern = new TestPattern(700, 480);
        I420Image image = new I420Image(700, 480);
        pattern.render(0, NOON, image);
        int[] argb = ColorConversion.i420ToArgb(image);
        // Second bar (yellow) at its centre, below the box's path.
        int y = 480 * 3 / 4 - 10;
        ColorConversionTest.assertClose(argb[y * 700 + 150], 191, 191, 0);
        ColorConversionTest.assertClose(argb[y * 700 + 650], 0, 0, 191);
    }

    @Test
    void tooSmallAPictureIsRefused() {
        assertThatThrownBy(() -> new TestPattern(20, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}

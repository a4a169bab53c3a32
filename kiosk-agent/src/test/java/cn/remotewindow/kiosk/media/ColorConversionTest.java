package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColorConversionTest {

    @Test
    void primariesConvertToTheirBt601LimitedRangeValues() {
        assertThat(Yuv.ofRgb(0, 0, 0)).isEqualTo(new Yuv(16, 128, 128));
        assertThat(Yuv.ofRgb(255, 255, 255)).isEqualTo(new Yuv(235, 128, 128));
        assertThat(Yuv.ofRgb(255, 0, 0)).isEqualTo(new Yuv(82, 90, 240));
        assertThat(Yuv.ofRgb(0, 255, 0)).isEqualTo(new Yuv(144, 54, 34));
        assertThat(Yuv.ofRgb(0, 0, 255)).isEqualTo(new Yuv(41, 240, 110));
    }

    @Test
    void i420ToArgbGivesOpaquePixelsOfTheEncodedColours() {
        I420Image image = new I420Image(4, 2);
        image.fill(0, 0, 2, 2, Yuv.ofRgb(255, 0, 0));
        image.fill(2, 0, 2, 2, Yuv.ofRgb(0, 0, 255));

        int[] argb = ColorConversion.i420ToArgb(image);

        assertThat(argb).hasSize(8);
        assertClose(argb[0], 255, 0, 0);
        assertClose(argb[5], 255, 0, 0);
        assertClose(argb[3], 0, 0, 255);
        assertClose(argb[6], 0, 0, 255);
        assertThat(java.util.Arrays.stream(argb).allMatch(p -> (p >>> 24) == 0xff)).isTrue();
    }

    @Test
    void greysSurviveARoundTripExactlyEnoughToReadBack() {
        for (int level = 0; level <= 255; level += 15) {
            int grey = 0xff000000 | level << 16 | level << 8 | level;
            int[] back = ColorConversion.i420ToArgb(ColorConversion.argbToI420(new int[] {grey, grey, grey, grey}, 2, 2));
            assertClose(back[0], level, level, level);
        }
    }

    @Test
    void aRandomPictureSurvivesARoundTripWithinTheLossOfChromaSubsampling() {
        // Blocks of 2x2 share one chroma sample, so give each block one colour: then only
        // rounding separates the result from the original.
        Random random = new Random(7);
        int width = 64;
        int height = 48;
        int[] argb = new int[width * height];
        for (int by = 0; by < height; by += 2) {
            for (int bx = 0; bx < width; bx += 2) {
                int colour = 0xff000000 | random.nextInt(0x1000000);
                argb[by * width + bx] = colour;
                argb[by * width + bx + 1] = colour;
                argb[(by + 1) * width + bx] = colour;
                argb[(by + 1) * width + bx + 1] = colour;
            }
        }
        int[] back = ColorConversion.i420ToArgb(ColorConversion.argbToI420(argb, width, height));
        for (int i = 0; i < argb.length; i++) {
            assertClose(back[i], (argb[i] >> 16) & 0xff, (argb[i] >> 8) & 0xff, argb[i] & 0xff);
        }
    }

    @Test
    void stridedPlanesAreReadRowByRow() {
        // A 2x2 picture whose planes have padding, as native buffers have.
        byte[] y = {(byte) 235, (byte) 235, 0, 0, 16, 16, 0, 0};
        byte[] u = {(byte) 128, 0, 0, 0};
        byte[] v = {(byte) 128, 0, 0, 0};
        int[] out = new int[4];

        ColorConversion.i420ToArgb(y, 4, u, 4, v, 4, 2, 2, out);

        assertThat(out).containsExactly(0xffffffff, 0xffffffff, 0xff000000, 0xff000000);
    }

    @Test
    void oddSizesConvertWithoutRunningOffThePlanes() {
        int[] argb = new int[5 * 3];
        java.util.Arrays.fill(argb, 0xff00ff00);
        I420Image image = ColorConversion.argbToI420(argb, 5, 3);
        assertThat(image.chromaWidth()).isEqualTo(3);
        assertClose(ColorConversion.i420ToArgb(image)[14], 0, 255, 0);
    }

    /** Within 3 steps per channel: the integer matrices round differently in each direction. */
    static void assertClose(int argb, int r, int g, int b) {
        assertThat((argb >> 16) & 0xff).as("red of %08x", argb).isBetween(r - 3, r + 3);
        assertThat((argb >> 8) & 0xff).as("green of %08x", argb).isBetween(g - 3, g + 3);
        assertThat(argb & 0xff).as("blue of %08x", argb).isBetween(b - 3, b + 3);
    }
}

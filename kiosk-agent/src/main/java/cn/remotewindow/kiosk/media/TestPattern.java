package cn.remotewindow.kiosk.media;

import java.time.LocalTime;

/**
 * The synthetic camera's picture: colour bars, a box that moves with every frame, a clock
 * (HH:MM:SS.cc in seven-segment digits, no fonts needed) and, across the top, the frame number as
 * a strip of black and white blocks that survives video compression. A receiver can read the
 * number back with {@link #readFrameNumber}, which lets tests check that real, moving frames
 * arrive in order, and lets a person see at a glance that the picture is live.
 *
 * <p>The static parts are drawn once; a frame costs one copy of the background plus a few
 * rectangles, which keeps 1280x720@30 cheap on a kiosk.
 */
public final class TestPattern {

    /** Bits of the frame number in the strip: 2^24 frames is over six days at 30 fps. */
    static final int BITS = 24;
    /** A white block before the bits and a black one after them tell a strip from noise. */
    private static final int BLOCKS = BITS + 2;
    private static final int ON = 235;
    private static final int OFF = 16;
    private static final Yuv[] BARS = {
        Yuv.ofRgb(191, 191, 191), Yuv.ofRgb(191, 191, 0), Yuv.ofRgb(0, 191, 191),
        Yuv.ofRgb(0, 191, 0), Yuv.ofRgb(191, 0, 191), Yuv.ofRgb(191, 0, 0), Yuv.ofRgb(0, 0, 191),
    };
    private static final Yuv BOX = Yuv.ofRgb(255, 255, 255);

    private final int width;
    private final int height;
    private final int stripHeight;
    private final int barsBottom;
    private final I420Image background;
    private final SevenSegment digits;

    public TestPattern(int width, int height) {
        if (width < BLOCKS * 2 || height < 40) {
            throw new IllegalArgumentException("too small for the pattern: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.stripHeight = height / 10;
        this.barsBottom = height * 3 / 4;
        this.background = drawBackground();
        int digitHeight = (height - barsBottom) * 3 / 5;
        this.digits = new SevenSegment(digitHeight);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Draws frame {@code frameNumber} showing {@code clock} into {@code out} (same size). */
    public void render(long frameNumber, LocalTime clock, I420Image out) {
        out.copyFrom(background);
        drawStrip(frameNumber, out);
        drawBox(frameNumber, out);
        String text = String.format("%02d:%02d:%02d.%02d", clock.getHour(), clock.getMinute(),
                clock.getSecond(), clock.getNano() / 10_000_000);
        int textTop = barsBottom + (height - barsBottom - digits.height()) / 2;
        digits.draw(text, (width - digits.width(text)) / 2, textTop, ON, out);
    }

    private I420Image drawBackground() {
        I420Image image = new I420Image(width, height);
        image.fill(0, 0, width, height, Yuv.BLACK);
        for (int i = 0; i < BARS.length; i++) {
            int left = width * i / BARS.length;
            int right = width * (i + 1) / BARS.length;
            image.fill(left, stripHeight, right - left, barsBottom - stripHeight, BARS[i]);
        }
        return image;
    }

    private void drawStrip(long frameNumber, I420Image out) {
        for (int block = 0; block < BLOCKS; block++) {
            boolean on;
            if (block == 0) {
                on = true;
            } else if (block == BLOCKS - 1) {
                on = false;
            } else {
                on = ((frameNumber >> (BITS - block)) & 1) == 1;
            }
            if (on) {
                int left = width * block / BLOCKS;
                int right = width * (block + 1) / BLOCKS;
                out.fillLuma(left, 0, right - left, stripHeight, ON);
            }
        }
    }

    private void drawBox(long frameNumber, I420Image out) {
        int size = Math.max(8, (barsBottom - stripHeight) / 3) & ~1;
        int travel = width - size;
        // About four seconds from left to right at 30 fps, whatever the width.
        int x = (int) ((frameNumber * Math.max(2, travel / 120)) % travel) & ~1;
        int top = (stripHeight + (barsBottom - stripHeight - size) / 2) & ~1;
        out.fill(x, top, size, size, BOX);
        out.fill(x + size / 4, top + size / 4, size / 2, size / 2, Yuv.BLACK);
    }

    /**
     * Reads the frame number from a received picture of any size (it may have been scaled).
     * Returns -1 when the strip is not there or not clear enough to read.
     */
    public static long readFrameNumber(int[] argb, int width, int height) {
        return readStrip((x, y) -> {
            int p = argb[y * width + x];
            return ColorConversion.luma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
        }, width, height);
    }

    /** As {@link #readFrameNumber(int[], int, int)}, for an I420 picture. */
    public static long readFrameNumber(I420Image image) {
        return readStrip(image::lumaAt, image.width(), image.height());
    }

    private interface Luma {
        int at(int x, int y);
    }

    private static long readStrip(Luma luma, int width, int height) {
        int row = height / 20;
        long value = 0;
        for (int block = 0; block < BLOCKS; block++) {
            int centre = (int) ((width * (2L * block + 1)) / (2L * BLOCKS));
            int level = luma.at(centre, row);
            boolean on;
            if (level > 160) {
                on = true;
            } else if (level < 96) {
                on = false;
            } else {
                return -1;
            }
            if (block == 0 && !on || block == BLOCKS - 1 && on) {
                return -1;
            }
            if (block > 0 && block < BLOCKS - 1) {
                value = (value << 1) | (on ? 1 : 0);
            }
        }
        return value;
    }
}

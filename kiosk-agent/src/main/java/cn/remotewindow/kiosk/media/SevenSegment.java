package cn.remotewindow.kiosk.media;

/**
 * Draws digits, ':' and '.' as seven-segment shapes into the luma plane. Rectangles only, so the
 * synthetic camera needs no fonts (a kiosk image may have none installed).
 */
final class SevenSegment {

    // Segment bits: a (top), b (upper right), c (lower right), d (bottom), e (lower left),
    // f (upper left), g (middle).
    private static final int[] DIGITS = {0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F};

    private final int height;
    private final int digitWidth;
    private final int thickness;
    private final int gap;

    SevenSegment(int height) {
        this.height = Math.max(10, height);
        this.digitWidth = this.height / 2;
        this.thickness = Math.max(2, this.height / 10);
        this.gap = Math.max(2, this.height / 8);
    }

    int height() {
        return height;
    }

    int width(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += advance(text.charAt(i));
        }
        return total;
    }

    private int advance(char c) {
        return (Character.isDigit(c) ? digitWidth : thickness) + gap;
    }

    void draw(String text, int left, int top, int luma, I420Image out) {
        int x = left;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                drawDigit(DIGITS[c - '0'], x, top, luma, out);
            } else if (c == ':') {
                out.fillLuma(x, top + height / 3 - thickness / 2, thickness, thickness, luma);
                out.fillLuma(x, top + height * 2 / 3 - thickness / 2, thickness, thickness, luma);
            } else if (c == '.') {
                out.fillLuma(x, top + height - thickness, thickness, thickness, luma);
            }
            x += advance(c);
        }
    }

    private void drawDigit(int segments, int x, int top, int luma, I420Image out) {
        int w = digitWidth;
        int t = thickness;
        int half = height / 2;
        if ((segments & 0x01) != 0) {
            out.fillLuma(x, top, w, t, luma);
        }
        if ((segments & 0x02) != 0) {
            out.fillLuma(x + w - t, top, t, half, luma);
        }
        if ((segments & 0x04) != 0) {
            out.fillLuma(x + w - t, top + half, t, height - half, luma);
        }
        if ((segments & 0x08) != 0) {
            out.fillLuma(x, top + height - t, w, t, luma);
        }
        if ((segments & 0x10) != 0) {
            out.fillLuma(x, top + half, t, height - half, luma);
        }
        if ((segments & 0x20) != 0) {
            out.fillLuma(x, top, t, half, luma);
        }
        if ((segments & 0x40) != 0) {
            out.fillLuma(x, top + half - t / 2, w, t, luma);
        }
    }
}

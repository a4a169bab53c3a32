package cn.remotewindow.kiosk.media;

/** One colour in limited-range BT.601 YUV, the colour space of I420 frames in WebRTC. */
public record Yuv(int y, int u, int v) {

    public static final Yuv BLACK = ofRgb(0, 0, 0);
    public static final Yuv WHITE = ofRgb(255, 255, 255);

    public Yuv {
        if ((y | u | v) < 0 || y > 255 || u > 255 || v > 255) {
            throw new IllegalArgumentException("components must be 0-255: " + y + "," + u + "," + v);
        }
    }

    /** Converts an sRGB colour (0-255 each). */
    public static Yuv ofRgb(int r, int g, int b) {
        return new Yuv(ColorConversion.luma(r, g, b), ColorConversion.cb(r, g, b),
                ColorConversion.cr(r, g, b));
    }
}

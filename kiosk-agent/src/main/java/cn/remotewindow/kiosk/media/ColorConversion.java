package cn.remotewindow.kiosk.media;

/**
 * Conversions between packed ARGB ({@code 0xAARRGGBB} ints, the pixel format of
 * {@code BufferedImage.TYPE_INT_ARGB}) and I420 in limited-range BT.601, the matrix WebRTC and
 * libyuv use for camera-like content. Integer arithmetic with 8 fractional bits, as libyuv does;
 * results agree with libyuv within a few steps.
 *
 * <p>Done in Java rather than through the native converter so that the kiosk's own screens and
 * the test pattern can be converted and checked without the native library, and so that a
 * received frame goes from the native planes to an {@code int[]} in one pass.
 */
public final class ColorConversion {

    private ColorConversion() {
    }

    static int luma(int r, int g, int b) {
        return ((66 * r + 129 * g + 25 * b + 128) >> 8) + 16;
    }

    static int cb(int r, int g, int b) {
        return ((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128;
    }

    static int cr(int r, int g, int b) {
        return ((112 * r - 94 * g - 18 * b + 128) >> 8) + 128;
    }

    /** Converts a packed ARGB picture (alpha ignored) to a new I420 picture. */
    public static I420Image argbToI420(int[] argb, int width, int height) {
        I420Image out = new I420Image(width, height);
        argbToI420(argb, width, height, out);
        return out;
    }

    /** Converts a packed ARGB picture into {@code out}, which must have the same size. */
    public static void argbToI420(int[] argb, int width, int height, I420Image out) {
        if (out.width() != width || out.height() != height || argb.length < width * height) {
            throw new IllegalArgumentException("sizes differ");
        }
        byte[] y = out.y();
        for (int i = 0; i < width * height; i++) {
            int p = argb[i];
            y[i] = (byte) luma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
        }
        // Chroma from the average of each 2x2 block (fewer at the right and bottom edges of odd sizes).
        int cw = out.chromaWidth();
        byte[] u = out.u();
        byte[] v = out.v();
        for (int cy = 0; cy < out.chromaHeight(); cy++) {
            for (int cx = 0; cx < cw; cx++) {
                int r = 0;
                int g = 0;
                int b = 0;
                int n = 0;
                for (int dy = 0; dy < 2; dy++) {
                    int row = cy * 2 + dy;
                    if (row >= height) {
                        break;
                    }
                    for (int dx = 0; dx < 2; dx++) {
                        int col = cx * 2 + dx;
                        if (col >= width) {
                            break;
                        }
                        int p = argb[row * width + col];
                        r += (p >> 16) & 0xff;
                        g += (p >> 8) & 0xff;
                        b += p & 0xff;
                        n++;
                    }
                }
                r = (r + n / 2) / n;
                g = (g + n / 2) / n;
                b = (b + n / 2) / n;
                u[cy * cw + cx] = (byte) cb(r, g, b);
                v[cy * cw + cx] = (byte) cr(r, g, b);
            }
        }
    }

    /** Converts an I420 picture to packed opaque ARGB. */
    public static int[] i420ToArgb(I420Image image) {
        int[] out = new int[image.width() * image.height()];
        i420ToArgb(image.y(), image.width(), image.u(), image.chromaWidth(), image.v(),
                image.chromaWidth(), image.width(), image.height(), out);
        return out;
    }

    /**
     * Converts I420 planes with arbitrary row strides (as native buffers have them) to packed
     * opaque ARGB in {@code out} (at least width*height long).
     */
    public static void i420ToArgb(byte[] y, int strideY, byte[] u, int strideU, byte[] v, int strideV,
                                  int width, int height, int[] out) {
        for (int row = 0; row < height; row++) {
            int yAt = row * strideY;
            int uAt = (row >> 1) * strideU;
            int vAt = (row >> 1) * strideV;
            int outAt = row * width;
            for (int col = 0; col < width; col++) {
                int c = 298 * ((y[yAt + col] & 0xff) - 16);
                int d = (u[uAt + (col >> 1)] & 0xff) - 128;
                int e = (v[vAt + (col >> 1)] & 0xff) - 128;
                int r = clamp((c + 409 * e + 128) >> 8);
                int g = clamp((c - 100 * d - 208 * e + 128) >> 8);
                int b = clamp((c + 516 * d + 128) >> 8);
                out[outAt + col] = 0xff000000 | (r << 16) | (g << 8) | b;
            }
        }
    }

    private static int clamp(int value) {
        return value < 0 ? 0 : Math.min(value, 255);
    }
}

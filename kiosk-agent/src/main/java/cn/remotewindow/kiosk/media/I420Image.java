package cn.remotewindow.kiosk.media;

import java.util.Arrays;

/**
 * A picture in I420 (YUV 4:2:0, three planes, chroma subsampled 2x2) on the Java heap, with no
 * padding between rows. Sources draw or convert into it and then copy it into a native frame in
 * one bulk copy per plane; keeping it on the heap keeps drawing and conversion testable without
 * the native library.
 */
public final class I420Image {

    private final int width;
    private final int height;
    private final byte[] y;
    private final byte[] u;
    private final byte[] v;

    public I420Image(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.y = new byte[width * height];
        this.u = new byte[chromaWidth() * chromaHeight()];
        this.v = new byte[chromaWidth() * chromaHeight()];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int chromaWidth() {
        return (width + 1) / 2;
    }

    public int chromaHeight() {
        return (height + 1) / 2;
    }

    /** Luma plane, row stride {@link #width()}. Mutable: sources draw into it. */
    public byte[] y() {
        return y;
    }

    /** Cb plane, row stride {@link #chromaWidth()}. */
    public byte[] u() {
        return u;
    }

    /** Cr plane, row stride {@link #chromaWidth()}. */
    public byte[] v() {
        return v;
    }

    /** Fills a rectangle (clipped to the picture) with one colour. */
    public void fill(int x, int top, int w, int h, Yuv colour) {
        fillLuma(x, top, w, h, colour.y());
        int cx0 = Math.max(0, x) / 2;
        int cy0 = Math.max(0, top) / 2;
        int cx1 = Math.min(chromaWidth(), (Math.min(width, x + w) + 1) / 2);
        int cy1 = Math.min(chromaHeight(), (Math.min(height, top + h) + 1) / 2);
        for (int row = cy0; row < cy1; row++) {
            int at = row * chromaWidth();
            Arrays.fill(u, at + cx0, at + Math.max(cx0, cx1), (byte) colour.u());
            Arrays.fill(v, at + cx0, at + Math.max(cx0, cx1), (byte) colour.v());
        }
    }

    /** Fills a rectangle of the luma plane only: for grey detail drawn on a grey area. */
    public void fillLuma(int x, int top, int w, int h, int luma) {
        int x0 = Math.max(0, x);
        int x1 = Math.min(width, x + w);
        int y0 = Math.max(0, top);
        int y1 = Math.min(height, top + h);
        if (x1 <= x0) {
            return;
        }
        for (int row = y0; row < y1; row++) {
            Arrays.fill(y, row * width + x0, row * width + x1, (byte) luma);
        }
    }

    /** Copies all three planes of another picture of the same size into this one. */
    public void copyFrom(I420Image other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("size differs: " + other.width + "x" + other.height
                    + " into " + width + "x" + height);
        }
        System.arraycopy(other.y, 0, y, 0, y.length);
        System.arraycopy(other.u, 0, u, 0, u.length);
        System.arraycopy(other.v, 0, v, 0, v.length);
    }

    /** Luma at a pixel, 0-255. */
    public int lumaAt(int x, int row) {
        return y[row * width + x] & 0xff;
    }
}

package cn.remotewindow.kiosk.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * A received video frame ready for the screen: packed opaque ARGB ({@code 0xFFRRGGBB}), row after
 * row without padding. Each frame has its own array, so the UI may keep it as long as it likes.
 */
public record RgbFrame(int width, int height, int[] argb, long timestampNanos) {

    public RgbFrame {
        if (argb.length < width * height) {
            throw new IllegalArgumentException("pixels missing: " + argb.length + " < " + width * height);
        }
    }

    /** The pixel at (x, y) as 0xFFRRGGBB. */
    public int pixel(int x, int y) {
        return argb[y * width + x];
    }

    /**
     * The frame as a {@code TYPE_INT_RGB}-compatible image sharing this frame's array (no copy),
     * which Swing paints without converting.
     */
    public BufferedImage toImage() {
        DirectColorModel model = new DirectColorModel(24, 0xff0000, 0xff00, 0xff);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argb, width * height),
                width, height, width, new int[] {0xff0000, 0xff00, 0xff}, null);
        return new BufferedImage(model, raster, false, null);
    }
}

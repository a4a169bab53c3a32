package cn.remotewindow.kiosk.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Draws something of any size into a picture of the feed's size: scaled to fit, centred, with
 * black bars, so documents and windows keep their proportions on the other side.
 */
final class Letterbox {

    private final int width;
    private final int height;

    Letterbox(VideoFormat format) {
        this.width = format.width();
        this.height = format.height();
    }

    /** Something that paints itself at its natural size onto a graphics context. */
    interface Painter {
        void paint(Graphics2D g);
    }

    /** Paints content of natural size {@code contentWidth}x{@code contentHeight}; returns ARGB. */
    int[] draw(int contentWidth, int contentHeight, Painter painter) {
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, width, height);
            double scale = Math.min((double) width / contentWidth, (double) height / contentHeight);
            g.translate((width - contentWidth * scale) / 2, (height - contentHeight * scale) / 2);
            g.scale(scale, scale);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setClip(0, 0, contentWidth, contentHeight);
            painter.paint(g);
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
    }

    I420Image toI420(int[] argb) {
        return ColorConversion.argbToI420(argb, width, height);
    }
}

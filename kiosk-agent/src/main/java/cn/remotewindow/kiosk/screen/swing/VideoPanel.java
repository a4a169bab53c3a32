package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.VideoView;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;

/**
 * Draws the newest video frame, scaled to fit with its aspect ratio kept (a shared form must
 * never be cropped), or a caption while there is no picture.
 *
 * <p>Frames come from the media layer's thread. {@link #show} only swaps the newest frame in and
 * asks for a repaint; Swing merges repaint requests that arrive faster than it paints, so frames
 * the event thread has no time for are dropped, never queued.
 */
final class VideoPanel extends JComponent implements VideoView {

    private final AtomicReference<BufferedImage> latest = new AtomicReference<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong painted = new AtomicLong();
    private final boolean mirrored;
    private volatile String caption = "";

    /** @param mirrored draw left and right swapped: how people expect to see themselves */
    VideoPanel(String name, boolean mirrored, Font captionFont) {
        this.mirrored = mirrored;
        setName(name);
        setFont(captionFont);
        setOpaque(true);
        setBackground(Theme.VIDEO_BACKGROUND);
    }

    @Override
    public void show(BufferedImage frame) {
        if (frame == null) {
            return;
        }
        latest.set(frame);
        received.incrementAndGet();
        repaint();
    }

    @Override
    public void clear() {
        latest.set(null);
        repaint();
    }

    /** Shown while there is no picture. */
    void setCaption(String text) {
        caption = text == null ? "" : text;
        repaint();
    }

    String caption() {
        return caption;
    }

    boolean hasFrame() {
        return latest.get() != null;
    }

    long framesReceived() {
        return received.get();
    }

    long framesPainted() {
        return painted.get();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(getBackground());
            g2.fillRect(0, 0, getWidth(), getHeight());
            BufferedImage frame = latest.get();
            if (frame == null) {
                paintCaption(g2);
                return;
            }
            Rectangle fit = fit(frame.getWidth(), frame.getHeight(), getWidth(), getHeight());
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            if (mirrored) {
                g2.drawImage(frame, fit.x + fit.width, fit.y, fit.x, fit.y + fit.height,
                        0, 0, frame.getWidth(), frame.getHeight(), null);
            } else {
                g2.drawImage(frame, fit.x, fit.y, fit.width, fit.height, null);
            }
            painted.incrementAndGet();
        } finally {
            g2.dispose();
        }
    }

    private void paintCaption(Graphics2D g2) {
        int margin = getWidth() / 12;
        WrappedText text = WrappedText.of(caption, getFont(), getWidth() - 2 * margin);
        g2.setColor(Color.WHITE);
        text.draw(g2, margin, (getHeight() - text.height()) / 2, getWidth() - 2 * margin, true);
    }

    /** The largest rectangle of the frame's aspect ratio inside the area, centred. */
    static Rectangle fit(int frameWidth, int frameHeight, int width, int height) {
        if (frameWidth <= 0 || frameHeight <= 0 || width <= 0 || height <= 0) {
            return new Rectangle(0, 0, 0, 0);
        }
        double scale = Math.min(width / (double) frameWidth, height / (double) frameHeight);
        int w = (int) Math.round(frameWidth * scale);
        int h = (int) Math.round(frameHeight * scale);
        return new Rectangle((width - w) / 2, (height - h) / 2, w, h);
    }
}

package cn.remotewindow.kiosk.screen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The citizen's signature as the strokes drawn on the pad, each point in pad coordinates scaled to
 * 0..1 (so the same signature renders at any size). Immutable.
 */
public record Signature(List<List<Point2D.Float>> strokes) {

    /** The size the signature is sent at: large enough to read on the receipt and for an auditor. */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 320;

    public static final Signature EMPTY = new Signature(List.of());

    public Signature {
        List<List<Point2D.Float>> copy = new ArrayList<>();
        for (List<Point2D.Float> stroke : strokes) {
            if (!stroke.isEmpty()) {
                copy.add(List.copyOf(stroke));
            }
        }
        strokes = List.copyOf(copy);
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    public Signature with(List<Point2D.Float> stroke) {
        List<List<Point2D.Float>> more = new ArrayList<>(strokes);
        more.add(stroke);
        return new Signature(more);
    }

    /** Dark strokes on white, at {@link #WIDTH}x{@link #HEIGHT}. */
    public BufferedImage render() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g, WIDTH, HEIGHT, 6f, new Color(0x10, 0x1a, 0x40));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws the strokes scaled to {@code width}x{@code height} (the pad uses it too). */
    public void draw(Graphics2D g, int width, int height, float lineWidth, Color colour) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(colour);
        g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (List<Point2D.Float> stroke : strokes) {
            Path2D.Float path = new Path2D.Float();
            path.moveTo(stroke.get(0).x * width, stroke.get(0).y * height);
            for (Point2D.Float point : stroke) {
                path.lineTo(point.x * width, point.y * height);
            }
            if (stroke.size() == 1) {
                // A tap is a dot.
                path.lineTo(stroke.get(0).x * width + 0.5f, stroke.get(0).y * height);
            }
            g.draw(path);
        }
    }

    /** The rendered signature as a PNG file's bytes. */
    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "Signature[" + strokes.size() + " strokes]";
    }
}

package cn.remotewindow.signaling.casefile;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Real pictures for the tests: a document page as JPEG or PNG, a signature as PNG. */
final class Pictures {

    private Pictures() {
    }

    /** A page with ruled lines and text, like a document under the camera; {@code seed} changes it. */
    static byte[] document(int width, int height, String format, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(120, 110, 100));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(250, 248, 240));
        g.fillRect(width / 10, height / 12, width * 8 / 10, height * 10 / 12);
        g.setColor(new Color(40, 40, 60));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 20)));
        g.drawString("HOUSEHOLD REGISTER " + seed, width / 8, height / 6);
        g.setStroke(new BasicStroke(2));
        for (int y = height / 4; y < height * 5 / 6; y += Math.max(8, height / 18)) {
            g.drawLine(width / 8, y, width * 7 / 8, y);
        }
        g.dispose();
        return encode(image, format);
    }

    /** A handwritten-looking stroke on white. */
    static byte[] signature(int seed) {
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 240);
        g.setColor(new Color(20, 20, 40));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int x = 40;
        int y = 150;
        for (int i = 0; i < 12; i++) {
            int nx = x + 40;
            int ny = 90 + ((i * 37 + seed * 13) % 100);
            g.drawLine(x, y, nx, ny);
            x = nx;
            y = ny;
        }
        g.dispose();
        return encode(image, "png");
    }

    /** Random pixels: a PNG that does not compress, for size limits. */
    static byte[] noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return encode(image, "png");
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] truncated(byte[] picture) {
        return Arrays.copyOf(picture, picture.length / 2);
    }
}

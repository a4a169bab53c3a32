package cn.remotewindow.kiosk.agent;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** A document still as the JPEG that is uploaded: full size first, smaller when the server wants less. */
final class DocumentJpeg {

    /** Good enough to read small print, and a 1280x720 page stays well under a megabyte. */
    static final float QUALITY = 0.9f;
    /** After a 413: half the pixels each side and a lower quality, tried once. */
    static final float SMALLER_QUALITY = 0.75f;

    private DocumentJpeg() {
    }

    /** The still at full size, or at smaller sizes until it is at most {@code maxBytes} (when > 0). */
    static byte[] fitting(BufferedImage still, long maxBytes) {
        byte[] jpeg = encode(still, QUALITY);
        BufferedImage image = still;
        while (maxBytes > 0 && jpeg.length > maxBytes && image.getWidth() > 400) {
            image = half(image);
            jpeg = encode(image, SMALLER_QUALITY);
        }
        return jpeg;
    }

    /** The smaller retry after the server said the picture was too large. */
    static byte[] smaller(BufferedImage still) {
        return encode(half(still), SMALLER_QUALITY);
    }

    static byte[] encode(BufferedImage image, float quality) {
        BufferedImage rgb = image.getType() == BufferedImage.TYPE_INT_RGB ? image : copy(image, image.getWidth(),
                image.getHeight());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage half(BufferedImage image) {
        return copy(image, Math.max(1, image.getWidth() / 2), Math.max(1, image.getHeight() / 2));
    }

    private static BufferedImage copy(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}

package cn.remotewindow.kiosk.identity;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * One frame of the evidence burst: a JPEG of the kiosk's camera and when it was taken (epoch
 * milliseconds, the kiosk's clock). {@link #toString()} gives its size only.
 */
public record EvidenceFrame(long capturedAt, byte[] jpeg) {

    /** JPEG quality of the burst: faces stay sharp, a VGA frame is about 40-70 KB. */
    public static final float QUALITY = 0.85f;

    public EvidenceFrame {
        Objects.requireNonNull(jpeg, "jpeg");
        jpeg = jpeg.clone();
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }

    /** Encodes a camera picture as the evidence wants it (JPEG at {@link #QUALITY}, its own size). */
    public static EvidenceFrame of(BufferedImage picture, long capturedAt) {
        return new EvidenceFrame(capturedAt, encode(picture, QUALITY));
    }

    /** JPEG with javax.imageio; the picture is first drawn into plain 8-bit RGB, which every JPEG reader takes. */
    public static byte[] encode(BufferedImage picture, float quality) {
        BufferedImage rgb = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(picture, 0, 0, null);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceFrame that && capturedAt == that.capturedAt
                && java.util.Arrays.equals(jpeg, that.jpeg);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(capturedAt) * 31 + java.util.Arrays.hashCode(jpeg);
    }

    @Override
    public String toString() {
        return "EvidenceFrame[capturedAt=" + capturedAt + ", " + jpeg.length + " bytes]";
    }
}

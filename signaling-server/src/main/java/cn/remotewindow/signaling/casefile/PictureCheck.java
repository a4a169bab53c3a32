package cn.remotewindow.signaling.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that a picture is what it says before anything is kept: JPEG or PNG by its first bytes,
 * the type the client named, within the size in pixels (read from the header, before decoding),
 * and decodable to the end (a truncated or corrupt file is refused, not kept half-grey). The
 * whole stream is decoded, subsampled, so that a large picture does not need its full size in memory.
 */
public final class PictureCheck {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** The limits of one kind of picture. */
    public record Limits(Set<String> types, int minWidth, int minHeight, int maxSide) {
    }

    private PictureCheck() {
    }

    /**
     * @param declared the request's Content-Type (media type only), already one of {@code limits.types()}
     * @throws CaseFileRefused IMAGE_REJECTED with what is wrong
     */
    public static Picture check(byte[] bytes, String declared, Limits limits) {
        String type = sniff(bytes);
        if (type == null || !limits.types().contains(type)) {
            throw CaseFileRefused.image("The body is not a " + String.join(" or ", limits.types().stream()
                    .map(t -> t.substring("image/".length()).toUpperCase()).sorted().toList()) + " picture.");
        }
        if (!type.equals(declared)) {
            throw CaseFileRefused.image("The body is " + type + " but was sent as " + declared + ".");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no image reader for " + type);
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > limits.maxSide() || height > limits.maxSide()) {
                throw CaseFileRefused.image("The picture is " + width + " × " + height + " pixels; at most "
                        + limits.maxSide() + " on each side.");
            }
            if (width < limits.minWidth() || height < limits.minHeight()) {
                throw CaseFileRefused.image("The picture is " + width + " × " + height + " pixels; at least "
                        + limits.minWidth() + " × " + limits.minHeight() + ".");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / 1024);
            param.setSourceSubsampling(step, step, 0, 0);
            reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw CaseFileRefused.image("The picture is damaged (" + warnings.get(0) + "): take it again.");
            }
            return new Picture(type, width, height, bytes.length, sha256(bytes));
        } catch (IOException | RuntimeException e) {
            if (e instanceof CaseFileRefused refused) {
                throw refused;
            }
            throw CaseFileRefused.image("The picture cannot be read: it is damaged or truncated. Take it again.");
        } finally {
            reader.dispose();
        }
    }

    /** JPEG or PNG by the magic bytes; null for anything else. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return JPEG;
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (b.length >= png.length) {
            for (int i = 0; i < png.length; i++) {
                if (b[i] != png[i]) {
                    return null;
                }
            }
            return PNG;
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

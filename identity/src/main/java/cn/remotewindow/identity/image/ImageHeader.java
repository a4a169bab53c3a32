package cn.remotewindow.identity.image;

import java.nio.charset.StandardCharsets;

/**
 * Format and pixel size of an encoded image, read from its header only (PNG IHDR, JPEG SOFn), so that
 * limits can be checked before a decoder allocates anything.
 */
public record ImageHeader(ImageFormat format, int width, int height) {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Identifies the format by its magic bytes; null if it is neither JPEG nor PNG. */
    static ImageFormat sniff(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return ImageFormat.JPEG;
        }
        if (data.length >= PNG_SIGNATURE.length) {
            for (int i = 0; i < PNG_SIGNATURE.length; i++) {
                if (data[i] != PNG_SIGNATURE[i]) {
                    return null;
                }
            }
            return ImageFormat.PNG;
        }
        return null;
    }

    /**
     * Reads the header of an image whose format {@link #sniff} recognised, and checks that the data is
     * complete (JPEG: an end-of-image marker after the scan starts; PNG: an IEND chunk at the end).
     *
     * @throws ImageRejectedException {@code CORRUPT} if the header is missing, malformed or the data truncated
     */
    static ImageHeader read(byte[] data, ImageFormat format) throws ImageRejectedException {
        return format == ImageFormat.PNG ? readPng(data) : readJpeg(data);
    }

    private static ImageHeader readPng(byte[] data) throws ImageRejectedException {
        // Signature (8), then the first chunk must be IHDR: length 13, "IHDR", width, height, ...
        if (data.length < 8 + 8 + 13 + 4) {
            throw corrupt("PNG too short to hold its header");
        }
        int length = int32(data, 8);
        String type = new String(data, 12, 4, StandardCharsets.US_ASCII);
        if (length != 13 || !type.equals("IHDR")) {
            throw corrupt("PNG does not start with an IHDR chunk");
        }
        long width = uint32(data, 16);
        long height = uint32(data, 20);
        if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw corrupt("PNG header gives an impossible size " + width + "x" + height);
        }
        // The last chunk is IEND: length 0, "IEND", CRC (4). Anything cut short lacks it.
        if (data.length < 12 || !new String(data, data.length - 8, 4, StandardCharsets.US_ASCII).equals("IEND")) {
            throw corrupt("PNG is truncated (no IEND chunk at the end)");
        }
        return new ImageHeader(ImageFormat.PNG, (int) width, (int) height);
    }

    private static ImageHeader readJpeg(byte[] data) throws ImageRejectedException {
        int pos = 2;
        ImageHeader header = null;
        while (pos + 4 <= data.length) {
            if ((data[pos] & 0xFF) != 0xFF) {
                throw corrupt("JPEG marker expected at byte " + pos);
            }
            int marker = data[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2; // stand-alone markers without a length
                continue;
            }
            if (marker == 0xD9) {
                throw corrupt("JPEG ends before its image data");
            }
            int length = ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
            if (length < 2 || pos + 2 + length > data.length) {
                throw corrupt("JPEG segment at byte " + pos + " runs past the end");
            }
            if (isStartOfFrame(marker)) {
                if (length < 7) {
                    throw corrupt("JPEG frame header too short");
                }
                int height = ((data[pos + 5] & 0xFF) << 8) | (data[pos + 6] & 0xFF);
                int width = ((data[pos + 7] & 0xFF) << 8) | (data[pos + 8] & 0xFF);
                if (width == 0 || height == 0) {
                    throw corrupt("JPEG frame header gives an impossible size " + width + "x" + height);
                }
                header = new ImageHeader(ImageFormat.JPEG, width, height);
            }
            if (marker == 0xDA) { // start of scan: entropy-coded data follows
                if (header == null) {
                    throw corrupt("JPEG has no frame header before its image data");
                }
                // Entropy-coded data never contains FF D9 (FF is stuffed with 00); only the end marker does.
                if (!containsEndOfImage(data, pos + 2 + length)) {
                    throw corrupt("JPEG is truncated (no end-of-image marker)");
                }
                return header;
            }
            pos += 2 + length;
        }
        throw corrupt("JPEG is truncated before its image data");
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean containsEndOfImage(byte[] data, int from) {
        for (int i = data.length - 2; i >= from; i--) {
            if ((data[i] & 0xFF) == 0xFF && (data[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static int int32(byte[] d, int off) {
        return (int) uint32(d, off);
    }

    private static long uint32(byte[] d, int off) {
        return ((long) (d[off] & 0xFF) << 24) | ((d[off + 1] & 0xFF) << 16) | ((d[off + 2] & 0xFF) << 8) | (d[off + 3] & 0xFF);
    }

    private static ImageRejectedException corrupt(String message) {
        return new ImageRejectedException(ImageProblem.CORRUPT, message);
    }
}

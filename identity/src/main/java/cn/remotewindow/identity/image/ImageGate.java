package cn.remotewindow.identity.image;

import cn.remotewindow.identity.ImageLimits;
import cn.remotewindow.identity.OpenCv;
import java.util.Objects;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Checks an uploaded image before it reaches a decoder, then decodes it: only JPEG or PNG (by magic
 * bytes, not by what the sender claims), at most {@code maxBytes}, pixel size from the header within the
 * limits (a small file claiming 100000x100000 pixels is refused without being decoded), complete (not
 * truncated), and decodable. Thread-safe: it keeps no state.
 */
public final class ImageGate {

    private final ImageLimits limits;

    public ImageGate(ImageLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        OpenCv.load();
    }

    /**
     * Checks everything that can be checked without decoding.
     *
     * @throws ImageRejectedException with the first problem found
     */
    public ImageHeader inspect(byte[] encoded) throws ImageRejectedException {
        if (encoded == null || encoded.length == 0) {
            throw new ImageRejectedException(ImageProblem.NOT_AN_IMAGE, "no image data");
        }
        if (encoded.length > limits.maxBytes()) {
            throw new ImageRejectedException(ImageProblem.TOO_LARGE_BYTES,
                    "image is " + encoded.length + " bytes; at most " + limits.maxBytes() + " are accepted");
        }
        ImageFormat format = ImageHeader.sniff(encoded);
        if (format == null) {
            throw new ImageRejectedException(ImageProblem.NOT_AN_IMAGE, "not a JPEG or PNG image");
        }
        ImageHeader header = ImageHeader.read(encoded, format);
        if (header.width() > limits.maxWidth() || header.height() > limits.maxHeight()) {
            throw new ImageRejectedException(ImageProblem.TOO_LARGE_PIXELS, format + " claims "
                    + header.width() + "x" + header.height() + " pixels; at most " + limits.maxWidth() + "x"
                    + limits.maxHeight() + " are accepted");
        }
        if (header.width() < limits.minWidth() || header.height() < limits.minHeight()) {
            throw new ImageRejectedException(ImageProblem.TOO_SMALL_PIXELS, format + " is "
                    + header.width() + "x" + header.height() + " pixels; at least " + limits.minWidth() + "x"
                    + limits.minHeight() + " are needed");
        }
        return header;
    }

    /**
     * Inspects, then decodes to a 3-channel BGR image (grey images are expanded; EXIF orientation is
     * applied). The caller releases the returned Mat.
     *
     * @throws ImageRejectedException with the first problem found; {@code CORRUPT} if the decoder fails
     */
    public Mat decode(byte[] encoded) throws ImageRejectedException {
        ImageHeader header = inspect(encoded);
        MatOfByte buffer = new MatOfByte(encoded);
        Mat image;
        try {
            image = Imgcodecs.imdecode(buffer, Imgcodecs.IMREAD_COLOR);
        } finally {
            buffer.release();
        }
        if (image == null || image.empty()) {
            throw new ImageRejectedException(ImageProblem.CORRUPT, header.format() + " data does not decode");
        }
        return image;
    }
}

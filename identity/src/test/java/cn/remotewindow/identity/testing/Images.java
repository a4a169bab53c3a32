package cn.remotewindow.identity.testing;

import cn.remotewindow.identity.OpenCv;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.imgcodecs.Imgcodecs;

/** Encoding and decoding helpers for tests. */
public final class Images {

    private Images() {
    }

    public static byte[] jpeg(Mat bgr) {
        return encode(".jpg", bgr, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 90));
    }

    public static byte[] png(Mat bgr) {
        return encode(".png", bgr, new MatOfInt());
    }

    /** Decodes JPEG or PNG bytes to BGR; the caller releases the result. */
    public static Mat decode(byte[] encoded) {
        OpenCv.load();
        MatOfByte buffer = new MatOfByte(encoded);
        try {
            Mat image = Imgcodecs.imdecode(buffer, Imgcodecs.IMREAD_COLOR);
            if (image.empty()) {
                throw new IllegalArgumentException("does not decode");
            }
            return image;
        } finally {
            buffer.release();
        }
    }

    private static byte[] encode(String extension, Mat bgr, MatOfInt params) {
        OpenCv.load();
        MatOfByte out = new MatOfByte();
        try {
            if (!Imgcodecs.imencode(extension, bgr, out, params)) {
                throw new IllegalStateException("cannot encode " + extension);
            }
            return out.toArray();
        } finally {
            out.release();
            params.release();
        }
    }
}

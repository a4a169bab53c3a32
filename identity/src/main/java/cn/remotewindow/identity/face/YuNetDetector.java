package cn.remotewindow.identity.face;

import cn.remotewindow.identity.OpenCv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.FaceDetectorYN;

/**
 * YuNet face detection with five landmarks. Images whose longer side exceeds {@code maxSide} are
 * detected on a shrunken copy (YuNet's cost grows with the pixel count; a 1280x850 photo took 80–150 ms
 * at full size) and the results are scaled back to the original's pixels.
 *
 * <p>Not thread-safe: OpenCV's {@code FaceDetectorYN} keeps per-call state. One instance per thread.
 */
final class YuNetDetector {

    /** NMS IoU and candidate cap as in OpenCV's own YuNet samples. */
    private static final float NMS_THRESHOLD = 0.3f;
    private static final int TOP_K = 5000;

    private final FaceDetectorYN detector;
    private final int maxSide;
    private Size inputSize = new Size(320, 320);

    YuNetDetector(byte[] model, float minScore, int maxSide) {
        OpenCv.load();
        MatOfByte modelBytes = new MatOfByte(model);
        try {
            detector = FaceDetectorYN.create("onnx", modelBytes, new MatOfByte(), inputSize, minScore,
                    NMS_THRESHOLD, TOP_K);
        } finally {
            modelBytes.release();
        }
        this.maxSide = maxSide;
    }

    /** All faces with score at or above the minimum, largest box first, in the image's own pixels. */
    List<DetectedFace> detect(Mat bgr) {
        double scale = Math.min(1.0, maxSide / (double) Math.max(bgr.cols(), bgr.rows()));
        Mat input = bgr;
        if (scale < 1.0) {
            input = new Mat();
            Imgproc.resize(bgr, input, new Size(Math.round(bgr.cols() * scale), Math.round(bgr.rows() * scale)),
                    0, 0, Imgproc.INTER_AREA);
        }
        Mat faces = new Mat();
        try {
            Size size = input.size();
            if (!size.equals(inputSize)) {
                detector.setInputSize(size);
                inputSize = size;
            }
            detector.detect(input, faces);
            List<DetectedFace> found = new ArrayList<>(faces.rows());
            float[] row = new float[15];
            for (int i = 0; i < faces.rows(); i++) {
                faces.get(i, 0, row);
                found.add(toFace(row).scaled(1.0 / scale));
            }
            found.sort(Comparator.comparingDouble((DetectedFace f) -> f.box().area()).reversed());
            return found;
        } finally {
            faces.release();
            if (input != bgr) {
                input.release();
            }
        }
    }

    /** YuNet's row: x, y, w, h, then (x, y) of right eye, left eye, nose tip, right and left mouth corner, score. */
    private static DetectedFace toFace(float[] r) {
        return new DetectedFace(new FaceBox(r[0], r[1], r[2], r[3]),
                new Landmarks(new FacePoint(r[4], r[5]), new FacePoint(r[6], r[7]), new FacePoint(r[8], r[9]),
                        new FacePoint(r[10], r[11]), new FacePoint(r[12], r[13])),
                r[14]);
    }
}

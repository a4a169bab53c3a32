package cn.remotewindow.identity.face;

import java.util.List;
import org.opencv.calib3d.Calib3d;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Warps a face to the 112x112 crop recognition models expect: a similarity transform (rotation, uniform
 * scale, translation) that maps the five landmarks onto the usual ArcFace reference points.
 */
final class ArcFaceAligner {

    static final int SIZE = 112;

    private static final MatOfPoint2f REFERENCE = new MatOfPoint2f(
            new Point(38.2946, 51.6963), new Point(73.5318, 51.5014), new Point(56.0252, 71.7366),
            new Point(41.5493, 92.3655), new Point(70.7299, 92.2041));

    private ArcFaceAligner() {
    }

    /** The aligned 112x112 BGR crop; the caller releases it. */
    static Mat align(Mat bgr, Landmarks landmarks) {
        List<FacePoint> points = landmarks.asList();
        MatOfPoint2f source = new MatOfPoint2f(points.stream().map(p -> new Point(p.x(), p.y())).toArray(Point[]::new));
        Mat transform = Calib3d.estimateAffinePartial2D(source, REFERENCE);
        try {
            Mat aligned = new Mat();
            Imgproc.warpAffine(bgr, aligned, transform, new Size(SIZE, SIZE), Imgproc.INTER_LINEAR);
            return aligned;
        } finally {
            source.release();
            transform.release();
        }
    }
}

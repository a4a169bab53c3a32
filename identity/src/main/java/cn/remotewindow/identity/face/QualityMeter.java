package cn.remotewindow.identity.face;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Measures sharpness and brightness on the face crop. The crop is scaled to a fixed width before the
 * Laplacian, so a sharp face far from the camera and a sharp face close to it score alike, and what
 * counts is detail at the scale the recognition model sees (112 px).
 */
final class QualityMeter {

    private static final int CROP_WIDTH = 112;

    private QualityMeter() {
    }

    static QualityMeasures measure(Mat bgr, DetectedFace face) {
        Rect crop = clip(face.box(), bgr.cols(), bgr.rows());
        double width = face.box().width();
        double iod = face.landmarks().interOcularDistance();
        if (crop.width < 2 || crop.height < 2) {
            return new QualityMeasures(width, iod, 0, 0);
        }
        Mat region = new Mat(bgr, crop);
        Mat grey = new Mat();
        Mat scaled = new Mat();
        Mat laplacian = new Mat();
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble stdDev = new MatOfDouble();
        try {
            Imgproc.cvtColor(region, grey, Imgproc.COLOR_BGR2GRAY);
            double brightness = Core.mean(grey).val[0];
            int height = Math.max(1, (int) Math.round(crop.height * (double) CROP_WIDTH / crop.width));
            Imgproc.resize(grey, scaled, new Size(CROP_WIDTH, height), 0, 0,
                    crop.width > CROP_WIDTH ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
            Imgproc.Laplacian(scaled, laplacian, CvType.CV_64F);
            Core.meanStdDev(laplacian, mean, stdDev);
            double sd = stdDev.toArray()[0];
            return new QualityMeasures(width, iod, sd * sd, brightness);
        } finally {
            region.release();
            grey.release();
            scaled.release();
            laplacian.release();
            mean.release();
            stdDev.release();
        }
    }

    private static Rect clip(FaceBox box, int cols, int rows) {
        int x0 = (int) Math.max(0, Math.floor(box.x()));
        int y0 = (int) Math.max(0, Math.floor(box.y()));
        int x1 = (int) Math.min(cols, Math.ceil(box.x() + box.width()));
        int y1 = (int) Math.min(rows, Math.ceil(box.y() + box.height()));
        return new Rect(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }
}

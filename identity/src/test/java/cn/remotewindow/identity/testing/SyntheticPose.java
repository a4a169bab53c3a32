package cn.remotewindow.identity.testing;

import cn.remotewindow.identity.OpenCv;
import cn.remotewindow.identity.face.DetectedFace;
import cn.remotewindow.identity.face.FaceBox;
import cn.remotewindow.identity.face.FacePoint;
import cn.remotewindow.identity.face.Landmarks;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Test fixture: makes a still frontal portrait look as if the head had turned or nodded, so that
 * liveness can be tested with real faces although the test photos are single stills.
 *
 * <p>A point at depth {@code z} in front of a head's rotation centre moves by {@code z·sin(angle)} in
 * the image when the head turns (sideways) or nods (downwards). The fixture gives the face a crude depth
 * map and moves every pixel by that amount with a smooth {@code Imgproc.remap}; nothing outside the head
 * moves. What YuNet's box and landmarks then show was measured, not assumed (SyntheticPoseTest and
 * identity/README.md):
 * <ul>
 *   <li><b>Turn</b>: a dome over the whole head (peak 0.6 × box width at the box centre) plus a bump at
 *       the nose tip (0.6 × eye–mouth distance high, σ 0.3 × that distance). The face shifts toward the
 *       turn and the nose further than the eyes and mouth.</li>
 *   <li><b>Nod</b> (head down): a dome peaking at the eye line (0.6 × box width, reaching 0.75 × box
 *       height up and down). The eyes move down most, the forehead is stretched and the lower face
 *       squashed — more forehead, less chin, as a camera slightly above the face sees a nod. YuNet's nose
 *       landmark hardly follows a warped nose, so no nose bump is used for nods: it only cost similarity.</li>
 * </ul>
 * The warps stay fold-free up to about 35°. They are caricatures, good enough for a landmark-based pose
 * estimate and for the embedding to still recognise the person (cosine to the unwarped frame ≥ 0.5 at
 * the angles used in {@code testdata/poses}).
 *
 * <p>Sign convention as {@code HeadPose}: positive yaw = the person turns to <b>their own left</b>
 * (the nose moves toward the image's right in an unmirrored image); positive pitch = head down.
 */
public final class SyntheticPose {

    private SyntheticPose() {
    }

    /**
     * A copy of {@code bgr} with the head around {@code face} turned by {@code yawDegrees} and nodded
     * down by {@code pitchDegrees} (negative = up). The caller releases the result.
     */
    public static Mat rotate(Mat bgr, DetectedFace face, double yawDegrees, double pitchDegrees) {
        OpenCv.load();
        Depth depth = Depth.of(face);
        double sinYaw = Math.sin(Math.toRadians(yawDegrees));
        double sinPitch = Math.sin(Math.toRadians(pitchDegrees));
        int cols = bgr.cols();
        int rows = bgr.rows();
        float[] mapX = new float[cols * rows];
        float[] mapY = new float[cols * rows];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                // Destination (x, y) shows the source point p with p + shift(p) = (x, y). Solved by
                // fixed-point iteration: the shift's slope stays well below 1, so it converges fast.
                double px = x;
                double py = y;
                for (int i = 0; i < 6; i++) {
                    double sideways = depth.turnDepth(px, py) * sinYaw;
                    double down = depth.nodDepth(px, py) * sinPitch;
                    px = x - sideways;
                    py = y - down;
                }
                mapX[y * cols + x] = (float) px;
                mapY[y * cols + x] = (float) py;
            }
        }
        Mat mx = new Mat(rows, cols, CvType.CV_32FC1);
        Mat my = new Mat(rows, cols, CvType.CV_32FC1);
        try {
            mx.put(0, 0, mapX);
            my.put(0, 0, mapY);
            Mat out = new Mat();
            Imgproc.remap(bgr, out, mx, my, Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
            return out;
        } finally {
            mx.release();
            my.release();
        }
    }

    /**
     * Crops and scales a portrait to a camera-sized frame with the face centred horizontally, its
     * eye–mouth centre at 45 % of the height, and the face box {@code faceWidthPx} wide. Areas outside the
     * portrait repeat its border. The caller releases the result.
     */
    public static Mat frame(Mat portrait, DetectedFace face, Size frameSize, double faceWidthPx) {
        OpenCv.load();
        double scale = faceWidthPx / face.box().width();
        Mat scaled = new Mat();
        Mat padded = new Mat();
        try {
            Imgproc.resize(portrait, scaled,
                    new Size(Math.round(portrait.cols() * scale), Math.round(portrait.rows() * scale)),
                    0, 0, scale < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC);
            Landmarks lm = face.landmarks().scaled(scale);
            FacePoint centre = FacePoint.midpoint(FacePoint.midpoint(lm.rightEye(), lm.leftEye()),
                    FacePoint.midpoint(lm.mouthRight(), lm.mouthLeft()));
            int w = (int) frameSize.width;
            int h = (int) frameSize.height;
            int left = (int) Math.round(centre.x() - w / 2.0);
            int top = (int) Math.round(centre.y() - h * 0.45);
            int padLeft = Math.max(0, -left);
            int padTop = Math.max(0, -top);
            int padRight = Math.max(0, left + w - scaled.cols());
            int padBottom = Math.max(0, top + h - scaled.rows());
            Core.copyMakeBorder(scaled, padded, padTop, padBottom, padLeft, padRight, Core.BORDER_REPLICATE);
            return new Mat(padded, new Rect(left + padLeft, top + padTop, w, h)).clone();
        } finally {
            scaled.release();
            padded.release();
        }
    }

    /** Depth (pixels toward the camera) of the warped face surface, for turns and for nods. */
    private record Depth(double boxCx, double boxCy, double boxW, double boxH, double eyeY,
                         double noseX, double noseY, double noseHeight, double noseSigma2) {

        static Depth of(DetectedFace face) {
            FaceBox box = face.box();
            Landmarks lm = face.landmarks();
            FacePoint eyes = FacePoint.midpoint(lm.rightEye(), lm.leftEye());
            double eyeToMouth = eyes.distanceTo(FacePoint.midpoint(lm.mouthRight(), lm.mouthLeft()));
            double sigma = 0.3 * eyeToMouth;
            return new Depth(box.x() + box.width() / 2, box.y() + box.height() / 2, box.width(), box.height(),
                    eyes.y(), lm.noseTip().x(), lm.noseTip().y(), 0.6 * eyeToMouth, sigma * sigma);
        }

        double turnDepth(double x, double y) {
            double dx = x - noseX;
            double dy = y - noseY;
            double nose = noseHeight * Math.exp(-(dx * dx + dy * dy) / (2 * noseSigma2));
            return dome(x, y, boxCy, 0.9 * boxW, 0.9 * boxH, 0.8) + nose;
        }

        double nodDepth(double x, double y) {
            return dome(x, y, eyeY, 0.9 * boxW, 0.75 * boxH, 0.6);
        }

        /** cos-shaped dome 0.6 box widths high, centred at (box centre x, cy), zero outside the ellipse. */
        private double dome(double x, double y, double cy, double rx, double ry, double height) {
            double u = (x - boxCx) / rx;
            double v = (y - cy) / ry;
            double r = Math.sqrt(u * u + v * v);
            return r >= 1 ? 0 : height * boxW * Math.cos(Math.PI / 2 * r);
        }
    }
}

package cn.remotewindow.identity.face;

/**
 * Head orientation estimated from one detected face, in <b>normalised units</b> (not degrees), from the
 * <b>citizen's</b> point of view in an <b>unmirrored</b> camera image.
 *
 * <ul>
 *   <li>{@code yaw} &gt; 0: the citizen turned to <b>their own left</b>, which moves the nose toward the
 *       image's right side; &lt; 0: turned to their own right.</li>
 *   <li>{@code pitch} &gt; 0: head tilted <b>down</b> (chin toward the chest, the first half of a nod);
 *       &lt; 0: looking up.</li>
 * </ul>
 * A mirrored image (as a selfie preview shows) flips the sign of {@code yaw}. About 0 means straight at
 * the camera; a real head turned by about 20° measured about 0.15 (obama2.jpg, see identity/README.md).
 *
 * <p>Each value is the mean of two estimates, because YuNet's box and its landmarks come from separate
 * regressors and its landmarks alone follow a nod only weakly. All positions are taken after undoing roll
 * (the eye line rotated to horizontal about the box centre):
 * <ul>
 *   <li>yaw: (a) the nose tip's horizontal offset from the facial midline (the line through the eye
 *       midpoint and the mouth midpoint) divided by the eye–mouth distance; (b) the nose tip's horizontal
 *       offset from the box centre divided by the box width.</li>
 *   <li>pitch: (a) where the nose tip lies between the eye line (0) and the mouth line (1), minus its
 *       typical frontal value {@value #FRONTAL_NOSE_RATIO}; (b) where the eye line lies between the top
 *       (0) and the bottom (1) of the box, minus its typical frontal value {@value #FRONTAL_EYE_LEVEL}.</li>
 * </ul>
 */
public record HeadPose(double yaw, double pitch) {

    /** Nose tip between eye line (0) and mouth line (1) on frontal test portraits (identity/README.md). */
    public static final double FRONTAL_NOSE_RATIO = 0.55;
    /** Eye line between box top (0) and bottom (1) on frontal test portraits (identity/README.md). */
    public static final double FRONTAL_EYE_LEVEL = 0.40;

    /** Estimates the pose of one face; null if its landmarks are degenerate (mouth not below the eyes). */
    public static HeadPose of(DetectedFace face) {
        Landmarks lm = face.landmarks();
        FaceBox box = face.box();
        FacePoint centre = new FacePoint(box.x() + box.width() / 2, box.y() + box.height() / 2);
        // Roll: the angle of the eye line, person's right eye (image left) to left eye (image right).
        double roll = Math.atan2(lm.leftEye().y() - lm.rightEye().y(), lm.leftEye().x() - lm.rightEye().x());
        FacePoint eyes = unroll(FacePoint.midpoint(lm.rightEye(), lm.leftEye()), centre, roll);
        FacePoint mouth = unroll(FacePoint.midpoint(lm.mouthRight(), lm.mouthLeft()), centre, roll);
        FacePoint nose = unroll(lm.noseTip(), centre, roll);
        double eyeToMouth = mouth.y() - eyes.y();
        if (eyeToMouth <= 1e-6 || box.width() <= 0 || box.height() <= 0) {
            return null;
        }
        double along = (nose.y() - eyes.y()) / eyeToMouth;
        double midlineX = eyes.x() + along * (mouth.x() - eyes.x());
        double yawLandmarks = (nose.x() - midlineX) / eyeToMouth;
        double yawBox = nose.x() / box.width();
        double pitchLandmarks = along - FRONTAL_NOSE_RATIO;
        double pitchBox = (eyes.y() + box.height() / 2) / box.height() - FRONTAL_EYE_LEVEL;
        return new HeadPose((yawLandmarks + yawBox) / 2, (pitchLandmarks + pitchBox) / 2);
    }

    /** The point relative to {@code origin}, rotated by -roll (so the eye line is horizontal). */
    private static FacePoint unroll(FacePoint p, FacePoint origin, double roll) {
        double dx = p.x() - origin.x();
        double dy = p.y() - origin.y();
        double cos = Math.cos(-roll);
        double sin = Math.sin(-roll);
        return new FacePoint(dx * cos - dy * sin, dx * sin + dy * cos);
    }

    /** Whether both values are within the given limits of straight ahead. */
    public boolean isFrontal(double maxAbsYaw, double maxAbsPitch) {
        return Math.abs(yaw) <= maxAbsYaw && Math.abs(pitch) <= maxAbsPitch;
    }
}

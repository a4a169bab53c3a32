package cn.remotewindow.identity.face;

import java.util.List;

/**
 * YuNet's five facial landmarks. "Right" and "left" are the <em>person's</em> own sides: in an
 * unmirrored camera image the person's right eye is on the image's left.
 */
public record Landmarks(FacePoint rightEye, FacePoint leftEye, FacePoint noseTip,
                        FacePoint mouthRight, FacePoint mouthLeft) {

    /** In YuNet's (and the ArcFace reference points') order. */
    public List<FacePoint> asList() {
        return List.of(rightEye, leftEye, noseTip, mouthRight, mouthLeft);
    }

    public double interOcularDistance() {
        return rightEye.distanceTo(leftEye);
    }

    public Landmarks scaled(double factor) {
        return new Landmarks(rightEye.scaled(factor), leftEye.scaled(factor), noseTip.scaled(factor),
                mouthRight.scaled(factor), mouthLeft.scaled(factor));
    }
}

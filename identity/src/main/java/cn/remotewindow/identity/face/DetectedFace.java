package cn.remotewindow.identity.face;

/** One face found by the detector: box, five landmarks and the detector's confidence (0..1). */
public record DetectedFace(FaceBox box, Landmarks landmarks, double score) {

    public DetectedFace scaled(double factor) {
        return new DetectedFace(box.scaled(factor), landmarks.scaled(factor), score);
    }
}

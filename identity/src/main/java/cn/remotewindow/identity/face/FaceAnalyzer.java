package cn.remotewindow.identity.face;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.QualityThresholds;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.opencv.core.Mat;

/**
 * Detection, quality gates, head pose and embedding for one image.
 *
 * <p><b>Thread-confined:</b> an instance owns one YuNet detector and one dnn network, neither of which
 * is thread-safe. Use it from one thread at a time (the {@code VerificationJudge} keeps a pool and lends
 * each decision one analyser). Creating one loads and hash-checks both models (about 4 MB).
 */
public final class FaceAnalyzer {

    private final IdentitySettings settings;
    private final YuNetDetector detector;
    private final MobileFaceNetEmbedder embedder;

    /** Loads both models named in the settings; their SHA-256 must match. */
    public FaceAnalyzer(IdentitySettings settings) {
        this.settings = settings;
        this.detector = new YuNetDetector(settings.detector().load(), (float) settings.minDetectionScore(),
                settings.detectionMaxSide());
        this.embedder = new MobileFaceNetEmbedder(settings.recognizer().load());
    }

    /** Analyses a camera frame with the live-frame quality gates. */
    public FrameAnalysis analyze(Mat bgr) {
        return analyze(bgr, settings.liveQuality());
    }

    /**
     * Analyses a BGR image with the given quality gates. The main face is the largest one; its embedding
     * is computed only when it is the only face and at least {@code minFaceWidthPx} wide.
     */
    public FrameAnalysis analyze(Mat bgr, QualityThresholds gates) {
        List<DetectedFace> faces = detector.detect(bgr);
        if (faces.isEmpty()) {
            return new FrameAnalysis(0, null, null, List.of(QualityIssue.NO_FACE), null, null);
        }
        DetectedFace main = faces.get(0);
        QualityMeasures measures = QualityMeter.measure(bgr, main);
        HeadPose pose = HeadPose.of(main);
        Set<QualityIssue> issues = EnumSet.noneOf(QualityIssue.class);
        if (faces.size() > 1) {
            issues.add(QualityIssue.MULTIPLE_FACES);
        }
        if (measures.faceWidthPx() < gates.minFaceWidthPx()) {
            issues.add(QualityIssue.FACE_TOO_SMALL);
        }
        if (measures.brightness() < gates.minBrightness()) {
            issues.add(QualityIssue.TOO_DARK);
        } else if (measures.brightness() > gates.maxBrightness()) {
            issues.add(QualityIssue.TOO_BRIGHT);
        } else if (measures.sharpness() < gates.minSharpness()) {
            // Only judged in good light: a dark or washed-out face has little contrast, hence little detail.
            issues.add(QualityIssue.BLURRED);
        }
        if (pose == null || !pose.isFrontal(gates.maxFrontalYaw(), gates.maxFrontalPitch())) {
            issues.add(QualityIssue.NOT_FRONTAL);
        }
        FaceEmbedding embedding = faces.size() == 1 && !issues.contains(QualityIssue.FACE_TOO_SMALL)
                ? embed(bgr, main) : null;
        return new FrameAnalysis(faces.size(), main, pose, List.copyOf(issues), measures, embedding);
    }

    /** All faces at or above the detection score, largest first, in the image's pixels. */
    public List<DetectedFace> detect(Mat bgr) {
        return detector.detect(bgr);
    }

    /** The embedding of one detected face, without any quality gate (for measurements and tooling). */
    public FaceEmbedding embed(Mat bgr, DetectedFace face) {
        Mat aligned = ArcFaceAligner.align(bgr, face.landmarks());
        try {
            return embedder.embed(aligned);
        } finally {
            aligned.release();
        }
    }

    public IdentitySettings settings() {
        return settings;
    }
}

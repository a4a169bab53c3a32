package cn.remotewindow.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything the face-verification engine can be configured with, one typed tree. {@link #defaults()}
 * uses the models shipped in this jar; every default is justified by a measurement in
 * identity/README.md ("Settings and why").
 *
 * @param detector          YuNet face detector (ONNX)
 * @param recognizer        MobileFaceNet face embedding (ONNX)
 * @param minDetectionScore lowest YuNet confidence that counts as a face
 * @param detectionMaxSide  images with a longer side are detected on a copy shrunk to this size
 * @param images            limits on uploaded images, checked before decoding
 * @param liveQuality       quality gates for the kiosk's camera frames
 * @param cardQuality       quality gates for the ID card photo (a chip photo is only 102x126 pixels)
 * @param match             similarity thresholds
 * @param liveness          head-motion challenge thresholds
 * @param analyzers         how many face analysers (each with its own detector and network) the
 *                          {@code VerificationJudge} keeps, i.e. how many decisions run at once
 */
public record IdentitySettings(ModelFile detector, ModelFile recognizer, double minDetectionScore, int detectionMaxSide,
                               ImageLimits images, QualityThresholds liveQuality, QualityThresholds cardQuality,
                               MatchThresholds match, LivenessThresholds liveness, int analyzers) {

    static final String YUNET_SHA256 = "8f2383e4dd3cfbb4553ea8718107fc0423210dc964f9f4280604804ed2552fa4";
    static final String MOBILEFACENET_SHA256 = "b7120c095d60094f28a4a54ba6a8bf51b297a6273fb40ef6350dfec1f63d9507";
    private static final String MODELS = "cn/remotewindow/identity/models/";

    public IdentitySettings {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(recognizer, "recognizer");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(liveQuality, "liveQuality");
        Objects.requireNonNull(cardQuality, "cardQuality");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(liveness, "liveness");
        if (minDetectionScore <= 0 || minDetectionScore >= 1 || detectionMaxSide < 64 || analyzers < 1) {
            throw new IllegalArgumentException("minDetectionScore in (0,1), detectionMaxSide >= 64, analyzers >= 1");
        }
    }

    /** The shipped models and the measured defaults (identity/README.md). */
    public static IdentitySettings defaults() {
        return new IdentitySettings(
                ModelFile.classpath(MODELS + "face_detection_yunet_2023mar.onnx", YUNET_SHA256),
                ModelFile.classpath(MODELS + "MobileFaceNet.onnx", MOBILEFACENET_SHA256),
                0.8,
                640,
                new ImageLimits(4L * 1024 * 1024, 4096, 4096, 64, 64),
                new QualityThresholds(80, 30, 40, 220, 0.15, 0.10),
                new QualityThresholds(40, 15, 40, 225, 0.25, 0.15),
                new MatchThresholds(0.60, 0.50, 0.30),
                new LivenessThresholds(0.10, 0.045, 0.06, 0.03, 7, 30, Duration.ofSeconds(20), Duration.ofSeconds(5)),
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public IdentitySettings withMatch(MatchThresholds value) {
        return new IdentitySettings(detector, recognizer, minDetectionScore, detectionMaxSide, images, liveQuality,
                cardQuality, value, liveness, analyzers);
    }

    public IdentitySettings withLiveness(LivenessThresholds value) {
        return new IdentitySettings(detector, recognizer, minDetectionScore, detectionMaxSide, images, liveQuality,
                cardQuality, match, value, analyzers);
    }

    public IdentitySettings withImages(ImageLimits value) {
        return new IdentitySettings(detector, recognizer, minDetectionScore, detectionMaxSide, value, liveQuality,
                cardQuality, match, liveness, analyzers);
    }

    public IdentitySettings withModels(ModelFile detectorFile, ModelFile recognizerFile) {
        return new IdentitySettings(detectorFile, recognizerFile, minDetectionScore, detectionMaxSide, images,
                liveQuality, cardQuality, match, liveness, analyzers);
    }
}

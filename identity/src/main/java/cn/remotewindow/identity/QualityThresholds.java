package cn.remotewindow.identity;

/**
 * Per-frame quality gates on the main face. A frame that fails any of them is not used for comparison,
 * and the failing gates are reported as {@code QualityIssue}s the kiosk can turn into prompts.
 *
 * @param minFaceWidthPx  narrowest face box, in the analysed image's pixels
 * @param minSharpness    lowest Laplacian variance of the face crop scaled to 112 px wide
 * @param minBrightness   darkest mean luma (0–255) of the face crop
 * @param maxBrightness   brightest mean luma of the face crop
 * @param maxFrontalYaw   largest |yaw| (normalised units, see {@code HeadPose}) that still counts as frontal
 * @param maxFrontalPitch largest |pitch| (normalised units) that still counts as frontal
 */
public record QualityThresholds(double minFaceWidthPx, double minSharpness, double minBrightness,
                                double maxBrightness, double maxFrontalYaw, double maxFrontalPitch) {

    public QualityThresholds {
        if (minFaceWidthPx <= 0 || minSharpness < 0 || minBrightness < 0 || maxBrightness > 255
                || minBrightness >= maxBrightness || maxFrontalYaw <= 0 || maxFrontalPitch <= 0) {
            throw new IllegalArgumentException("inconsistent quality thresholds: " + this);
        }
    }
}

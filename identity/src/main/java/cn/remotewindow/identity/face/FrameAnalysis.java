package cn.remotewindow.identity.face;

import java.util.List;

/**
 * What {@link FaceAnalyzer} found in one image.
 *
 * @param faceCount faces at or above the detection score
 * @param face      the main (largest) face, or null if there is none
 * @param pose      the main face's head pose, or null if there is no face (or its landmarks are degenerate)
 * @param issues    quality gates the frame failed, in {@link QualityIssue} order; empty = usable
 * @param measures  what was measured on the main face, or null if there is none
 * @param embedding the main face's embedding, or null: it is computed only when exactly one face is big
 *                  enough ({@code FACE_TOO_SMALL} and {@code MULTIPLE_FACES} leave it null)
 */
public record FrameAnalysis(int faceCount, DetectedFace face, HeadPose pose, List<QualityIssue> issues,
                            QualityMeasures measures, FaceEmbedding embedding) {

    public FrameAnalysis {
        issues = List.copyOf(issues);
    }

    /** True when no quality gate failed and there is an embedding: the frame may be compared. */
    public boolean usable() {
        return issues.isEmpty() && embedding != null;
    }
}

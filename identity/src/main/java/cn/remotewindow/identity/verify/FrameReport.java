package cn.remotewindow.identity.verify;

import cn.remotewindow.identity.face.HeadPose;
import cn.remotewindow.identity.face.QualityIssue;
import cn.remotewindow.identity.image.ImageProblem;
import java.util.List;

/**
 * What the judge saw in one frame of the burst (evidence: the hash ties it to the stored image).
 *
 * @param index            position in the burst, from 0
 * @param sha256           lower-case hex SHA-256 of the encoded bytes
 * @param capturedAtMillis capture time the kiosk gave
 * @param rejected         why the image was refused, or null if it was decoded
 * @param faceCount        faces found (0 if rejected)
 * @param pose             head pose of the single face, or null
 * @param issues           quality issues; empty for a usable frame
 * @param usable           whether the frame was compared with the card photo: every quality gate passed and
 *                         the head at rest (within the liveness return band of the burst's first pose)
 * @param similarity       cosine similarity to the card photo, or NaN (no embedding on either side, or
 *                         no comparison made because liveness failed)
 */
public record FrameReport(int index, String sha256, long capturedAtMillis, ImageProblem rejected, int faceCount,
                          HeadPose pose, List<QualityIssue> issues, boolean usable, double similarity) {

    public FrameReport {
        issues = List.copyOf(issues);
    }
}

package cn.remotewindow.identity.verify;

import cn.remotewindow.identity.face.QualityIssue;
import cn.remotewindow.identity.image.ImageProblem;
import java.util.List;

/**
 * What the judge saw in the ID card photo.
 *
 * @param sha256    lower-case hex SHA-256 of the encoded bytes
 * @param rejected  why the image was refused, or null if it was decoded
 * @param faceCount faces found (0 if rejected)
 * @param issues    quality issues under the card-photo gates
 */
public record CardReport(String sha256, ImageProblem rejected, int faceCount, List<QualityIssue> issues) {

    public CardReport {
        issues = List.copyOf(issues);
    }
}

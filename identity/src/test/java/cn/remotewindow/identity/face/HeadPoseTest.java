package cn.remotewindow.identity.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.testing.TestFaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;

/**
 * The sign convention, from the citizen's point of view in an unmirrored image: yaw &gt; 0 = turned to
 * their own left (nose toward the image's right), pitch &gt; 0 = head down.
 */
class HeadPoseTest {

    private static FaceAnalyzer analyzer;

    @BeforeAll
    static void loadModels() {
        analyzer = new FaceAnalyzer(IdentitySettings.defaults());
    }

    @Test
    void aManTurnedToHisOwnLeftHasPositiveYawAndHisMirrorImageNegative() {
        // camera.png: the cameraman faces the image's right edge, i.e. he has turned to his own left.
        Mat photo = TestFaces.faceImage("camera.png");
        HeadPose pose = analyzer.analyze(photo).pose();
        Core.flip(photo, photo, 1);
        HeadPose mirrored = analyzer.analyze(photo).pose();
        photo.release();
        assertThat(pose.yaw()).isGreaterThan(0.2);
        assertThat(mirrored.yaw()).isLessThan(-0.2);
    }

    @Test
    void aManTurnedToHisOwnRightHasNegativeYaw() {
        // obama2.jpg: at the lectern, face turned about 20° toward the image's left (his own right).
        Mat photo = TestFaces.faceImage("obama2.jpg");
        HeadPose pose = analyzer.analyze(photo).pose();
        Core.flip(photo, photo, 1);
        HeadPose mirrored = analyzer.analyze(photo).pose();
        photo.release();
        assertThat(pose.yaw()).isLessThan(-0.1);
        assertThat(mirrored.yaw()).isGreaterThan(0.1);
    }

    @Test
    void aFrontalPortraitIsAboutZero() {
        Mat photo = TestFaces.faceImage("obama.jpg");
        HeadPose pose = analyzer.analyze(photo).pose();
        photo.release();
        assertThat(pose.yaw()).isCloseTo(0, within(0.05));
        assertThat(pose.pitch()).isCloseTo(0, within(0.05));
        assertThat(pose.isFrontal(0.05, 0.05)).isTrue();
    }

    @Test
    void geometryOfAnIdealFrontalFaceIsZero() {
        HeadPose pose = HeadPose.of(face(0, 0, 0));
        assertThat(pose.yaw()).isCloseTo(0, within(1e-9));
        assertThat(pose.pitch()).isCloseTo(0, within(1e-9));
    }

    @Test
    void noseTowardTheImageRightIsATurnToTheLeft() {
        assertThat(HeadPose.of(face(12, 0, 0)).yaw()).isPositive();
        assertThat(HeadPose.of(face(-12, 0, 0)).yaw()).isNegative();
    }

    @Test
    void noseAndEyesLowInTheFaceIsHeadDown() {
        assertThat(HeadPose.of(face(0, 10, 0)).pitch()).isPositive();
        assertThat(HeadPose.of(face(0, -10, 0)).pitch()).isNegative();
    }

    @Test
    void rollAloneIsNeitherTurnNorNod() {
        HeadPose pose = HeadPose.of(face(0, 0, Math.toRadians(20)));
        assertThat(pose.yaw()).isCloseTo(0, within(1e-9));
        assertThat(pose.pitch()).isCloseTo(0, within(1e-9));
    }

    @Test
    void degenerateLandmarksHaveNoPose() {
        FacePoint p = new FacePoint(50, 50);
        assertThat(HeadPose.of(new DetectedFace(new FaceBox(0, 0, 100, 100), new Landmarks(p, p, p, p, p), 0.9))).isNull();
    }

    /**
     * A 100x120 box at the origin with landmarks placed so that both estimates are exactly frontal:
     * eye line at 40 % of the box height, nose at 55 % between eyes and mouth. The nose is moved by
     * (noseDx, 0) and the eyes and nose by (0, downDy); everything is rotated by roll about the box centre.
     */
    private static DetectedFace face(double noseDx, double downDy, double roll) {
        double eyeY = 48 + downDy;
        double mouthY = 88;
        double noseY = eyeY + 0.55 * (mouthY - eyeY) + downDy;
        FacePoint centre = new FacePoint(50, 60);
        Landmarks lm = new Landmarks(rot(new FacePoint(30, eyeY), centre, roll), rot(new FacePoint(70, eyeY), centre, roll),
                rot(new FacePoint(50 + noseDx, noseY), centre, roll), rot(new FacePoint(35, mouthY), centre, roll),
                rot(new FacePoint(65, mouthY), centre, roll));
        return new DetectedFace(new FaceBox(0, 0, 100, 120), lm, 0.9);
    }

    private static FacePoint rot(FacePoint p, FacePoint c, double a) {
        double dx = p.x() - c.x();
        double dy = p.y() - c.y();
        return new FacePoint(c.x() + dx * Math.cos(a) - dy * Math.sin(a), c.y() + dx * Math.sin(a) + dy * Math.cos(a));
    }
}

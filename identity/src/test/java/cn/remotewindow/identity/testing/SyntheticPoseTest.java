package cn.remotewindow.identity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.LivenessThresholds;
import cn.remotewindow.identity.face.FaceAnalyzer;
import cn.remotewindow.identity.face.FrameAnalysis;
import cn.remotewindow.identity.face.HeadPose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Mat;
import org.opencv.core.Size;

/** The fixture does what it claims: the analyser measures the intended head motion in its output. */
class SyntheticPoseTest {

    private static final LivenessThresholds T = IdentitySettings.defaults().liveness();
    private static FaceAnalyzer analyzer;

    @BeforeAll
    static void loadModels() {
        analyzer = new FaceAnalyzer(IdentitySettings.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"obama.jpg", "grace_hopper.jpg"})
    void turnsAndNodsAreMeasuredAsSuchWithTheRightSign(String photo) {
        Mat portrait = TestFaces.faceImage(photo);
        Mat framed = SyntheticPose.frame(portrait, analyzer.analyze(portrait).face(), new Size(640, 480), 200);
        FrameAnalysis base = analyzer.analyze(framed);
        assertThat(framed.size()).isEqualTo(new Size(640, 480));
        assertThat(base.issues()).isEmpty();

        HeadPose left = poseOf(SyntheticPose.rotate(framed, base.face(), 30, 0));
        HeadPose right = poseOf(SyntheticPose.rotate(framed, base.face(), -30, 0));
        HeadPose down = poseOf(SyntheticPose.rotate(framed, base.face(), 0, 26));
        HeadPose still = poseOf(SyntheticPose.rotate(framed, base.face(), 0, 0));

        assertThat(left.yaw() - base.pose().yaw()).as("turned to own left").isGreaterThan(T.turnYaw());
        assertThat(right.yaw() - base.pose().yaw()).as("turned to own right").isLessThan(-T.turnYaw());
        assertThat(down.pitch() - base.pose().pitch()).as("head down").isGreaterThan(T.nodPitch());
        assertThat(Math.abs(down.yaw() - base.pose().yaw())).as("a nod is not a turn").isLessThan(T.turnYaw());
        assertThat(still).isEqualTo(base.pose());
        portrait.release();
        framed.release();
    }

    private static HeadPose poseOf(Mat image) {
        FrameAnalysis analysis = analyzer.analyze(image);
        image.release();
        assertThat(analysis.faceCount()).isEqualTo(1);
        return analysis.pose();
    }
}

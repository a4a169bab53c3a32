package cn.remotewindow.identity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.LivenessThresholds;
import cn.remotewindow.identity.ModelFile;
import cn.remotewindow.identity.face.FaceAnalyzer;
import cn.remotewindow.identity.face.FaceEmbedding;
import cn.remotewindow.identity.face.FrameAnalysis;
import cn.remotewindow.identity.face.HeadPose;
import cn.remotewindow.identity.face.QualityIssue;
import cn.remotewindow.identity.liveness.Challenge;
import cn.remotewindow.identity.liveness.LivenessChecker;
import cn.remotewindow.identity.liveness.LivenessResult;
import cn.remotewindow.identity.liveness.Motion;
import cn.remotewindow.identity.liveness.PoseSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Mat;

/**
 * The committed frames in testdata/poses still show what their names say, with margin, so that other
 * modules can play them as a kiosk camera during a liveness challenge.
 */
class PoseFramesTest {

    private static final IdentitySettings SETTINGS = IdentitySettings.defaults();
    private static final LivenessThresholds T = SETTINGS.liveness();
    /** Generated frames must clear the liveness thresholds by this factor. */
    private static final double MARGIN = 1.3;
    private static FaceAnalyzer analyzer;

    @BeforeAll
    static void loadModels() {
        analyzer = new FaceAnalyzer(SETTINGS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"obama", "biden"})
    void framesShowTheirPoseAndFrontalOnesPassEveryQualityGate(String person) {
        HeadPose base = analyse(PoseFrames.frontal(person, 1)).pose();
        for (int n = 1; n <= PoseFrames.FRONTAL_FRAMES; n++) {
            FrameAnalysis a = analyse(PoseFrames.frontal(person, n));
            assertThat(a.issues()).as("frontal-%02d", n).isEmpty();
            assertThat(Math.abs(a.pose().yaw() - base.yaw())).as("frontal-%02d yaw", n).isLessThan(T.returnYaw());
            assertThat(Math.abs(a.pose().pitch() - base.pitch())).as("frontal-%02d pitch", n).isLessThan(T.returnPitch());
        }
        for (int n = 1; n <= PoseFrames.MOTION_FRAMES; n++) {
            FrameAnalysis left = analyse(PoseFrames.frame(person, "left", n));
            FrameAnalysis right = analyse(PoseFrames.frame(person, "right", n));
            FrameAnalysis down = analyse(PoseFrames.frame(person, "down", n));
            assertThat(left.pose().yaw() - base.yaw()).as("left-%02d", n).isGreaterThan(MARGIN * T.turnYaw());
            assertThat(right.pose().yaw() - base.yaw()).as("right-%02d", n).isLessThan(-MARGIN * T.turnYaw());
            assertThat(down.pose().pitch() - base.pitch()).as("down-%02d", n).isGreaterThan(MARGIN * T.nodPitch());
            assertThat(Math.abs(down.pose().yaw() - base.yaw())).as("down-%02d yaw", n).isLessThan(T.turnYaw() / 2);
            for (FrameAnalysis a : List.of(left, right, down)) {
                assertThat(a.faceCount()).isEqualTo(1);
                assertThat(a.issues()).isSubsetOf(QualityIssue.NOT_FRONTAL);
            }
        }
    }

    @Test
    void everyFileIsA640x480JpegAndNoTwoAreIdentical() {
        Set<String> hashes = new HashSet<>();
        int files = 0;
        for (String person : PoseFrames.PEOPLE) {
            for (String pose : List.of("frontal", "left", "right", "down")) {
                int count = pose.equals("frontal") ? PoseFrames.FRONTAL_FRAMES : PoseFrames.MOTION_FRAMES;
                for (int n = 1; n <= count; n++) {
                    byte[] jpeg = PoseFrames.frame(person, pose, n);
                    Mat image = Images.decode(jpeg);
                    assertThat(image.cols()).isEqualTo(640);
                    assertThat(image.rows()).isEqualTo(480);
                    image.release();
                    hashes.add(ModelFile.sha256Hex(jpeg));
                    files++;
                }
            }
        }
        assertThat(hashes).hasSize(files);
    }

    @ParameterizedTest
    @ValueSource(strings = {"obama", "biden"})
    void theSequenceForEveryChallengeOrderPassesLiveness(String person) {
        LivenessChecker checker = new LivenessChecker(SETTINGS);
        Instant issued = Instant.parse("2026-11-22T09:00:00Z");
        List<PoseSample> cache = new ArrayList<>();
        for (List<Motion> order : List.of(List.of(Motion.TURN_LEFT, Motion.TURN_RIGHT, Motion.NOD),
                List.of(Motion.NOD, Motion.TURN_RIGHT, Motion.TURN_LEFT), List.of(Motion.TURN_RIGHT, Motion.NOD, Motion.TURN_LEFT))) {
            Challenge challenge = new Challenge("n", order, issued, issued.plusSeconds(20));
            List<byte[]> frames = PoseFrames.sequence(person, order);
            assertThat(frames).hasSize(10);
            cache.clear();
            for (int i = 0; i < frames.size(); i++) {
                cache.add(new PoseSample(issued.toEpochMilli() + 500 + 400L * i, analyse(frames.get(i)).pose()));
            }
            LivenessResult result = checker.check(challenge, cache, issued.plusSeconds(6));
            assertThat(result.problems()).as(order.toString()).isEmpty();
        }
    }

    @Test
    void turnedAndNoddingFramesStillLookLikeTheSamePerson() {
        FaceEmbedding obama = analyse(PoseFrames.frontal("obama", 1)).embedding();
        FaceEmbedding biden = analyse(PoseFrames.frontal("biden", 1)).embedding();
        for (String pose : List.of("left", "right", "down")) {
            for (int n = 1; n <= PoseFrames.MOTION_FRAMES; n++) {
                assertThat(analyse(PoseFrames.frame("obama", pose, n)).embedding().cosine(obama))
                        .isGreaterThan(SETTINGS.match().sameSubjectFloor());
                assertThat(analyse(PoseFrames.frame("obama", pose, n)).embedding().cosine(biden))
                        .isLessThan(SETTINGS.match().sameSubjectFloor());
            }
        }
    }

    private static FrameAnalysis analyse(byte[] jpeg) {
        Mat image = Images.decode(jpeg);
        try {
            return analyzer.analyze(image);
        } finally {
            image.release();
        }
    }
}

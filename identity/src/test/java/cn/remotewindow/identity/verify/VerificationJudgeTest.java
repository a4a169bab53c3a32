package cn.remotewindow.identity.verify;

import static cn.remotewindow.identity.liveness.Motion.NOD;
import static cn.remotewindow.identity.liveness.Motion.TURN_LEFT;
import static cn.remotewindow.identity.liveness.Motion.TURN_RIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.ModelFile;
import cn.remotewindow.identity.face.FaceAnalyzer;
import cn.remotewindow.identity.face.FaceBox;
import cn.remotewindow.identity.face.QualityIssue;
import cn.remotewindow.identity.image.ImageProblem;
import cn.remotewindow.identity.liveness.Challenge;
import cn.remotewindow.identity.liveness.LivenessProblem;
import cn.remotewindow.identity.liveness.Motion;
import cn.remotewindow.identity.testing.Images;
import cn.remotewindow.identity.testing.PoseFrames;
import cn.remotewindow.identity.testing.TestFaces;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** End to end: ID card photo + challenge + burst of camera frames → machine decision. */
class VerificationJudgeTest {

    private static final Instant ISSUED = Instant.parse("2026-11-22T09:00:00Z");
    private static final List<Motion> ORDER = List.of(TURN_LEFT, NOD, TURN_RIGHT);
    private static final Challenge CHALLENGE = new Challenge("q3Jm0yX1mVqkq2e3x6i7Bg", ORDER, ISSUED, ISSUED.plusSeconds(20));
    private static final Instant RECEIVED = ISSUED.plusSeconds(6);

    private static VerificationJudge judge;
    private static ExecutorService pool;

    @BeforeAll
    static void createJudge() {
        judge = new VerificationJudge(IdentitySettings.defaults());
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    private static List<CapturedFrame> burst(String person, List<Motion> steps) {
        return PoseFrames.burst(person, steps, ISSUED.toEpochMilli() + 800, 400);
    }

    @Test
    void theRightPersonAnsweringTheChallengePasses() {
        List<CapturedFrame> frames = burst("obama", ORDER);
        MachineDecision d = judge.decide(TestFaces.faceBytes("obama2.jpg"), CHALLENGE, frames, RECEIVED);

        assertThat(d.verdict()).isEqualTo(Verdict.PASS);
        assertThat(d.reasons()).containsExactly(DecisionReason.FACE_MATCH, DecisionReason.LIVENESS_PASSED);
        assertThat(d.similarity()).isGreaterThanOrEqualTo(d.thresholds().pass());
        assertThat(d.liveness().passed()).isTrue();
        assertThat(d.liveness().stepFrames()).hasSize(3).allSatisfy(i -> assertThat(i).isBetween(1, 9));
        FrameReport best = d.frames().get(d.bestFrameIndex());
        assertThat(best.usable()).isTrue();
        assertThat(best.similarity()).isGreaterThanOrEqualTo(d.similarity());
        assertThat(d.frames()).hasSize(10);
        for (int i = 0; i < frames.size(); i++) {
            FrameReport r = d.frames().get(i);
            assertThat(r.index()).isEqualTo(i);
            assertThat(r.sha256()).isEqualTo(ModelFile.sha256Hex(frames.get(i).encodedImage()));
            assertThat(r.capturedAtMillis()).isEqualTo(frames.get(i).capturedAtMillis());
            assertThat(r.faceCount()).isEqualTo(1);
            assertThat(r.pose()).isNotNull();
        }
        // Turned frames were analysed but not used for the comparison.
        assertThat(d.frames().get(1).usable()).isFalse();
        assertThat(d.frames().get(1).issues()).containsExactly(QualityIssue.NOT_FRONTAL);
        assertThat(d.frameIssues()).isEmpty();
        assertThat(d.card().sha256()).isEqualTo(ModelFile.sha256Hex(TestFaces.faceBytes("obama2.jpg")));
        assertThat(d.card().faceCount()).isEqualTo(1);
        assertThat(d.models()).extracting(m -> m.id()).containsExactly("yunet-2023mar", "mobilefacenet-foamliu-v1.0");
        assertThat(d.elapsedMillis()).isPositive();
    }

    @Test
    void anotherPersonsCardFailsAsAMismatch() {
        MachineDecision d = judge.decide(TestFaces.faceBytes("biden.jpg"), CHALLENGE, burst("obama", ORDER), RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons()).containsExactly(DecisionReason.FACE_MISMATCH, DecisionReason.LIVENESS_PASSED);
        assertThat(d.similarity()).isLessThan(d.thresholds().reviewFloor());
    }

    @Test
    void bidenPassesAgainstHisOwnPhotoAndFailsAgainstObamas() {
        List<CapturedFrame> frames = burst("biden", ORDER);
        assertThat(judge.decide(TestFaces.faceBytes("biden.jpg"), CHALLENGE, frames, RECEIVED).verdict()).isEqualTo(Verdict.PASS);
        assertThat(judge.decide(TestFaces.faceBytes("obama3.jpg"), CHALLENGE, frames, RECEIVED).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aChipSizedCardPhotoWorks() {
        // The photo on a resident ID card's chip is 102x126: crop obama3.jpg to that, face about 70 px wide.
        Mat photo = TestFaces.faceImage("obama3.jpg");
        FaceBox box = new FaceAnalyzer(IdentitySettings.defaults()).detect(photo).get(0).box();
        double scale = 70 / box.width();
        Mat small = new Mat();
        Imgproc.resize(photo, small, new Size(), scale, scale, Imgproc.INTER_AREA);
        int cx = (int) ((box.x() + box.width() / 2) * scale);
        int cy = (int) ((box.y() + box.height() / 2) * scale);
        byte[] card = Images.jpeg(new Mat(small, new Rect(cx - 51, cy - 60, 102, 126)));
        photo.release();
        small.release();

        MachineDecision d = judge.decide(card, CHALLENGE, burst("obama", ORDER), RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.PASS);
        assertThat(judge.decide(card, CHALLENGE, burst("biden", ORDER), RECEIVED).reasons()).contains(DecisionReason.FACE_MISMATCH);
    }

    @Test
    void motionsInTheWrongOrderFailLivenessAndAreNotCompared() {
        MachineDecision d = judge.decide(TestFaces.faceBytes("obama2.jpg"), CHALLENGE,
                burst("obama", List.of(TURN_RIGHT, NOD, TURN_LEFT)), RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons()).contains(DecisionReason.LIVENESS_FAILED).doesNotContain(DecisionReason.FACE_MATCH);
        assertThat(d.liveness().problems()).contains(LivenessProblem.WRONG_ORDER);
        assertThat(d.similarity()).isNaN();
        assertThat(d.frames()).allSatisfy(f -> assertThat(f.similarity()).isNaN());
    }

    @Test
    void aBurstMixingTwoPeopleDoesNotPass() {
        // Obama makes the motions; Biden's face is shown in the frontal frames between them.
        List<byte[]> frames = new ArrayList<>(PoseFrames.sequence("obama", ORDER));
        frames.set(3, PoseFrames.frontal("biden", 2));
        frames.set(6, PoseFrames.frontal("biden", 3));
        for (String card : List.of("obama2.jpg", "biden.jpg")) {
            MachineDecision d = judge.decide(TestFaces.faceBytes(card), CHALLENGE,
                    PoseFrames.timed(frames, ISSUED.toEpochMilli() + 800, 400), RECEIVED);
            assertThat(d.verdict()).as(card).isNotEqualTo(Verdict.PASS);
            assertThat(d.reasons()).as(card).contains(DecisionReason.IDENTITY_CHANGED_IN_BURST);
        }
    }

    @Test
    void aCardPhotoThatIsNotAnImageFails() {
        byte[] text = "<html>身份证</html>".getBytes(StandardCharsets.UTF_8);
        MachineDecision d = judge.decide(text, CHALLENGE, burst("obama", ORDER), RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons()).first().isEqualTo(DecisionReason.CARD_PHOTO_REJECTED);
        assertThat(d.card().rejected()).isEqualTo(ImageProblem.NOT_AN_IMAGE);
        assertThat(d.liveness().passed()).as("the burst is still judged, as evidence").isTrue();
        assertThat(judge.decide(null, CHALLENGE, burst("obama", ORDER), RECEIVED).reasons())
                .contains(DecisionReason.CARD_PHOTO_REJECTED);
    }

    @Test
    void aCardPhotoWithoutAFaceFails() {
        Mat wall = TestFaces.faceImage("astronaut.png");
        byte[] corner = Images.png(new Mat(wall, new Rect(400, 380, 112, 112)));
        wall.release();
        MachineDecision d = judge.decide(corner, CHALLENGE, burst("obama", ORDER), RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons()).contains(DecisionReason.CARD_PHOTO_NO_FACE);
        assertThat(d.card().faceCount()).isZero();
    }

    @Test
    void aCardPhotoWithSeveralFacesFails() {
        MachineDecision d = judge.decide(TestFaces.faceBytes("faceapi-sample1.jpg"), CHALLENGE, burst("obama", ORDER), RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons()).contains(DecisionReason.CARD_PHOTO_MULTIPLE_FACES);
    }

    @Test
    void aCorruptFrameFailsTheWholeDecision() {
        List<CapturedFrame> frames = new ArrayList<>(burst("obama", ORDER));
        CapturedFrame third = frames.get(2);
        frames.set(2, new CapturedFrame(Arrays.copyOf(third.encodedImage(), 5000), third.capturedAtMillis()));
        MachineDecision d = judge.decide(TestFaces.faceBytes("obama2.jpg"), CHALLENGE, frames, RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons()).first().isEqualTo(DecisionReason.FRAME_REJECTED);
        assertThat(d.frames().get(2).rejected()).isEqualTo(ImageProblem.CORRUPT);
        assertThat(d.similarity()).isNaN();
    }

    @Test
    void aFrameSentTwiceIsTakenForAReplay() {
        List<CapturedFrame> frames = new ArrayList<>(burst("obama", ORDER));
        frames.set(9, new CapturedFrame(frames.get(3).encodedImage(), frames.get(9).capturedAtMillis()));
        MachineDecision d = judge.decide(TestFaces.faceBytes("obama2.jpg"), CHALLENGE, frames, RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons()).contains(DecisionReason.DUPLICATE_FRAMES);
    }

    @Test
    void aLateBurstFails() {
        MachineDecision d = judge.decide(TestFaces.faceBytes("obama2.jpg"), CHALLENGE, burst("obama", ORDER),
                CHALLENGE.deadline().plusSeconds(60));
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.liveness().problems()).containsExactly(LivenessProblem.ARRIVED_LATE);
    }

    @Test
    void tooManyFramesAreRefusedWithoutDecoding() {
        List<byte[]> many = new ArrayList<>();
        for (int i = 0; i <= IdentitySettings.defaults().liveness().maxFrames(); i++) {
            many.add(new byte[]{(byte) i}); // not even images: nothing is decoded
        }
        MachineDecision d = judge.decide(TestFaces.faceBytes("obama2.jpg"), CHALLENGE,
                PoseFrames.timed(many, ISSUED.toEpochMilli() + 100, 100), RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.liveness().problems()).containsExactly(LivenessProblem.TOO_MANY_FRAMES);
        assertThat(d.frames()).hasSize(many.size());
    }

    @Test
    void aBurstTooDarkToUseTellsTheKioskWhatToSay() {
        List<byte[]> dark = new ArrayList<>();
        for (byte[] jpeg : PoseFrames.sequence("obama", ORDER)) {
            Mat image = Images.decode(jpeg);
            image.convertTo(image, -1, 0.2, 0);
            dark.add(Images.jpeg(image));
            image.release();
        }
        MachineDecision d = judge.decide(TestFaces.faceBytes("obama2.jpg"), CHALLENGE,
                PoseFrames.timed(dark, ISSUED.toEpochMilli() + 800, 400), RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.reasons()).contains(DecisionReason.NO_USABLE_FRAME);
        assertThat(d.frameIssues()).first().isEqualTo(QualityIssue.TOO_DARK);
    }

    @Test
    void aMirroredCameraFailsLiveness() {
        List<byte[]> mirrored = new ArrayList<>();
        for (byte[] jpeg : PoseFrames.sequence("obama", ORDER)) {
            Mat image = Images.decode(jpeg);
            Core.flip(image, image, 1);
            mirrored.add(Images.jpeg(image));
            image.release();
        }
        MachineDecision d = judge.decide(TestFaces.faceBytes("obama2.jpg"), CHALLENGE,
                PoseFrames.timed(mirrored, ISSUED.toEpochMilli() + 800, 400), RECEIVED);
        assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(d.liveness().problems()).contains(LivenessProblem.WRONG_ORDER);
    }

    @Test
    void concurrentDecisionsAgreeWithSequentialOnes() throws Exception {
        byte[] card = TestFaces.faceBytes("obama2.jpg");
        List<CapturedFrame> obama = burst("obama", ORDER);
        List<CapturedFrame> biden = burst("biden", ORDER);
        MachineDecision pass = judge.decide(card, CHALLENGE, obama, RECEIVED);
        MachineDecision fail = judge.decide(card, CHALLENGE, biden, RECEIVED);
        List<Future<MachineDecision>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<CapturedFrame> frames = i % 2 == 0 ? obama : biden;
            futures.add(pool.submit(() -> judge.decide(card, CHALLENGE, frames, RECEIVED)));
        }
        for (int i = 0; i < futures.size(); i++) {
            MachineDecision expected = i % 2 == 0 ? pass : fail;
            MachineDecision actual = futures.get(i).get();
            assertThat(actual.verdict()).isEqualTo(expected.verdict());
            assertThat(Double.valueOf(actual.similarity())).isEqualTo(Double.valueOf(expected.similarity()));
            assertThat(actual.reasons()).isEqualTo(expected.reasons());
        }
    }
}

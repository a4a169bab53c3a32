package cn.remotewindow.identity.face;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.QualityThresholds;
import cn.remotewindow.identity.testing.Images;
import cn.remotewindow.identity.testing.PoseFrames;
import cn.remotewindow.identity.testing.TestFaces;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Each live-frame quality gate, on a real frontal frame and on variants made worse in one way. */
class QualityGatesTest {

    private static final QualityThresholds GATES = IdentitySettings.defaults().liveQuality();
    private static FaceAnalyzer analyzer;
    private static Mat frame;

    @BeforeAll
    static void setUp() {
        analyzer = new FaceAnalyzer(IdentitySettings.defaults());
        frame = Images.decode(PoseFrames.frontal("obama", 1));
    }

    @AfterAll
    static void release() {
        frame.release();
    }

    @Test
    void aGoodFrontalFramePassesEveryGate() {
        FrameAnalysis analysis = analyzer.analyze(frame);
        assertThat(analysis.issues()).isEmpty();
        assertThat(analysis.usable()).isTrue();
        assertThat(analysis.embedding().dimension()).isEqualTo(128);
        QualityMeasures m = analysis.measures();
        assertThat(m.faceWidthPx()).isGreaterThan(GATES.minFaceWidthPx());
        assertThat(m.sharpness()).isGreaterThan(GATES.minSharpness());
        assertThat(m.brightness()).isBetween(GATES.minBrightness(), GATES.maxBrightness());
    }

    @Test
    void blurIsReported() {
        Mat blurred = new Mat();
        Imgproc.GaussianBlur(frame, blurred, new Size(0, 0), 4);
        FrameAnalysis analysis = analyzer.analyze(blurred);
        assertThat(analysis.issues()).containsExactly(QualityIssue.BLURRED);
        assertThat(analysis.measures().sharpness()).isLessThan(analyzer.analyze(frame).measures().sharpness() / 5);
        blurred.release();
    }

    @Test
    void darknessIsReported() {
        Mat dark = new Mat();
        frame.convertTo(dark, -1, 0.2, 0);
        FrameAnalysis analysis = analyzer.analyze(dark);
        assertThat(analysis.faceCount()).isEqualTo(1);
        assertThat(analysis.issues()).contains(QualityIssue.TOO_DARK).doesNotContain(QualityIssue.TOO_BRIGHT);
        dark.release();
    }

    @Test
    void glareIsReported() {
        Mat bright = new Mat();
        frame.convertTo(bright, -1, 1.0, 110);
        FrameAnalysis analysis = analyzer.analyze(bright);
        assertThat(analysis.faceCount()).isEqualTo(1);
        assertThat(analysis.issues()).contains(QualityIssue.TOO_BRIGHT).doesNotContain(QualityIssue.TOO_DARK);
        bright.release();
    }

    @Test
    void aDistantFaceIsTooSmallAndGetsNoEmbedding() {
        // The frame shrunk so the face is about 50 px wide, on a grey 640x480 canvas.
        Mat small = new Mat();
        Imgproc.resize(frame, small, new Size(), 0.25, 0.25, Imgproc.INTER_AREA);
        Mat canvas = new Mat(480, 640, CvType.CV_8UC3, new Scalar(128, 128, 128));
        small.copyTo(canvas.submat(new Rect(200, 150, small.cols(), small.rows())));
        FrameAnalysis analysis = analyzer.analyze(canvas);
        assertThat(analysis.faceCount()).isEqualTo(1);
        assertThat(analysis.measures().faceWidthPx()).isLessThan(GATES.minFaceWidthPx());
        assertThat(analysis.issues()).contains(QualityIssue.FACE_TOO_SMALL);
        assertThat(analysis.embedding()).isNull();
        small.release();
        canvas.release();
    }

    @Test
    void anEmptySceneHasNoFace() {
        Mat wall = new Mat(480, 640, CvType.CV_8UC3, new Scalar(180, 170, 160));
        FrameAnalysis analysis = analyzer.analyze(wall);
        assertThat(analysis.faceCount()).isZero();
        assertThat(analysis.issues()).containsExactly(QualityIssue.NO_FACE);
        assertThat(analysis.face()).isNull();
        assertThat(analysis.pose()).isNull();
        wall.release();
    }

    @Test
    void aTurnedHeadIsNotFrontal() {
        Mat turned = Images.decode(PoseFrames.frame("obama", "left", 1));
        FrameAnalysis analysis = analyzer.analyze(turned);
        assertThat(analysis.issues()).containsExactly(QualityIssue.NOT_FRONTAL);
        assertThat(analysis.usable()).isFalse();
        assertThat(analysis.embedding()).as("still embedded: the burst's same-person check uses it").isNotNull();
        turned.release();
    }

    @Test
    void aSecondPersonInThePictureIsReported() {
        Mat group = TestFaces.faceImage("faceapi-sample4.jpg");
        assertThat(analyzer.analyze(group).issues()).contains(QualityIssue.MULTIPLE_FACES);
        group.release();
    }

    @Test
    void everyIssueHasPlainPromptsInBothLanguages() {
        assertThat(Arrays.asList(QualityIssue.values())).allSatisfy(issue -> {
            assertThat(issue.promptZh()).matches(".*\\p{IsHan}.*").doesNotContainPattern("[0-9]");
            assertThat(issue.promptEn()).matches("[A-Z].*\\.");
        });
        assertThat(QualityIssue.FACE_TOO_SMALL.promptZh()).isEqualTo("请靠近一些");
    }

    @Test
    void grayscaleInputWorks() {
        Mat grey = TestFaces.faceImage("camera.png"); // decoded as 3 channels
        assertThat(grey.channels()).isEqualTo(3);
        assertThat(analyzer.analyze(grey).faceCount()).isEqualTo(1);
        Core.flip(grey, grey, 1);
        assertThat(analyzer.analyze(grey).faceCount()).isEqualTo(1);
        grey.release();
    }
}

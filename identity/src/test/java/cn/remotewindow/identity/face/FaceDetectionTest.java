package cn.remotewindow.identity.face;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.testing.TestFaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.Mat;

class FaceDetectionTest {

    private static FaceAnalyzer analyzer;

    @BeforeAll
    static void loadModels() {
        analyzer = new FaceAnalyzer(IdentitySettings.defaults());
    }

    /** Counts checked by eye (testdata/faces/README.md). */
    @ParameterizedTest
    @CsvSource({
        "astronaut.png, 1", "camera.png, 1", "grace_hopper.jpg, 1", "obama.jpg, 1", "obama2.jpg, 1", "obama3.jpg, 1",
        "biden.jpg, 1", "faceapi-sample1.jpg, 3", "faceapi-sample2.jpg, 3", "faceapi-sample3.jpg, 3",
        "faceapi-sample4.jpg, 4", "faceapi-sample5.jpg, 5", "faceapi-sample6.jpg, 4"})
    void findsEveryFaceAndNothingElse(String photo, int faces) {
        Mat image = TestFaces.faceImage(photo);
        try {
            FrameAnalysis analysis = analyzer.analyze(image);
            assertThat(analysis.faceCount()).isEqualTo(faces);
            assertThat(analyzer.detect(image)).hasSize(faces)
                    .allSatisfy(face -> assertThat(face.score()).isGreaterThanOrEqualTo(0.8));
            if (faces > 1) {
                assertThat(analysis.issues()).contains(QualityIssue.MULTIPLE_FACES);
                assertThat(analysis.embedding()).as("no embedding when several faces are present").isNull();
            }
        } finally {
            image.release();
        }
    }
}

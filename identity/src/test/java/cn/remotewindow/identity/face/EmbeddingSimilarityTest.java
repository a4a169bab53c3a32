package cn.remotewindow.identity.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.MatchThresholds;
import cn.remotewindow.identity.testing.TestFaces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

/**
 * Same person passes, different people stay below the review floor (no false match) on every pair the
 * test photos allow. Identities: the three Obama photos are one person; every other face (Biden,
 * astronaut, Grace Hopper, the cameraman, the 22 face-api faces) is taken to be a different person.
 */
class EmbeddingSimilarityTest {

    private static final MatchThresholds MATCH = IdentitySettings.defaults().match();
    private static final List<String> PHOTOS = List.of("obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg",
            "astronaut.png", "grace_hopper.jpg", "camera.png", "faceapi-sample1.jpg", "faceapi-sample2.jpg",
            "faceapi-sample3.jpg", "faceapi-sample4.jpg", "faceapi-sample5.jpg", "faceapi-sample6.jpg");
    /** face label (photo#n) to embedding, and face label to identity. */
    private static final Map<String, FaceEmbedding> FACES = new LinkedHashMap<>();
    private static final Map<String, String> IDENTITY = new LinkedHashMap<>();

    @BeforeAll
    static void embedEveryFace() {
        FaceAnalyzer analyzer = new FaceAnalyzer(IdentitySettings.defaults());
        for (String photo : PHOTOS) {
            Mat image = TestFaces.faceImage(photo);
            List<DetectedFace> faces = analyzer.detect(image);
            for (int i = 0; i < faces.size(); i++) {
                String label = photo + "#" + (i + 1);
                FACES.put(label, analyzer.embed(image, faces.get(i)));
                IDENTITY.put(label, photo.startsWith("obama") ? "obama" : label);
            }
            image.release();
        }
    }

    @Test
    void everyObamaPairPasses() {
        List<String> obama = FACES.keySet().stream().filter(l -> IDENTITY.get(l).equals("obama")).toList();
        assertThat(obama).hasSize(3);
        for (int i = 0; i < obama.size(); i++) {
            for (int j = i + 1; j < obama.size(); j++) {
                assertThat(FACES.get(obama.get(i)).cosine(FACES.get(obama.get(j))))
                        .as(obama.get(i) + " ~ " + obama.get(j)).isGreaterThanOrEqualTo(MATCH.pass());
            }
        }
    }

    @Test
    void noPairOfDifferentPeopleReachesTheReviewFloor() {
        List<String> labels = new ArrayList<>(FACES.keySet());
        assertThat(labels).hasSize(7 + 22);
        int pairs = 0;
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (!IDENTITY.get(labels.get(i)).equals(IDENTITY.get(labels.get(j)))) {
                    pairs++;
                    assertThat(FACES.get(labels.get(i)).cosine(FACES.get(labels.get(j))))
                            .as(labels.get(i) + " ~ " + labels.get(j)).isLessThan(MATCH.reviewFloor());
                }
            }
        }
        assertThat(pairs).isEqualTo(29 * 28 / 2 - 3);
    }

    @Test
    void obamaAndBidenAreFarApart() {
        for (String obama : List.of("obama.jpg#1", "obama2.jpg#1", "obama3.jpg#1")) {
            assertThat(FACES.get(obama).cosine(FACES.get("biden.jpg#1"))).isLessThan(0.3);
        }
    }

    @Test
    void embeddingsAreUnitVectors() {
        FaceEmbedding e = FACES.get("obama.jpg#1");
        assertThat(e.cosine(e)).isCloseTo(1.0, within(1e-6));
        double norm = 0;
        for (float v : e.values()) {
            norm += v * v;
        }
        assertThat(norm).isCloseTo(1.0, within(1e-5));
        assertThat(new FaceEmbedding(new float[]{3, 4}).values()).containsExactly(0.6f, 0.8f);
    }
}

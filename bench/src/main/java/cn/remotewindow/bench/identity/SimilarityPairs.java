package cn.remotewindow.bench.identity;

import cn.remotewindow.identity.face.DetectedFace;
import cn.remotewindow.identity.face.FaceAnalyzer;
import cn.remotewindow.identity.face.FaceEmbedding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Every same-person and different-person pair buildable from testdata/faces, and their cosine
 * similarities.
 *
 * <ul>
 *   <li>Same person: the three Obama photos pairwise (3 real pairs), plus each single-face portrait
 *       against four altered copies of itself — mirrored, darkened ×0.45, shrunk to half size, and
 *       JPEG quality 30 (6 portraits × 4 = 24 pairs).</li>
 *   <li>Different people: every pair of faces of different identities among the originals: the three
 *       Obama photos are one identity, every other face (Biden, astronaut, Grace Hopper, the cameraman,
 *       the 22 face-api faces) its own. The face-api photos carry no identity labels; their faces are
 *       assumed to be different people.</li>
 * </ul>
 */
final class SimilarityPairs {

    static final List<String> PHOTOS = List.of("obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg",
            "astronaut.png", "grace_hopper.jpg", "camera.png", "faceapi-sample1.jpg", "faceapi-sample2.jpg",
            "faceapi-sample3.jpg", "faceapi-sample4.jpg", "faceapi-sample5.jpg", "faceapi-sample6.jpg");
    static final List<String> PORTRAITS = List.of("obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg",
            "astronaut.png", "grace_hopper.jpg");

    /** One scored pair. */
    record Pair(String a, String b, boolean samePerson, double cosine) {
    }

    private SimilarityPairs() {
    }

    static List<Pair> build(FaceAnalyzer analyzer, Path faces) {
        Map<String, FaceEmbedding> embeddings = new LinkedHashMap<>();
        Map<String, String> identity = new LinkedHashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (String photo : PHOTOS) {
            Mat image = Imgcodecs.imread(faces.resolve(photo).toString(), Imgcodecs.IMREAD_COLOR);
            List<DetectedFace> found = analyzer.detect(image);
            for (int i = 0; i < found.size(); i++) {
                String label = photo + "#" + (i + 1);
                embeddings.put(label, analyzer.embed(image, found.get(i)));
                identity.put(label, photo.startsWith("obama") ? "obama" : label);
            }
            if (PORTRAITS.contains(photo)) {
                FaceEmbedding original = embeddings.get(photo + "#1");
                Map<String, Mat> altered = alter(image);
                for (Map.Entry<String, Mat> copy : altered.entrySet()) {
                    List<DetectedFace> inCopy = analyzer.detect(copy.getValue());
                    double cosine = inCopy.isEmpty() ? Double.NEGATIVE_INFINITY
                            : analyzer.embed(copy.getValue(), inCopy.get(0)).cosine(original);
                    pairs.add(new Pair(photo, photo + " " + copy.getKey(), true, cosine));
                    copy.getValue().release();
                }
            }
            image.release();
        }
        List<String> labels = new ArrayList<>(embeddings.keySet());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                String a = labels.get(i);
                String b = labels.get(j);
                pairs.add(new Pair(a, b, identity.get(a).equals(identity.get(b)), embeddings.get(a).cosine(embeddings.get(b))));
            }
        }
        return pairs;
    }

    private static Map<String, Mat> alter(Mat image) {
        Map<String, Mat> copies = new LinkedHashMap<>();
        Mat mirrored = new Mat();
        Core.flip(image, mirrored, 1);
        copies.put("mirrored", mirrored);
        Mat dark = new Mat();
        image.convertTo(dark, -1, 0.45, 0);
        copies.put("darkened x0.45", dark);
        Mat half = new Mat();
        Imgproc.resize(image, half, new Size(), 0.5, 0.5, Imgproc.INTER_AREA);
        copies.put("half size", half);
        MatOfByte jpeg = new MatOfByte();
        Imgcodecs.imencode(".jpg", image, jpeg, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 30));
        copies.put("jpeg q30", Imgcodecs.imdecode(jpeg, Imgcodecs.IMREAD_COLOR));
        jpeg.release();
        return copies;
    }
}

package cn.remotewindow.identity.testing;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.face.FaceAnalyzer;
import cn.remotewindow.identity.face.FrameAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Writes {@code testdata/poses}: deterministic 640x480 JPEG frames of a frontal portrait made to look
 * turned left, turned right or nodding down with {@link SyntheticPose}. Run from the repository root:
 *
 * <pre>mvn -q -o -pl identity -am test-compile
 * java -cp "identity/target/test-classes:identity/target/classes:$(cat identity/target/test-classpath.txt)" \
 *     cn.remotewindow.identity.testing.PoseFrameGenerator testdata/poses</pre>
 *
 * (or simply run {@code PoseFramesTest} after deleting a frame: it names what is missing). Every frame
 * gets its own slight scale/shift jitter and Gaussian sensor noise from a fixed seed, so no two files are
 * identical and a rerun with the same OpenCV build writes the same bytes.
 */
public final class PoseFrameGenerator {

    /** One person's source photo and the angles of their frames. */
    record Person(String name, String photo, double baseYaw) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("obama", "obama.jpg", 0),
            // biden.jpg is turned about 8° to his left; turning him back makes his frontal frames frontal.
            new Person("biden", "biden.jpg", -8));
    static final Size FRAME = new Size(640, 480);
    static final double FACE_WIDTH_PX = 200;
    static final double[] FRONTAL_YAW = {0, 1.5, -1.5, 1, -1, 0.5};
    static final double[] TURN_YAW = {30, 32, 28};
    static final double[] NOD_PITCH = {26, 28, 25};
    static final int JPEG_QUALITY = 90;

    private PoseFrameGenerator() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "testdata/poses");
        FaceAnalyzer analyzer = new FaceAnalyzer(IdentitySettings.defaults());
        for (Person person : PEOPLE) {
            for (Frame frame : render(analyzer, person)) {
                write(out.resolve(person.name()).resolve(frame.fileName()), frame.jpeg());
                System.out.println(person.name() + "/" + frame.fileName() + " " + frame.jpeg().length + " bytes");
            }
        }
    }

    /** A generated frame: file name and JPEG bytes. */
    record Frame(String fileName, byte[] jpeg) {
    }

    /** All frames of one person, in file-name order per pose. */
    static List<Frame> render(FaceAnalyzer analyzer, Person person) {
        Mat photo = TestFaces.faceImage(person.photo());
        FrameAnalysis inPhoto = analyzer.analyze(photo, IdentitySettings.defaults().cardQuality());
        Mat framed = SyntheticPose.frame(photo, inPhoto.face(), FRAME, FACE_WIDTH_PX);
        FrameAnalysis base = analyzer.analyze(framed);
        Random random = new Random(person.name().hashCode());
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < FRONTAL_YAW.length; i++) {
            frames.add(new Frame(PoseFrames.fileName("frontal", i + 1),
                    jpeg(framed, base, person.baseYaw() + FRONTAL_YAW[i], 0, random)));
        }
        for (int i = 0; i < TURN_YAW.length; i++) {
            frames.add(new Frame(PoseFrames.fileName("left", i + 1),
                    jpeg(framed, base, person.baseYaw() + TURN_YAW[i], 0, random)));
        }
        for (int i = 0; i < TURN_YAW.length; i++) {
            frames.add(new Frame(PoseFrames.fileName("right", i + 1),
                    jpeg(framed, base, person.baseYaw() - TURN_YAW[i], 0, random)));
        }
        for (int i = 0; i < NOD_PITCH.length; i++) {
            frames.add(new Frame(PoseFrames.fileName("down", i + 1),
                    jpeg(framed, base, person.baseYaw(), NOD_PITCH[i], random)));
        }
        photo.release();
        framed.release();
        return frames;
    }

    private static byte[] jpeg(Mat framed, FrameAnalysis base, double yaw, double pitch, Random random) {
        Mat posed = SyntheticPose.rotate(framed, base.face(), yaw, pitch);
        // Camera-like jitter: up to ±1 % scale and ±2 px shift about the frame centre, then sensor noise.
        double scale = 1 + (random.nextDouble() - 0.5) * 0.02;
        double dx = (random.nextDouble() - 0.5) * 4;
        double dy = (random.nextDouble() - 0.5) * 4;
        Mat transform = Imgproc.getRotationMatrix2D(new org.opencv.core.Point(FRAME.width / 2, FRAME.height / 2), 0, scale);
        transform.put(0, 2, transform.get(0, 2)[0] + dx);
        transform.put(1, 2, transform.get(1, 2)[0] + dy);
        Mat jittered = new Mat();
        Imgproc.warpAffine(posed, jittered, transform, FRAME, Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
        Mat noise = new Mat(jittered.size(), CvType.CV_16SC3);
        Core.setRNGSeed(random.nextInt());
        Core.randn(noise, 0, 2.0);
        Mat wide = new Mat();
        jittered.convertTo(wide, CvType.CV_16SC3);
        Core.add(wide, noise, wide);
        wide.convertTo(jittered, CvType.CV_8UC3);
        MatOfByte encoded = new MatOfByte();
        Imgcodecs.imencode(".jpg", jittered, encoded, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, JPEG_QUALITY));
        byte[] bytes = encoded.toArray();
        for (Mat m : List.of(posed, transform, jittered, noise, wide, encoded)) {
            m.release();
        }
        return bytes;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package cn.remotewindow.identity.testing;

import cn.remotewindow.identity.OpenCv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * The repository's test images: {@code testdata/faces} (photos, see its README) and {@code testdata/poses}
 * (generated head-motion frames). Found by walking up from the working directory, so it works from any
 * module directory ({@code ../testdata}) and from the repository root.
 */
public final class TestFaces {

    private TestFaces() {
    }

    /** The repository's {@code testdata} directory. */
    public static Path testdata() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("testdata");
            if (Files.isDirectory(candidate.resolve("faces"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no testdata/faces above " + dir);
    }

    /** A photo in {@code testdata/faces}, e.g. {@code obama.jpg}. */
    public static Path face(String name) {
        return testdata().resolve("faces").resolve(name);
    }

    /** The encoded bytes of a photo in {@code testdata/faces}. */
    public static byte[] faceBytes(String name) {
        return read(face(name));
    }

    /** A photo in {@code testdata/faces}, decoded to BGR. The caller releases it. */
    public static Mat faceImage(String name) {
        OpenCv.load();
        Mat image = Imgcodecs.imread(face(name).toString(), Imgcodecs.IMREAD_COLOR);
        if (image.empty()) {
            throw new IllegalStateException("cannot decode " + face(name));
        }
        return image;
    }

    static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

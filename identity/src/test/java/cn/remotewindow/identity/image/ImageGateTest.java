package cn.remotewindow.identity.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.ImageLimits;
import cn.remotewindow.identity.testing.Images;
import cn.remotewindow.identity.testing.TestFaces;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

class ImageGateTest {

    private final ImageGate gate = new ImageGate(IdentitySettings.defaults().images());

    @Test
    void decodesJpegAndPngAndReadsTheirSizeFromTheHeader() throws Exception {
        assertThat(gate.inspect(TestFaces.faceBytes("obama.jpg"))).isEqualTo(new ImageHeader(ImageFormat.JPEG, 910, 1137));
        assertThat(gate.inspect(TestFaces.faceBytes("astronaut.png"))).isEqualTo(new ImageHeader(ImageFormat.PNG, 512, 512));
        Mat grey = gate.decode(TestFaces.faceBytes("camera.png"));
        assertThat(grey.channels()).isEqualTo(3);
        assertThat(grey.cols()).isEqualTo(512);
        grey.release();
    }

    @Test
    void refusesATextFile() {
        byte[] text = "name,id\n张三,110101199003078888\n".getBytes(StandardCharsets.UTF_8);
        assertThat(problem(text)).isEqualTo(ImageProblem.NOT_AN_IMAGE);
        assertThat(problem(new byte[0])).isEqualTo(ImageProblem.NOT_AN_IMAGE);
        assertThat(problem(null)).isEqualTo(ImageProblem.NOT_AN_IMAGE);
    }

    @Test
    void refusesATruncatedJpeg() {
        byte[] jpeg = TestFaces.faceBytes("obama.jpg");
        assertThat(problem(Arrays.copyOf(jpeg, jpeg.length / 2))).isEqualTo(ImageProblem.CORRUPT);
        assertThat(problem(Arrays.copyOf(jpeg, 300))).isEqualTo(ImageProblem.CORRUPT);
    }

    @Test
    void refusesATruncatedPng() {
        byte[] png = TestFaces.faceBytes("astronaut.png");
        assertThat(problem(Arrays.copyOf(png, png.length - 100))).isEqualTo(ImageProblem.CORRUPT);
    }

    @Test
    void refusesAPngWhoseHeaderClaimsAHugeImageWithoutDecodingIt() {
        byte[] bomb = png(100_000, 100_000, new byte[]{1, 2, 3});
        assertThat(bomb.length).isLessThan(100);
        ImageRejectedException e = rejection(bomb);
        assertThat(e.problem()).isEqualTo(ImageProblem.TOO_LARGE_PIXELS);
        assertThat(e.getMessage()).contains("100000x100000");
    }

    @Test
    void refusesAJpegWhoseFrameHeaderClaimsAHugeImage() {
        byte[] jpeg = TestFaces.faceBytes("grace_hopper.jpg").clone();
        int sof = indexOfMarker(jpeg, 0xC0, 0xC2);
        jpeg[sof + 5] = (byte) 0xFF; // height high byte: 65,xxx rows
        assertThat(problem(jpeg)).isEqualTo(ImageProblem.TOO_LARGE_PIXELS);
    }

    @Test
    void refusesMoreBytesThanTheLimit() {
        ImageGate small = new ImageGate(new ImageLimits(100_000, 4096, 4096, 64, 64));
        ImageRejectedException e = catchThrowableOfType(ImageRejectedException.class,
                () -> small.decode(TestFaces.faceBytes("obama.jpg")));
        assertThat(e.problem()).isEqualTo(ImageProblem.TOO_LARGE_BYTES);
        assertThat(e.getMessage()).contains("279922 bytes");
    }

    @Test
    void refusesTooFewPixels() {
        Mat tiny = new Mat(32, 48, CvType.CV_8UC3, new Scalar(120, 120, 120));
        assertThat(problem(Images.png(tiny))).isEqualTo(ImageProblem.TOO_SMALL_PIXELS);
        assertThat(problem(Images.jpeg(tiny))).isEqualTo(ImageProblem.TOO_SMALL_PIXELS);
    }

    @Test
    void refusesAPngWithAPlausibleHeaderButGarbageData() {
        byte[] garbage = new byte[500];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(problem(png(200, 200, garbage))).isEqualTo(ImageProblem.CORRUPT);
    }

    @Test
    void refusesAJpegWithoutAFrameHeader() {
        // SOI, then straight to EOI.
        assertThat(problem(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9, 0, 0})).isEqualTo(ImageProblem.CORRUPT);
    }

    private ImageProblem problem(byte[] data) {
        return rejection(data).problem();
    }

    private ImageRejectedException rejection(byte[] data) {
        ImageRejectedException e = catchThrowableOfType(ImageRejectedException.class, () -> gate.decode(data));
        assertThat(e).as("expected the image to be refused").isNotNull();
        return e;
    }

    private static int indexOfMarker(byte[] data, int... markers) {
        for (int i = 2; i + 1 < data.length; i++) {
            if ((data[i] & 0xFF) == 0xFF) {
                for (int m : markers) {
                    if ((data[i + 1] & 0xFF) == m) {
                        return i;
                    }
                }
            }
        }
        throw new IllegalStateException("no SOF marker");
    }

    /** A PNG: signature, IHDR (8-bit RGB) claiming width x height, one IDAT with the given bytes, IEND. */
    private static byte[] png(int width, int height, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.onvoid.webrtc.media.FourCC;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoBufferConverter;
import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine and its feeds with the native library but without a network: what feeds push is
 * watched on a local track, which needs no peer connection (so these run outside the namespace).
 */
class MediaEngineTest {

    private static MediaEngine engine;

    @BeforeAll
    static void start() {
        engine = MediaEngine.start(AudioSetup.SYNTHETIC);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void theSyntheticCameraPushesNumberedFramesAtItsFormat() {
        try (SyntheticCamera camera = engine.syntheticCamera(VideoFormat.VGA_30)) {
            List<RgbFrame> frames = watch(camera, 5);
            RgbFrame frame = frames.get(frames.size() - 1);
            assertThat(frame.width()).isEqualTo(640);
            assertThat(frame.height()).isEqualTo(480);
            assertThat(TestPattern.readFrameNumber(frame.argb(), 640, 480)).isGreaterThan(0);
            assertThat(camera.framesPushed()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void anImageFileIsLetterboxedIntoTheFeedsFormat(@TempDir Path dir) throws Exception {
        BufferedImage square = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                square.setRGB(x, y, 0x2040e0);
            }
        }
        Path file = dir.resolve("document.png");
        ImageIO.write(square, "png", file.toFile());
        try (ImageCamera camera = engine.imageCamera(file, new VideoFormat(640, 360, 5))) {
            RgbFrame frame = watch(camera, 1).get(0);
            assertThat(frame.width()).isEqualTo(640);
            ColorConversionTest.assertClose(frame.pixel(320, 180), 0x20, 0x40, 0xe0);
            // Black bars left and right of the square picture.
            ColorConversionTest.assertClose(frame.pixel(20, 180), 0, 0, 0);
        }
        assertThatThrownBy(() -> engine.imageCamera(dir.resolve("missing.png"), VideoFormat.VGA_30))
                .isInstanceOf(MediaUnavailableException.class).hasMessageContaining("missing.png");
        Files.writeString(dir.resolve("text.png"), "not an image");
        assertThatThrownBy(() -> engine.imageCamera(dir.resolve("text.png"), VideoFormat.VGA_30))
                .isInstanceOf(MediaUnavailableException.class);
    }

    @Test
    void aPictureCameraShowsWhatItsSourceGivesAndTheGrabberStampsFramesInOrder() throws Exception {
        BufferedImage red = filled(0xd02020);
        BufferedImage blue = filled(0x2040e0);
        java.util.concurrent.atomic.AtomicReference<BufferedImage> current = new java.util.concurrent.atomic.AtomicReference<>(red);
        try (PictureCamera camera = engine.pictureCamera("test-camera", current::get, new VideoFormat(320, 240, 30));
             FrameGrabber grabber = FrameGrabber.open(engine, camera, 320, 240, 15, java.time.Clock.systemUTC())) {
            long start = System.currentTimeMillis();
            FrameGrabber.Grabbed first = grabber.await(start, Duration.ofSeconds(5));
            assertThat(first).isNotNull();
            assertThat(first.capturedAt()).isGreaterThanOrEqualTo(start);
            assertThat(first.image().getWidth()).isEqualTo(320);
            ColorConversionTest.assertClose(first.image().getRGB(160, 120) | 0xff000000, 0xd0, 0x20, 0x20);

            current.set(blue);
            long switched = System.currentTimeMillis() + 200;
            FrameGrabber.Grabbed later = grabber.await(switched, Duration.ofSeconds(5));
            assertThat(later.capturedAt()).isGreaterThan(first.capturedAt());
            ColorConversionTest.assertClose(later.image().getRGB(160, 120) | 0xff000000, 0x20, 0x40, 0xe0);
        }
    }

    @Test
    void aGrabberOnAFeedThatSendsNothingAnswersNull() throws Exception {
        try (PictureCamera camera = engine.pictureCamera("dark", () -> null, new VideoFormat(320, 240, 30));
             FrameGrabber grabber = FrameGrabber.open(engine, camera, 320, 240, 15, java.time.Clock.systemUTC())) {
            assertThat(grabber.await(0, Duration.ofMillis(300))).isNull();
            assertThat(grabber.latest()).isNull();
        }
    }

    private static BufferedImage filled(int rgb) {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 160; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    @Test
    void javaConversionAgreesWithLibyuv() throws Exception {
        TestPattern pattern = new TestPattern(320, 240);
        I420Image image = new I420Image(320, 240);
        pattern.render(77, java.time.LocalTime.NOON, image);
        NativeI420Buffer buffer = NativeI420Buffer.allocate(320, 240);
        try {
            buffer.getDataY().put(0, image.y());
            buffer.getDataU().put(0, image.u());
            buffer.getDataV().put(0, image.v());
            byte[] bgra = new byte[320 * 240 * 4];
            // libyuv's "ARGB" is B, G, R, A in memory.
            VideoBufferConverter.convertFromI420(buffer, bgra, FourCC.ARGB);
            int[] ours = ColorConversion.i420ToArgb(image);
            for (int i = 0; i < ours.length; i += 97) {
                int libyuv = 0xff000000 | (bgra[4 * i + 2] & 0xff) << 16 | (bgra[4 * i + 1] & 0xff) << 8 | (bgra[4 * i] & 0xff);
                ColorConversionTest.assertClose(ours[i], (libyuv >> 16) & 0xff, (libyuv >> 8) & 0xff, libyuv & 0xff);
            }
        } finally {
            buffer.release();
        }
    }

    @Test
    void aFrameIsScaledToTheSizeItIsShownBeforeItIsConverted() {
        try (SyntheticCamera camera = engine.syntheticCamera(VideoFormat.HD_30)) {
            RgbFrame frame = watch(camera, 3, 320, 240).get(2);
            // 16:9 into 320x240 keeps its shape: 320x180.
            assertThat(frame.width()).isEqualTo(320);
            assertThat(frame.height()).isEqualTo(180);
            // The colour bars survive scaling with their channels in place: the second bar is
            // yellow (red high, blue low); the moving box may cover a few of these points.
            int yellow = 0;
            int points = 0;
            for (int y : new int[] {30, 70, 120}) {
                for (int x = 52; x <= 84; x += 8) {
                    int p = frame.pixel(x, y);
                    points++;
                    if (((p >> 16) & 0xff) > 150 && (p & 0xff) < 60) {
                        yellow++;
                    }
                }
            }
            assertThat(yellow).as("yellow points of " + points).isGreaterThan(points / 2);
        }
    }

    @Test
    void aToneNeedsTheSyntheticAudioSetup() {
        try (MediaEngine headless = MediaEngine.start(AudioSetup.HEADLESS)) {
            assertThatThrownBy(() -> headless.toneMicrophone(440))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("SYNTHETIC");
        }
        engine.toneMicrophone(440).close();
    }

    @Test
    void devicesThatAreNotThereAreNamedPlainly() {
        DeviceInventory devices = engine.devices();
        assertThat(devices.describe()).startsWith("cameras: ").contains("sound devices: not used");
        if (devices.cameras().isEmpty()) {
            assertThat(devices.describe()).startsWith("cameras: none");
        }
        assertThatThrownBy(() -> engine.camera("No Such Camera 9000", VideoFormat.VGA_30))
                .isInstanceOf(MediaUnavailableException.class)
                .hasMessageStartingWith("no camera named 'No Such Camera 9000'; cameras present: ");
        assertThatThrownBy(() -> engine.microphone("USB"))
                .isInstanceOf(MediaUnavailableException.class).hasMessageContaining("AudioSetup.DEVICES");
    }

    @Test
    void theDevicesSetupStartsOnlyWhereThereIsSound() {
        try (MediaEngine withDevices = MediaEngine.start(AudioSetup.DEVICES)) {
            // A machine with a sound card: the listing works.
            assertThat(withDevices.devices().describe()).contains("microphones: ");
        } catch (MediaUnavailableException none) {
            assertThat(none).hasMessageStartingWith("no sound devices");
        }
    }

    @Test
    void aDesktopScreenWithoutADisplayIsRefusedPlainly() {
        if (System.getenv("DISPLAY") == null) {
            assertThatThrownBy(() -> engine.desktopScreen(VideoFormat.HD_30))
                    .isInstanceOf(MediaUnavailableException.class).hasMessageContaining("DISPLAY");
        }
    }

    /** Collects {@code count} frames of a feed from a local track (no peer connection needed). */
    private static List<RgbFrame> watch(VideoFeed feed, int count) {
        return watch(feed, count, VideoFormat.MAX_WIDTH, VideoFormat.MAX_HEIGHT);
    }

    private static List<RgbFrame> watch(VideoFeed feed, int count, int maxWidth, int maxHeight) {
        List<RgbFrame> frames = new CopyOnWriteArrayList<>();
        VideoTrack track = engine.factory().createVideoTrack("watch-" + feed.label(), feed.nativeSource());
        NativeFrames.Scratch scratch = new NativeFrames.Scratch();
        dev.onvoid.webrtc.media.video.VideoTrackSink sink = (VideoFrame frame) -> {
            try {
                frames.add(NativeFrames.toRgb(frame, scratch, maxWidth, maxHeight));
            } finally {
                frame.release();
            }
        };
        track.addSink(sink);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> frames.size() >= count);
        } finally {
            track.removeSink(sink);
            track.dispose();
        }
        return frames;
    }
}

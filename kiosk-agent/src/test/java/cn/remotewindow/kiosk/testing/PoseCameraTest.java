package cn.remotewindow.kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.kiosk.media.AudioSetup;
import cn.remotewindow.kiosk.media.FrameGrabber;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.PictureCamera;
import cn.remotewindow.kiosk.screen.VerifyPrompt;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated citizen: the camera shows the pose the kiosk asks for (or, disobedient, another). */
class PoseCameraTest {

    private static MediaEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        engine = MediaEngine.start(AudioSetup.SYNTHETIC);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void anObedientCitizenShowsWhatIsAskedOnTheCamera() throws Exception {
        PosesOnDisk.write(dir);
        PoseCamera citizen = new PoseCamera(dir);
        try (PictureCamera camera = citizen.open(engine);
             FrameGrabber grabber = FrameGrabber.open(engine, camera, 640, 480, 15, Clock.systemUTC())) {
            assertThat(seen(grabber)).isEqualTo(PoseCamera.Pose.FRONTAL);
            for (VerifyPrompt prompt : new VerifyPrompt[] {VerifyPrompt.TURN_LEFT, VerifyPrompt.FACE_SCREEN,
                    VerifyPrompt.NOD, VerifyPrompt.TURN_RIGHT}) {
                citizen.prompted(prompt);
                assertThat(seen(grabber)).as(prompt.name()).isEqualTo(PosesOnDisk.asked(prompt));
            }
            citizen.promptsOver();
            assertThat(seen(grabber)).isEqualTo(PoseCamera.Pose.FRONTAL);
        }
        assertThat(citizen.performed()).containsExactly(PoseCamera.Pose.LEFT, PoseCamera.Pose.NOD,
                PoseCamera.Pose.RIGHT);
    }

    @Test
    void aDisobedientCitizenMakesTheSameMotionsEachInAnothersPlace() throws Exception {
        PosesOnDisk.write(dir);
        PoseCamera citizen = PoseCamera.disobedient(dir);
        for (VerifyPrompt prompt : new VerifyPrompt[] {VerifyPrompt.TURN_LEFT, VerifyPrompt.TURN_RIGHT, VerifyPrompt.NOD}) {
            citizen.prompted(prompt);
            assertThat(citizen.pose()).isNotEqualTo(PosesOnDisk.asked(prompt));
        }
        citizen.prompted(VerifyPrompt.FACE_SCREEN);
        assertThat(citizen.pose()).isEqualTo(PoseCamera.Pose.FRONTAL);
        assertThat(citizen.performed()).containsExactly(PoseCamera.Pose.RIGHT, PoseCamera.Pose.NOD,
                PoseCamera.Pose.LEFT);
    }

    @Test
    void aMotionsImagesPlayInNameOrderAndTheLastIsHeldWithSensorNoise() throws Exception {
        PosesOnDisk.write(dir);
        Files.delete(dir.resolve("left-1.jpg"));
        ImageIO.write(PosesOnDisk.filled(0x600000), "jpg", dir.resolve("left-1.jpg").toFile());
        ImageIO.write(PosesOnDisk.filled(0xd02020), "jpg", dir.resolve("left-2.jpg").toFile());
        PoseCamera citizen = new PoseCamera(dir);
        citizen.prompted(VerifyPrompt.TURN_LEFT);
        assertThat(red(citizen.picture())).as("left-1 first").isBetween(0x50, 0x70);
        Thread.sleep(400);
        BufferedImage held = citizen.picture();
        assertThat(red(held)).as("then left-2").isBetween(0xc0, 0xe0);
        Thread.sleep(200);
        BufferedImage later = citizen.picture();
        assertThat(red(later)).as("left-2 is held").isBetween(0xc0, 0xe0);
        assertThat(samePixels(held, later)).as("but never the same bytes twice, like a real sensor").isFalse();
    }

    private static int red(BufferedImage image) {
        return (image.getRGB(image.getWidth() / 2, image.getHeight() / 2) >> 16) & 0xFF;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void everyPoseNeedsItsImages() throws Exception {
        PosesOnDisk.write(dir);
        Files.delete(dir.resolve("nod-1.jpg"));
        assertThatThrownBy(() -> new PoseCamera(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nod-");
    }

    private static PoseCamera.Pose seen(FrameGrabber grabber) throws InterruptedException {
        FrameGrabber.Grabbed frame = grabber.await(System.currentTimeMillis() + 150, Duration.ofSeconds(5));
        return PosesOnDisk.classify(frame.image());
    }
}

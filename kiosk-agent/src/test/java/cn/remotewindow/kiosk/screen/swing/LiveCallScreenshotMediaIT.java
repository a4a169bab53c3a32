package cn.remotewindow.kiosk.screen.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of the kiosk window during a real call ({@link LiveCallTour}): live video from the
 * expert and the self-view, a prompt, the kiosk's own screen as the expert receives it, the
 * expert's shared screen, the rating. Into {@code target/screenshots/live/}; checked here for
 * moving pictures, and looked at by people.
 */
class LiveCallScreenshotMediaIT {

    private static final long TOUR_TIMEOUT_SECONDS = 240;

    @Test
    void aRealCallOnTheRealKioskWindow() throws Exception {
        Optional<Path> xvfb = VirtualDisplay.findXvfb();
        if (xvfb.isEmpty()) {
            assertThat(Boolean.getBoolean("screenshots.required"))
                    .as("Xvfb is not installed (Debian package xvfb), but screenshots.required is set").isFalse();
            Assumptions.abort("Xvfb is not installed; bin/test installs it");
        }
        // Beside target/screenshots, which the screenshot test empties on every run.
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots")).resolveSibling("screenshots-live");
        Files.createDirectories(out);
        try (VirtualDisplay display = VirtualDisplay.start(xvfb.get(), LiveCallTour.SIZE.width,
                LiveCallTour.SIZE.height, out.resolve("xvfb.log"))) {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath, "-Djava.awt.headless=false", "-Dsun.java2d.uiScale=1",
                    LiveCallTour.class.getName(), out.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(out.resolve("tour.log").toFile());
            builder.environment().put("DISPLAY", display.display());
            Process tour = builder.start();
            if (!tour.waitFor(TOUR_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                tour.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError("live call tour took longer than " + TOUR_TIMEOUT_SECONDS + " s; see tour.log");
            }
            assertThat(tour.exitValue()).as("live call tour exit code; see " + out.resolve("tour.log")).isZero();
        }
        Properties facts = new Properties();
        try (Reader reader = Files.newBufferedReader(out.resolve("live.facts"), StandardCharsets.UTF_8)) {
            facts.load(reader);
        }
        assertThat(Long.parseLong(facts.getProperty("painted.expertVideo"))).as("expert video frames painted").isGreaterThan(30);
        assertThat(Long.parseLong(facts.getProperty("painted.selfVideo"))).as("self-view frames painted").isGreaterThan(10);
        assertThat(Long.parseLong(facts.getProperty("painted.sharedScreen"))).as("shared screen frames painted").isGreaterThan(10);
        assertThat(facts.getProperty(LiveCallTour.EXPERT_SEES + ".size")).as("the kiosk screen at the expert").isEqualTo("1280x720");
        List<String> pictures = new ArrayList<>(List.of(LiveCallTour.SHOTS));
        pictures.add(LiveCallTour.EXPERT_SEES);
        for (String shot : pictures) {
            BufferedImage image = ImageIO.read(out.resolve(shot + ".png").toFile());
            assertThat(dominantColourShare(image)).as(shot + ": share of the commonest colour (blank?)").isLessThan(0.9);
        }
    }

    private static double dominantColourShare(BufferedImage image) throws IOException {
        Map<Integer, Integer> counts = new HashMap<>();
        int total = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                counts.merge(image.getRGB(x, y), 1, Integer::sum);
                total++;
            }
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) total;
    }
}

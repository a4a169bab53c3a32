package cn.remotewindow.kiosk.screen.swing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.screen.ControlNames;
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
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Takes a screenshot of every screen on a real window under Xvfb, at 1920x1080 and at a 1280x800
 * kiosk size, in Chinese and English, into {@code target/screenshots/}; then checks each: the
 * picture is not blank, and at the moment it was taken every text of the screen was on a
 * component, whole, at least 28 px, in a font that has its glyphs, and every button was at least
 * 80 px high and wholly on the screen.
 *
 * <p>Needs Xvfb (Debian package xvfb; bin/test installs it and sets screenshots.required, so the
 * test cannot be skipped there). Without Xvfb and without that property it is skipped.
 */
class ScreenshotTest {

    private static final String[] RUNS = {"1280x800:ZH_CN,EN", "1920x1080:ZH_CN,EN"};
    private static final long TOUR_TIMEOUT_SECONDS = 300;

    @TestFactory
    Stream<DynamicTest> everyScreenOnARealWindow() throws Exception {
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Optional<Path> xvfb = VirtualDisplay.findXvfb();
        if (xvfb.isEmpty()) {
            assertThat(Boolean.getBoolean("screenshots.required"))
                    .as("Xvfb is not installed (Debian package xvfb), but screenshots.required is set").isFalse();
            Assumptions.abort("Xvfb is not installed; bin/test installs it");
        }
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path file : (Iterable<Path>) old::iterator) {
                Files.delete(file);
            }
        }
        try (VirtualDisplay display = VirtualDisplay.start(xvfb.get(), 1920, 1080, out.resolve("xvfb.log"))) {
            runTour(out, display.display());
        }
        List<Path> facts = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            files.filter(f -> f.toString().endsWith(".facts")).sorted().forEach(facts::add);
        }
        assertThat(facts).as("screenshots taken").hasSize(RUNS.length * 2 * ScreenshotTour.SHOTS.size());
        return facts.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString().replace(".facts", ""),
                () -> check(f, Path.of(f.toString().replace(".facts", ".png")))));
    }

    private static void runTour(Path out, String display) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Djava.awt.headless=false", "-Dsun.java2d.uiScale=1",
                ScreenshotTour.class.getName(), out.toString()));
        command.addAll(List.of(RUNS));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("tour.log").toFile());
        builder.environment().put("DISPLAY", display);
        Process tour = builder.start();
        if (!tour.waitFor(TOUR_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            tour.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new AssertionError("screenshot tour took longer than " + TOUR_TIMEOUT_SECONDS + " s; see tour.log");
        }
        assertThat(tour.exitValue()).as("screenshot tour exit code; see " + out.resolve("tour.log")).isZero();
    }

    private static void check(Path factsFile, Path png) throws IOException {
        Properties facts = new Properties();
        try (Reader reader = Files.newBufferedReader(factsFile, StandardCharsets.UTF_8)) {
            facts.load(reader);
        }
        SoftAssertions soft = new SoftAssertions();
        BufferedImage image = ImageIO.read(png.toFile());
        String[] size = facts.getProperty("size").split("x");
        soft.assertThat(image.getWidth()).as("width").isEqualTo(Integer.parseInt(size[0]));
        soft.assertThat(image.getHeight()).as("height").isEqualTo(Integer.parseInt(size[1]));
        soft.assertThat(dominantColourShare(image)).as("share of the commonest colour (blank screen?)").isLessThan(0.95);
        soft.assertThat(facts.getProperty("font")).as("font family: install fonts-noto-cjk").isNotEqualTo("Dialog");
        soft.assertThat(facts.getProperty("missingGlyphs")).as("characters the font cannot draw").isEmpty();
        for (String key : facts.stringPropertyNames()) {
            String value = facts.getProperty(key);
            if (key.startsWith("content.")) {
                String name = key.substring("content.".length());
                String shown = facts.getProperty("shown." + name);
                if (facts.containsKey("cut." + name)) {
                    soft.assertThat(shown).as("cut text on " + name).endsWith("…");
                    soft.assertThat(value).as("cut text on " + name + " is the start of the text")
                            .startsWith(shown == null ? "?" : shown.substring(0, shown.length() - 1));
                } else if (!facts.containsKey("paged." + name)) {
                    soft.assertThat(shown).as("text shown on " + name).isEqualTo(value);
                }
            } else if (key.startsWith("fits.") || key.startsWith("whole.")) {
                soft.assertThat(value).as(key).isEqualTo("true");
            } else if (key.startsWith("height.")) {
                soft.assertThat(Integer.parseInt(value)).as(key).isGreaterThanOrEqualTo(80);
            } else if (key.startsWith("textSize.")) {
                soft.assertThat(Float.parseFloat(value)).as(key).isGreaterThanOrEqualTo(28f);
            } else if (key.startsWith("animating.")) {
                soft.assertThat(value).as(key + " (the waiting indicator moves)").isEqualTo("true");
            }
        }
        if ("IN_CALL".equals(facts.getProperty("screen"))) {
            soft.assertThat(facts.getProperty("video.call.video.expert")).as("expert's picture").isEqualTo("frame");
            soft.assertThat(facts.getProperty("video.call.video.self")).as("self-view").isEqualTo("frame");
            if (facts.containsKey("content." + ControlNames.VERIFY_HEADING)
                    || facts.containsKey("content." + ControlNames.DOC_HEADING)
                    || facts.containsKey("content." + ControlNames.SUM_HEADING)) {
                // An identity check has the large place; the expert stays in sight beside it.
                String[] side = facts.getProperty("slot.call.slot.side", "0x0").split("x");
                soft.assertThat(Integer.parseInt(side[1])).as("height of the expert's picture beside the identity check or the case file")
                        .isGreaterThanOrEqualTo(150);
            } else {
                String[] slot = facts.getProperty("slot.call.slot.main", "0x0").split("x");
                soft.assertThat(Integer.parseInt(slot[1])).as("height of the call's large picture").isGreaterThanOrEqualTo(150);
            }
        }
        if (facts.stringPropertyNames().stream().anyMatch(k -> k.startsWith("paged."))) {
            soft.assertThat(facts.getProperty("shown." + ButtonGrid.NEXT)).as("a way to the tiles on other pages")
                    .isNotNull();
        }
        if (facts.containsKey("frames.received")) {
            long received = Long.parseLong(facts.getProperty("frames.received"));
            long painted = Long.parseLong(facts.getProperty("frames.painted"));
            soft.assertThat(painted).as("frames painted of " + received + " sent at once").isBetween(1L, received - 1);
        }
        soft.assertAll();
    }

    /** The share of sampled pixels that have the most common colour. */
    private static double dominantColourShare(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                counts.merge(image.getRGB(x, y), 1, Integer::sum);
                samples++;
            }
        }
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return top / (double) samples;
    }
}

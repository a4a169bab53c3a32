package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Native screen capture under Xvfb. The capture runs in a child JVM ({@link DesktopScreenCheck})
 * because DISPLAY must be in its environment; Xvfb is started here on a free display number and
 * stopped afterwards. Skipped where Xvfb is not installed (bin/test installs it).
 */
class DesktopScreenTest {

    @Test
    void theWholeScreenIsCapturedUnderXvfb() throws Exception {
        Path xvfb = Path.of("/usr/bin/Xvfb");
        assumeTrue(Files.isExecutable(xvfb), "Xvfb is not installed (Debian package xvfb)");
        int display = freeDisplay();
        Process server = new ProcessBuilder(xvfb.toString(), ":" + display, "-screen", "0", "1280x720x24",
                "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + display);
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(100);
            }
            assertThat(socket).exists();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder check = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    DesktopScreenCheck.class.getName()).redirectErrorStream(true);
            check.environment().put("DISPLAY", ":" + display);
            Process child = check.start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            List<String> result = output.lines().filter(l -> l.startsWith("DESKTOP ")).toList();
            assertThat(result).as("output of the capture JVM:%n%s", output).hasSize(1);
            assertThat(result.get(0)).doesNotContain("frames=0").contains("width=1280 height=720");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A display number with no lock file: parallel runs and a desktop session keep theirs. */
    private static int freeDisplay() throws IOException {
        for (int n = 90 + (int) (ProcessHandle.current().pid() % 50); n < 400; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return n;
            }
        }
        throw new IOException("no free X display number");
    }
}

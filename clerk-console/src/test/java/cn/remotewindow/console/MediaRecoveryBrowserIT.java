package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.UNTIL;
import static cn.remotewindow.console.ConsoleBrowser.framesDecoded;
import static cn.remotewindow.console.ConsoleBrowser.phase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.kiosk.testing.TestKiosk;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Media recovery by ICE restart: mid-call every address of the test's network namespace is
 * replaced (as a new DHCP lease would), so every candidate pair of the call dies while signaling
 * (on loopback) stays up. The console shows that the media is recovering, an ICE restart brings
 * the kiosk's video back on the new addresses, and the session is the same one.
 */
class MediaRecoveryBrowserIT {

    @Test
    void aNetworkChangeMidCallIsRecoveredByAnIceRestart() throws Exception {
        try (SignalingServerProcess server = new SignalingServerProcess().start();
             ConsoleBrowser browser = new ConsoleBrowser()) {
            Page page = browser.newPage();
            ConsoleBrowser.signedIn(page, server.httpUrl());
            ConsoleBrowser.available(page);
            try (TestKiosk kiosk = new TestKiosk(server.httpUrl())) {
                kiosk.requestHouseholdTransfer(false);
                page.waitForSelector("#ring:not([hidden])");
                page.click("#ring-accept");
                await().atMost(UNTIL).until(() -> framesDecoded(page, "camera") > 30);
                String sessionId = kiosk.sessionId();

                renumber();
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    Object state = page.evaluate("window.__console.connectionState()");
                    return "disconnected".equals(state) || "failed".equals(state);
                });
                page.waitForSelector("#call-alert:not([hidden])");

                await().atMost(Duration.ofSeconds(60))
                        .until(() -> "connected".equals(page.evaluate("window.__console.connectionState()")));
                long frames = framesDecoded(page, "camera");
                await().atMost(Duration.ofSeconds(60)).until(() -> framesDecoded(page, "camera") > frames + 60);
                long atKiosk = kiosk.expertCameraFramesReceived();
                await().atMost(UNTIL).until(() -> kiosk.expertCameraFramesReceived() > atKiosk + 30);
                assertThat(phase(page)).isEqualTo("active");
                assertThat(kiosk.sessionId()).isEqualTo(sessionId);
                assertThat(kiosk.screenId()).isEqualTo(ScreenId.IN_CALL);
                ConsoleBrowser.screenshot(page, "15-media-recovered");
            } finally {
                page.context().close();
            }
        }
    }

    /** Replaces both addresses of the namespace's veth pair (bin/java-in-netns), with a new default route. */
    private static void renumber() throws IOException, InterruptedException {
        ip("address", "flush", "dev", "rwmedia0");
        ip("address", "flush", "dev", "rwmedia1");
        ip("address", "add", "198.18.0.5/30", "dev", "rwmedia0");
        ip("address", "add", "198.18.0.6/30", "dev", "rwmedia1");
        ip("route", "replace", "default", "via", "198.18.0.6", "dev", "rwmedia0");
    }

    private static void ip(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}

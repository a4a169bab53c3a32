package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.UNTIL;
import static cn.remotewindow.console.ConsoleBrowser.framesDecoded;
import static cn.remotewindow.console.ConsoleBrowser.phase;
import static cn.remotewindow.console.ConsoleBrowser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.kiosk.testing.TestKiosk;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console in Firefox (Debian's firefox-esr over WebDriver BiDi): the same standard WebRTC and
 * stats the console uses in Chromium must work there too. One whole call: sign in, ring, accept,
 * the kiosk's video decoded in the page, the expert's camera at the kiosk, end with an outcome.
 */
class FirefoxCallBrowserIT {

    private static SignalingServerProcess server;
    private static ConsoleBrowser firefox;

    @BeforeAll
    static void start() {
        server = new SignalingServerProcess().start();
        firefox = ConsoleBrowser.firefox();
    }

    @AfterAll
    static void stop() {
        firefox.close();
        server.close();
    }

    @Test
    void aWholeCallWorksInFirefox() {
        Page page = firefox.newPage();
        ConsoleBrowser.signedIn(page, server.httpUrl());
        ConsoleBrowser.available(page);
        try (TestKiosk kiosk = new TestKiosk(server.httpUrl())) {
            kiosk.requestHouseholdTransfer(false);
            page.waitForSelector("#ring:not([hidden])");
            page.click("#ring-accept");
            await().atMost(UNTIL).until(() -> "active".equals(phase(page)));
            await().atMost(UNTIL).until(() -> framesDecoded(page, "camera") > 10);
            long decoded = framesDecoded(page, "camera");
            await().atMost(UNTIL).until(() -> framesDecoded(page, "camera") > decoded + 20);
            await().atMost(UNTIL).until(() -> kiosk.expertCameraFramesReceived() > 20);
            kiosk.awaitScreen(ScreenId.IN_CALL);
            screenshot(page, "20-firefox-in-call");

            page.fill("#case-number", "410702-2026-000555");
            page.keyboard().press("Alt+KeyE");
            page.waitForSelector("#outcome-dialog[open]");
            page.check("input[value=COMPLETED]");
            page.click("#outcome-submit");
            kiosk.awaitScreen(ScreenId.RATING);
            await().atMost(UNTIL).until(() -> "idle".equals(phase(page)));
            assertThat(page.textContent("#notices")).contains("办结");
        } finally {
            page.context().close();
        }
    }
}

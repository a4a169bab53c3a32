package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.UNTIL;
import static cn.remotewindow.console.ConsoleBrowser.framesDecoded;
import static cn.remotewindow.console.ConsoleBrowser.phase;
import static cn.remotewindow.console.ConsoleBrowser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.kiosk.testing.TestKiosk;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 转办 between two experts' consoles with a real kiosk: 张伟 (PSB) hands the citizen to 刘洋
 * (HRSS) mid-call; the kiosk is not sent back to the start, 刘洋's ring says who handed over and
 * why, and the media comes up between the kiosk and 刘洋's page.
 */
class TransferBrowserIT {

    private static ConsoleBrowser browser;
    private SignalingServerProcess server;
    private TestKiosk kiosk;
    private Page first;
    private Page next;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void start() {
        server = new SignalingServerProcess().start();
        first = browser.newPage();
        ConsoleBrowser.signedIn(first, server.httpUrl());
        ConsoleBrowser.available(first);
        next = browser.newPage();
        ConsoleBrowser.signedIn(next, server.httpUrl(), "liuyang");
        ConsoleBrowser.available(next);
        kiosk = new TestKiosk(server.httpUrl());
        kiosk.requestHouseholdTransfer(false);
        ConsoleBrowser.acceptAndConnect(first);
    }

    @AfterEach
    void stopAll() {
        first.context().close();
        next.context().close();
        kiosk.close();
        server.close();
    }

    @Test
    void theCitizenIsHandedToANamedColleagueWhoSeesTheNoteAndTakesOverTheMedia() {
        String sessionId = kiosk.sessionId();
        first.fill("#case-number", "410702-2026-000777");
        first.click("#btn-transfer");
        first.waitForSelector("#transfer-dialog[open] #transfer-choices:not([hidden])");
        assertThat(first.inputValue("#transfer-expert")).isEqualTo("liuyang");
        assertThat(first.textContent("#transfer-expert")).contains("刘洋").doesNotContain("张伟");
        assertThat(first.textContent("#transfer-skill")).contains("HRSS");
        first.fill("#transfer-note", "还需办理社保转移");
        screenshot(first, "10-transfer-dialog");
        first.click("#transfer-submit");

        next.waitForSelector("#ring:not([hidden]) #ring-handover:not([hidden])");
        assertThat(next.textContent("#ring-handover")).contains("张伟", "还需办理社保转移");
        screenshot(next, "11-ring-transferred");
        await().atMost(UNTIL).until(() -> "idle".equals(phase(first)));
        assertThat(first.textContent("#notices")).contains("刘洋");
        kiosk.awaitScreen(ScreenId.CONNECTING);
        assertThat(kiosk.screen().current().text(ControlNames.CONNECTING_BODY)).contains("张伟");

        next.click("#ring-accept");
        await().atMost(UNTIL).until(() -> "active".equals(phase(next)));
        await().atMost(UNTIL).until(() -> framesDecoded(next, "camera") > 10);
        kiosk.awaitScreen(ScreenId.IN_CALL);
        assertThat(kiosk.screen().current().text(ControlNames.CALL_EXPERT)).contains("刘洋");
        long before = kiosk.expertCameraFramesReceived();
        await().atMost(UNTIL).until(() -> kiosk.expertCameraFramesReceived() > before + 20);
        assertThat(kiosk.sessionId()).as("the same session, not a new request").isEqualTo(sessionId);
        assertThat(next.isVisible("#case-handover")).isTrue();
        assertThat(next.textContent("#case-handover")).contains("还需办理社保转移");
        assertThat(next.inputValue("#case-number")).as("the case number the first expert entered").isEqualTo("410702-2026-000777");
        screenshot(next, "12-call-after-transfer");

        String record = ConsoleBrowser.sessionRecord(first, server.httpUrl(), sessionId);
        assertThat(record).contains("TRANSFERRED", "刘洋", "410702-2026-000777");
    }

    @Test
    void aColleagueWhoStepsAwayMeanwhileIsRefusedInPlainWordsAndTheCallGoesOn() {
        first.click("#btn-transfer");
        first.waitForSelector("#transfer-dialog[open] #transfer-choices:not([hidden])");
        next.click("#btn-away");
        await().atMost(UNTIL).until(() -> "AWAY".equals(next.evaluate("window.__console.presence()")));
        first.click("#transfer-submit");

        first.waitForSelector("#transfer-error:not([hidden])");
        assertThat(first.textContent("#transfer-error")).contains("无法接手", "通话仍在继续");
        assertThat(phase(first)).isEqualTo("active");
        long before = framesDecoded(first, "camera");
        await().atMost(UNTIL).until(() -> framesDecoded(first, "camera") > before + 10);
        assertThat(next.isVisible("#ring")).isFalse();
        first.click("#transfer-cancel");
        assertThat(kiosk.screenId()).isEqualTo(ScreenId.IN_CALL);
    }

}

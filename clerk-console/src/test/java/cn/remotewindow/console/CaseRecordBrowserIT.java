package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.UNTIL;
import static cn.remotewindow.console.ConsoleBrowser.framesDecoded;
import static cn.remotewindow.console.ConsoleBrowser.hook;
import static cn.remotewindow.console.ConsoleBrowser.phase;
import static cn.remotewindow.console.ConsoleBrowser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
 * What needs the server's issue-4 additions (docs: /work/issue4-spec.md, branch console-server):
 * the waiting picture (queue.summary, spec C), the case outcome (outcome.submit, spec D) and the
 * expert's session records (GET /api/sessions/mine and /{id}, spec E).
 */
class CaseRecordBrowserIT {

    private static ConsoleBrowser browser;
    private SignalingServerProcess server;
    private TestKiosk kiosk;
    private Page page;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void startServer() {
        server = new SignalingServerProcess().start();
    }

    @AfterEach
    void stopAll() {
        if (page != null) {
            page.context().close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
        server.close();
    }

    private void inCall() {
        page = browser.newPage();
        ConsoleBrowser.signedIn(page, server.httpUrl());
        ConsoleBrowser.available(page);
        kiosk = new TestKiosk(server.httpUrl());
        kiosk.requestHouseholdTransfer(false);
        ConsoleBrowser.acceptAndConnect(page);
    }


    @Test
    void theWaitingPictureShowsAGreenChannelRequestWithItsWaitTime() {
        page = browser.newPage();
        ConsoleBrowser.signedIn(page, server.httpUrl());
        page.waitForSelector("#waiting-body .queue[data-skill='PSB-HJQY']");
        kiosk = new TestKiosk(server.httpUrl());
        kiosk.requestHouseholdTransfer(true);
        kiosk.awaitScreen(ScreenId.WAITING);
        page.waitForSelector("#waiting-body .queue[data-skill='PSB-HJQY'] .waiters li .badge.green");
        assertThat(page.textContent("#waiting-body .queue[data-skill='PSB-HJQY'] .queue-total")).isEqualTo("等候 1 人");
        assertThat(page.textContent("#waiting-body .queue[data-skill='PSB-HJQY'] .waiters li")).contains("红旗区", "已等");
        screenshot(page, "03-idle-waiting");
    }

    @Test
    void aCallEndedWithAnOutcomeIsRecordedOnTheCase() {
        inCall();
        String sessionId = kiosk.sessionId();
        page.fill("#case-number", "410702-2026-000123");
        page.keyboard().press("Alt+KeyE");
        page.waitForSelector("#outcome-dialog[open]");
        page.check("input[value=ACCEPTED_PENDING_DOCUMENTS]");
        page.fill(".doc-name", "户口簿原件");
        page.fill(".doc-due", "2026-12-31");
        page.click("#outcome-submit");
        kiosk.awaitScreen(ScreenId.RATING);
        await().atMost(UNTIL).until(() -> "idle".equals(phase(page)));
        String record = ConsoleBrowser.sessionRecord(page, server.httpUrl(), sessionId);
        assertThat(record).contains("ACCEPTED_PENDING_DOCUMENTS", "410702-2026-000123", "户口簿原件", "2026-12-31");
        page.waitForSelector("#recent-body tr[data-session-id='" + sessionId + "']");
        assertThat(page.textContent("#recent-body tr[data-session-id='" + sessionId + "']")).contains("补正材料");
    }

    @Test
    void afterTheKioskHungUpTheOutcomeIsRecordedAndTheExpertIsAvailableAgain() {
        inCall();
        String sessionId = kiosk.sessionId();
        kiosk.hangUp();
        await().atMost(UNTIL).until(() -> "wrapup".equals(phase(page)));
        await().atMost(UNTIL).until(() -> "AWAY".equals(hook(page, "presence()")));
        page.waitForSelector("#outcome-dialog[open]");
        page.check("input[value=REJECTED]");
        page.fill("#outcome-reason", "不属于本市户籍迁移范围");
        page.click("#outcome-submit");
        await().atMost(UNTIL).until(() -> "idle".equals(phase(page)));
        await().atMost(UNTIL).until(() -> "AVAILABLE".equals(hook(page, "presence()")));
        assertThat(ConsoleBrowser.sessionRecord(page, server.httpUrl(), sessionId)).contains("REJECTED", "不属于本市户籍迁移范围");
    }
}

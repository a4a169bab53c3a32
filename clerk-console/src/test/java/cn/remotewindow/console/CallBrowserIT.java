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
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.PeerStatus;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console in a call with a real kiosk agent: ring, accept, media both ways (through the test's
 * network namespace), mute, screen shares both ways, chat, the kiosk hanging up first, decline,
 * ring timeout, and a lost signaling connection. One browser for the class; a fresh server per
 * test, so that no session held for an away party leaks from one test into the next.
 */
class CallBrowserIT {

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
        server = new SignalingServerProcess("--window.routing.ring-timeout=6s").start();
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

    /** Signed in, available, the kiosk asks for 户籍迁移 and the console rings. */
    private void rung(boolean greenChannel) {
        page = browser.newPage();
        ConsoleBrowser.signedIn(page, server.httpUrl());
        ConsoleBrowser.available(page);
        kiosk = new TestKiosk(server.httpUrl());
        kiosk.requestHouseholdTransfer(greenChannel);
        page.waitForSelector("#ring:not([hidden])");
    }

    /** Rung and accepted; the kiosk's video is decoded in the page. */
    private void inCall() {
        rung(false);
        page.click("#ring-accept");
        page.waitForSelector("#view-call:not([hidden])");
        await().atMost(UNTIL).until(() -> "active".equals(phase(page)));
        await().atMost(UNTIL).until(() -> framesDecoded(page, "camera") > 10);
    }

    @Test
    void aRingIsSeenAndHeardAndTheCallCarriesMediaChatAndScreensBothWays() {
        rung(true);
        // The ring: the request, a countdown that runs, the green channel, the tone sounding.
        assertThat(page.textContent("#ring-item")).isEqualTo("户籍迁移 (PSB-HJQY)");
        assertThat(page.textContent("#ring-place")).contains("红旗区");
        assertThat(page.isVisible("#ring-green")).isTrue();
        String countdown = page.textContent("#ring-countdown");
        assertThat(countdown).matches("\\d+ 秒内接听");
        assertThat((Boolean) hook(page, "ringRunning()")).isTrue();
        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(50))
                .until(() -> ((Number) hook(page, "ringLevel()")).doubleValue() > 0.01);
        await().atMost(Duration.ofSeconds(5)).until(() -> !page.textContent("#ring-countdown").equals(countdown));
        screenshot(page, "04-ringing");

        // Accepted with the shortcut: the ring stops and the call screen shows the case.
        page.keyboard().press("Alt+KeyA");
        page.waitForSelector("#view-call:not([hidden])");
        assertThat((Boolean) hook(page, "ringRunning()")).isFalse();
        assertThat(page.textContent("#case-item")).isEqualTo("户籍迁移 (PSB-HJQY)");
        assertThat(page.textContent("#case-priority")).isEqualTo("绿色通道");
        assertThat(page.textContent("#case-citizen")).contains("终端未提供群众身份信息");
        await().atMost(UNTIL).until(() -> "active".equals(phase(page)));

        // The kiosk's camera is decoded in the page, and keeps coming.
        await().atMost(UNTIL).until(() -> framesDecoded(page, "camera") > 10);
        long decoded = framesDecoded(page, "camera");
        await().atMost(UNTIL).until(() -> framesDecoded(page, "camera") > decoded + 30);
        // The expert's camera reaches the kiosk and is drawn on its screen.
        kiosk.awaitScreen(ScreenId.IN_CALL);
        await().atMost(UNTIL).until(() -> kiosk.expertCameraFramesReceived() > 30 && kiosk.expertFramesShown() > 10);
        // The quality indicator has figures from the stats.
        await().atMost(UNTIL).until(() -> page.textContent("#quality-figures").contains("毫秒"));
        assertThat(page.getAttribute("#quality", "data-level")).isEqualTo("good");
        page.fill("#case-number", "410702-2026-000123");
        page.fill("#case-notes", "户口迁入红旗区，材料齐全");
        screenshot(page, "05-in-call");

        // Mute (Alt+M): the kiosk is told.
        page.keyboard().press("Alt+KeyM");
        await().atMost(UNTIL).until(() -> lastMediaState(kiosk) != null && !lastMediaState(kiosk).audio());
        assertThat(page.getAttribute("#btn-mute", "aria-pressed")).isEqualTo("true");
        page.click("#btn-mute");
        await().atMost(UNTIL).until(() -> lastMediaState(kiosk).audio());

        // Chat both ways: the citizen sees the expert's line; the kiosk's line shows in the page.
        page.fill("#chat-input", "请把身份证放在读卡器上");
        page.press("#chat-input", "Enter");
        await().atMost(UNTIL).until(() -> kiosk.chats().stream().anyMatch(c -> c.from() == Role.EXPERT
                && "请把身份证放在读卡器上".equals(c.text())));
        await().atMost(UNTIL).until(() -> "请把身份证放在读卡器上".equals(kiosk.expertMessage()));
        kiosk.sendChat("好的，已经放好了");
        page.waitForSelector("#chat-log li.them:has-text('好的，已经放好了')");

        // The expert shares a screen: a second track of stream "screen" at the kiosk, shown large.
        page.click("#btn-share");
        await().atMost(UNTIL).until(() -> kiosk.expertScreenFramesReceived() > 10 && kiosk.expertScreenFramesShown() > 3);
        await().atMost(UNTIL).until(() -> lastMediaState(kiosk).screen());
        assertThat(page.textContent("#btn-share .label")).isEqualTo("停止共享");

        // The expert asks for the kiosk's screen: the citizen is shown it is shared, the page decodes it.
        page.click("#btn-kiosk-screen");
        await().atMost(UNTIL).until(kiosk::sharingOwnScreen);
        page.waitForSelector("#kiosk-screen-box:not([hidden])");
        await().atMost(UNTIL).until(() -> framesDecoded(page, "screen") > 3);
        long screenFrames = framesDecoded(page, "screen");
        await().atMost(UNTIL).until(() -> framesDecoded(page, "screen") > screenFrames);
        screenshot(page, "06-kiosk-screen-shown");

        // Stopping both shares.
        page.click("#btn-share");
        await().atMost(UNTIL).until(() -> !lastMediaState(kiosk).screen());
        page.click("#btn-kiosk-screen");
        await().atMost(UNTIL).until(() -> !kiosk.sharingOwnScreen());

        // End: the outcome dialog opens (in the call); 'hang up, record later' leads to wrap-up.
        page.keyboard().press("Alt+KeyE");
        page.waitForSelector("#outcome-dialog[open]");
        page.check("input[value=ACCEPTED_PENDING_DOCUMENTS]");
        page.fill(".doc-name", "户口簿原件");
        screenshot(page, "07-outcome-dialog");
        page.click("#outcome-cancel");
        assertThat(page.isVisible("#outcome-dialog")).isFalse();
        assertThat(phase(page)).isEqualTo("active");
    }

    @Test
    void theKioskHangingUpFirstLeadsToWrapUpWithoutRingsAndBackToAvailable() {
        inCall();
        String caseNumber = "410702-2026-000777";
        page.fill("#case-number", caseNumber);
        kiosk.hangUp();
        await().atMost(UNTIL).until(() -> "wrapup".equals(phase(page)));
        // Presence AWAY at once, so that no ring interrupts the wrap-up.
        await().atMost(UNTIL).until(() -> "AWAY".equals(hook(page, "presence()")));
        page.waitForSelector("#outcome-dialog[open]");
        assertThat(page.textContent("#wrapup-title")).isEqualTo("群众已结束通话");
        assertThat(page.inputValue("#case-number")).isEqualTo(caseNumber);
        assertThat(page.textContent("#presence-state")).isEqualTo("整理中：登记结果后自动恢复接听");
        screenshot(page, "08-wrap-up");

        // Another citizen asks meanwhile: the expert is not rung.
        kiosk.awaitScreen(ScreenId.RATING);
        kiosk.press(cn.remotewindow.kiosk.screen.ControlNames.RATING_SKIP);
        kiosk.awaitScreen(ScreenId.SERVICE_CHOICE);
        kiosk.requestHouseholdTransfer(false);
        kiosk.awaitScreen(ScreenId.WAITING);
        assertThat(page.isVisible("#ring")).isFalse();

        // Finishing the wrap-up (here without an outcome, which needs the server's outcome.submit;
        // OutcomeBrowserIT records one) makes the expert available again, and the waiting citizen rings.
        page.click("#outcome-cancel");
        page.onDialog(dialog -> dialog.accept());
        page.click("#wrapup-skip");
        page.waitForSelector("#ring:not([hidden])");
        assertThat(phase(page)).isEqualTo("ringing");
    }

    @Test
    void aDeclinedRingGoesAwayAndAnUnansweredOneSetsTheExpertAway() {
        rung(false);
        page.keyboard().press("Alt+KeyD");
        await().atMost(UNTIL).until(() -> page.isHidden("#ring"));
        assertThat((Boolean) hook(page, "ringRunning()")).isFalse();
        assertThat(phase(page)).isEqualTo("idle");
        // Declined requests are never offered to the same expert again: the kiosk waits.
        kiosk.awaitScreen(ScreenId.WAITING);
        assertThat(hook(page, "presence()")).isEqualTo("AVAILABLE");

        // A second kiosk asks; nobody answers within the ring timeout (6 s here).
        try (TestKiosk second = new TestKiosk(server.httpUrl(), "kiosk-weibin-01", "demo-kiosk-weibin-01")) {
            second.requestHouseholdTransfer(false);
            page.waitForSelector("#ring:not([hidden])");
            assertThat(page.textContent("#ring-place")).contains("卫滨区");
            page.waitForSelector("#ring", new Page.WaitForSelectorOptions().setState(
                    com.microsoft.playwright.options.WaitForSelectorState.HIDDEN).setTimeout(15_000));
            await().atMost(UNTIL).until(() -> "AWAY".equals(hook(page, "presence()")));
            page.waitForSelector(".notice:has-text('未在规定时间内接听')");
            assertThat(page.textContent("#presence-state")).isEqualTo("暂离");
        }
    }

    @Test
    void aDroppedSignalingConnectionResumesTheCallAndTheMediaGoesOn() {
        inCall();
        long decoded = framesDecoded(page, "camera");
        int peerStatesBefore = peerStates(kiosk).size();
        hook(page, "dropSignaling()");
        // The kiosk hears that the expert went away and came back; the page is up again.
        await().atMost(UNTIL).until(() -> peerStates(kiosk).stream().skip(peerStatesBefore).anyMatch(p -> !p.connected()));
        await().atMost(UNTIL).until(() -> peerStates(kiosk).stream().skip(peerStatesBefore).anyMatch(PeerStatus::connected));
        await().atMost(UNTIL).until(() -> "up".equals(hook(page, "link()")));
        page.waitForSelector(".notice:has-text('已重新连接')");
        assertThat(phase(page)).isEqualTo("active");
        // Media went on, and signaling works again: a chat line gets through.
        await().atMost(UNTIL).until(() -> framesDecoded(page, "camera") > decoded + 30);
        page.fill("#chat-input", "网络刚才断了一下");
        page.press("#chat-input", "Enter");
        await().atMost(UNTIL).until(() -> kiosk.chats().stream().anyMatch(c -> "网络刚才断了一下".equals(c.text())));
        assertThat(kiosk.screenId()).isEqualTo(ScreenId.IN_CALL);
    }

    private static MediaState lastMediaState(TestKiosk kiosk) {
        List<MediaState> states = kiosk.mediaStates();
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    private static List<PeerStatus> peerStates(TestKiosk kiosk) {
        return kiosk.received().stream().filter(e -> e.body() instanceof PeerStatus).map(e -> (PeerStatus) e.body()).toList();
    }

    @SuppressWarnings("unused")
    private static boolean said(TestKiosk kiosk, String text) {
        return kiosk.chats().stream().map(Chat::text).anyMatch(text::equals);
    }
}

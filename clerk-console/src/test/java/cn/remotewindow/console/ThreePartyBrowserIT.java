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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cross-department call (一件事): 张伟 (PSB), in a call with a kiosk, invites 刘洋 (HRSS). The two
 * consoles open a peer connection of their own (张伟 offers, protocol 8.7) and see each other; the
 * invited colleague also gets the kiosk's video over the kiosk's own pair with them, then leaves
 * and the call with the kiosk goes on.
 */
class ThreePartyBrowserIT {

    private static ConsoleBrowser browser;
    private SignalingServerProcess server;
    private TestKiosk kiosk;
    private Page lead;
    private Page guest;

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
        lead = browser.newPage();
        ConsoleBrowser.signedIn(lead, server.httpUrl());
        ConsoleBrowser.available(lead);
        guest = browser.newPage();
        ConsoleBrowser.signedIn(guest, server.httpUrl(), "liuyang");
        ConsoleBrowser.available(guest);
        kiosk = new TestKiosk(server.httpUrl());
        kiosk.requestHouseholdTransfer(false);
        ConsoleBrowser.acceptAndConnect(lead);
    }

    @AfterEach
    void stopAll() {
        lead.context().close();
        guest.context().close();
        kiosk.close();
        server.close();
    }

    @Test
    void aColleagueInvitedIntoTheCallSeesAndIsSeenByTheLeadAndLeavesWithoutEndingIt() {
        lead.click("#btn-invite");
        lead.waitForSelector("#transfer-dialog[open] #transfer-choices:not([hidden])");
        assertThat(lead.textContent("#transfer-title")).isEqualTo("邀请同事加入通话");
        assertThat(lead.inputValue("#transfer-expert")).isEqualTo("liuyang");
        lead.fill("#transfer-note", "一并办理社保关系转移");
        lead.click("#transfer-submit");

        guest.waitForSelector("#ring:not([hidden]) #ring-handover:not([hidden])");
        assertThat(guest.textContent("#ring-handover-label")).isEqualTo("邀请");
        assertThat(guest.textContent("#ring-handover")).contains("张伟", "一并办理社保关系转移");
        guest.click("#ring-accept");
        await().atMost(UNTIL).until(() -> "active".equals(phase(guest)));
        assertThat(guest.isVisible("#btn-transfer")).as("a guest does not transfer").isFalse();

        await().atMost(UNTIL).until(() -> framesDecoded(lead, "colleague") > 10);
        await().atMost(UNTIL).until(() -> framesDecoded(guest, "colleague") > 10);
        // The kiosk's own pair with the colleague: the citizen's camera in the colleague's page.
        await().atMost(UNTIL).until(() -> framesDecoded(guest, "camera") > 10);
        assertThat(lead.textContent("#colleague-label")).isEqualTo("刘洋");
        assertThat(guest.textContent("#colleague-label")).isEqualTo("张伟");
        assertThat(lead.textContent("#notices")).contains("刘洋");
        screenshot(lead, "13-three-party-lead");
        screenshot(guest, "14-three-party-guest");

        assertThat(guest.textContent("#btn-end")).contains("离开通话");
        guest.click("#btn-end");
        await().atMost(UNTIL).until(() -> "idle".equals(phase(guest)));
        lead.waitForSelector("#colleague-box", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        assertThat(phase(lead)).isEqualTo("active");
        long before = framesDecoded(lead, "camera");
        await().atMost(UNTIL).until(() -> framesDecoded(lead, "camera") > before + 10);
        assertThat(kiosk.screenId()).isEqualTo(ScreenId.IN_CALL);
        assertThat(guest.isVisible("#outcome-dialog")).as("the lead records the outcome, not the guest").isFalse();
    }
}

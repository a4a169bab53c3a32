package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in and out, presence, language: the console without a call. */
class SignInBrowserIT {

    private static SignalingServerProcess server;
    private static ConsoleBrowser browser;
    private Page page;

    @BeforeAll
    static void start() {
        server = new SignalingServerProcess().start();
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void aWrongPasswordIsSaidInPlainWordsAndTheRightOneSignsIn() {
        page = browser.newPage();
        ConsoleBrowser.open(page, server.httpUrl());
        assertThat(page.title()).isEqualTo("远程虚拟窗口 · 专家工作台");
        screenshot(page, "01-login");

        ConsoleBrowser.signIn(page, "zhangwei", "not-the-password");
        page.waitForSelector("#login-error:not([hidden])");
        assertThat(page.textContent("#login-error")).isEqualTo("账号或密码不正确，请重新输入。");
        assertThat(page.isVisible("#view-idle")).isFalse();
        screenshot(page, "02-login-wrong-password");

        ConsoleBrowser.signIn(page, "zhangwei", "demo-zhangwei");
        page.waitForSelector("#view-idle:not([hidden])");
        assertThat(page.textContent("#expert-name")).isEqualTo("张伟");
        assertThat(page.textContent("#expert-skills")).contains("PSB", "PSB-HJQY", "PSB-JZZ");
        await().atMost(ConsoleBrowser.UNTIL).until(() -> "AWAY".equals(ConsoleBrowser.hook(page, "presence()")));
        assertThat(page.textContent("#presence-state")).isEqualTo("暂离");
        // The access token stays in this tab's sessionStorage, never in localStorage.
        assertThat((String) page.evaluate("localStorage.getItem('console.auth')")).isNull();
        assertThat((String) page.evaluate("sessionStorage.getItem('console.auth')")).contains("\"token\"");
    }

    @Test
    void anExpertGoesAvailableAndAwayAndSignsOut() {
        page = browser.newPage();
        ConsoleBrowser.signedIn(page, server.httpUrl());
        ConsoleBrowser.available(page);
        assertThat(page.textContent("#presence-state")).isEqualTo("可接听");
        screenshot(page, "03-idle");
        assertThat(page.getAttribute("#btn-available", "aria-pressed")).isEqualTo("true");
        page.click("#btn-away");
        await().atMost(ConsoleBrowser.UNTIL).until(() -> "AWAY".equals(ConsoleBrowser.hook(page, "presence()")));

        page.click("#btn-logout");
        page.waitForSelector("#view-login:not([hidden])");
        assertThat(page.textContent("#login-error")).isEqualTo("您已退出登录。");
        assertThat((String) page.evaluate("sessionStorage.getItem('console.auth')")).isNull();
    }

    @Test
    void theLanguageSwitchesToEnglishAndStaysSwitchedAfterAReload() {
        page = browser.newPage();
        ConsoleBrowser.signedIn(page, server.httpUrl());
        page.click("#btn-lang");
        assertThat(page.textContent("#btn-logout")).isEqualTo("Sign out");
        assertThat(page.textContent("#btn-available")).isEqualTo("Take calls");
        assertThat(page.title()).isEqualTo("Remote Virtual Window · Expert Console");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("en");
        screenshot(page, "09-idle-english");

        page.reload();
        page.waitForSelector("#view-idle:not([hidden])");
        assertThat(page.textContent("#btn-logout")).isEqualTo("Sign out");
        page.click("#btn-lang");
        assertThat(page.textContent("#btn-logout")).isEqualTo("退出登录");
    }

    @Test
    void aServerThatCannotBeReachedIsSaidInPlainWords() {
        page = browser.newPage();
        ConsoleBrowser.open(page, server.httpUrl());
        page.route("**/api/auth/expert", route -> route.abort());
        ConsoleBrowser.signIn(page, "zhangwei", "demo-zhangwei");
        page.waitForSelector("#login-error:not([hidden])");
        assertThat(page.textContent("#login-error")).startsWith("无法连接服务器");
    }

    @Test
    void tooManyFailedSignInsAreThrottledWithTheWaitShown() {
        page = browser.newPage();
        ConsoleBrowser.open(page, server.httpUrl());
        // Another demo expert than the other tests use: failed sign-ins throttle the name.
        for (int i = 0; i < 6; i++) {
            ConsoleBrowser.signIn(page, "wangfang", "wrong-" + i);
            page.waitForSelector("#login-error:not([hidden])");
            page.waitForSelector("#login-submit:not([disabled])");
        }
        assertThat(page.textContent("#login-error")).matches("登录失败次数过多，请 \\d+ 秒后再试。");
    }
}

package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.UNTIL;
import static cn.remotewindow.console.ConsoleBrowser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import cn.remotewindow.signaling.record.SessionRecorder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit log page for auditors (console/audit.html, tab 审计日志) in Chromium against the real
 * server: an auditor signs in on the expert console's own sign-in page with the role switch, lands
 * on the audit pages, sees the chain status in plain words and the newest entries, pages back to
 * the first one, switches language; an entry changed in the database behind the server's back is
 * named by its number. An expert signing in on the same page still gets the workbench.
 */
class AuditLogBrowserIT {

    /** 2026-11-20 09:00 in Shanghai. */
    private static final Instant DAY = Instant.parse("2026-11-20T01:00:00Z");
    private static final int SESSIONS = 6;

    private static ConsoleBrowser browser;
    private static SignalingServerProcess server;
    private Page page;

    @BeforeAll
    static void start() {
        browser = new ConsoleBrowser();
        server = new SignalingServerProcess().start();
        SessionRecorder recorder = server.bean(SessionRecorder.class);
        String[] kiosks = {"kiosk-hongqi-01", "kiosk-weibin-01", "kiosk-yuanyang-01"};
        for (int i = 0; i < SESSIONS; i++) {
            String kiosk = kiosks[i % kiosks.length];
            Instant at = DAY.plusSeconds(i * 1200L);
            CaseRequest request = new CaseRequest(kiosk, kiosk, "红旗区", "PSB-HJQY", "PSB-HJQY", "PSB",
                    "4107-2026-10" + i, Priority.NORMAL, at);
            String session = "s-log-" + i;
            recorder.record(new SessionEvent(session, SessionEvent.Kind.REQUESTED, at, request, null, null, null, null, null, null));
            recorder.record(new SessionEvent(session, SessionEvent.Kind.ACCEPTED, at.plusSeconds(20), request, "zhangwei", null, null, null, null, null));
            recorder.record(new SessionEvent(session, SessionEvent.Kind.CONNECTED, at.plusSeconds(22), request, "zhangwei", null, null, null, null, null));
            recorder.record(new SessionEvent(session, SessionEvent.Kind.OUTCOME, at.plusSeconds(300), request, "zhangwei",
                    null, null, null, new SessionOutcome(CaseOutcome.ACCEPTED, request.caseNumber(), List.of(), null, null), null));
            recorder.recordConfirmed(new SessionEvent(session, SessionEvent.Kind.ENDED, at.plusSeconds(320), request, "zhangwei",
                    Role.EXPERT, EndReason.HANGUP, null, null, null));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        browser.close();
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void anAuditorSignsInOnTheConsolePageAndReadsTheAuditLog() {
        page = browser.newPage();
        ConsoleBrowser.open(page, server.httpUrl());
        page.check("#login-role-admin");
        ConsoleBrowser.signIn(page, "auditor", "demo-auditor");
        page.waitForURL("**/console/audit.html");
        page.waitForSelector("#view-records:not([hidden])");
        assertThat(page.textContent("#admin-name")).isEqualTo("审计员 李敏");
        assertThat(page.isVisible("#view-login")).isFalse();
        // The session list the audit pages open with has been read (and logged) before the log is opened.
        await().atMost(UNTIL).until(() -> page.locator("#records-table tbody tr").count() == SESSIONS);

        page.click("#nav-log");
        page.waitForSelector("#log-chain[data-intact]");
        await().atMost(UNTIL).until(() -> rows().count() == 20);
        assertThat(page.getAttribute("#log-chain", "data-intact")).isEqualTo("true");
        assertThat(page.textContent("#log-chain")).isEqualTo("完整");
        assertThat(page.textContent("#log-chain-detail")).matches("全部 \\d+ 条审计记录校验一致，未发现改动。（校验时间 .+）");
        // Newest first: this very read, the check before it, the session list the pages opened with.
        assertThat(cells(0).subList(2, 5)).containsExactly("审计 auditor", "查阅审计日志ADMIN_AUDIT_READ", "audit_log");
        assertThat(cells(1).get(3)).isEqualTo("校验审计日志ADMIN_AUDIT_VERIFIED");
        assertThat(cells(2).get(3)).isEqualTo("查询办件会话ADMIN_SESSIONS_LISTED");
        long newest = sequence(0);
        assertThat(page.textContent("#log-count")).startsWith("日志共 " + newest + " 条");
        assertThat(page.textContent("#log-page-label")).isEqualTo("第 " + (newest - 19) + "–" + newest + " 条");
        assertThat(page.isDisabled("#btn-log-newer")).isTrue();
        for (int i = 1; i < 20; i++) {
            assertThat(sequence(i)).isEqualTo(newest - i);
        }
        // Tall enough for the chain's status and a whole page of entries in one picture.
        page.setViewportSize(1440, 1560);
        screenshot(page, "24-audit-log");
        page.setViewportSize(1440, 900);

        // Back to the first entry, a page at a time, without overlap.
        long bottom = sequence(19);
        while (!page.isDisabled("#btn-log-older")) {
            page.click("#btn-log-older");
            long expectedTop = bottom - 1;
            await().atMost(UNTIL).until(() -> sequence(0) == expectedTop);
            bottom = sequence(rows().count() - 1);
        }
        assertThat(bottom).isEqualTo(1);
        List<String> first = cells(rows().count() - 1);
        assertThat(first).containsExactly("1", "2026/11/20 09:00:00", "终端 kiosk-hongqi-01", "会话：市民发起请求SESSION_REQUESTED",
                "s-log-0");
        assertThat(cells(rows().count() - 2).get(3)).isEqualTo("会话：专家接听SESSION_ACCEPTED");
        assertThat(cells(rows().count() - 2).get(2)).isEqualTo("专家 zhangwei");

        // Toward the newest again.
        page.click("#btn-log-newer");
        long top = sequence(0);
        await().atMost(UNTIL).until(() -> sequence(rows().count() - 1) > top);

        // English, from what is on the page: switching reads nothing again.
        String count = page.textContent("#log-count");
        page.click("#btn-lang");
        assertThat(page.textContent("#log-chain")).isEqualTo("Intact");
        assertThat(page.textContent("#log-table thead")).isEqualTo("No.TimeWhoActionSubject");
        assertThat(page.textContent("#log-count")).startsWith(count.replaceAll("\\D*(\\d+).*", "$1") + " entries in the log");
        page.click("#btn-lang");
        assertThat(page.textContent("#log-chain")).isEqualTo("完整");
    }

    @Test
    void anEntryChangedBehindTheServersBackIsNamedByItsNumber() throws SQLException {
        page = browser.newPage();
        page.navigate(server.httpUrl().resolve("/console/audit.html").toString());
        page.waitForSelector("#view-login:not([hidden])");
        page.fill("#login-username", "auditor");
        page.fill("#login-password", "demo-auditor");
        page.click("#login-submit");
        page.waitForSelector("#view-records:not([hidden])");
        await().atMost(UNTIL).until(() -> page.locator("#records-table tbody tr").count() == SESSIONS);
        page.click("#nav-log");
        page.waitForSelector("#log-chain[data-intact='true']");

        long target = 7;
        String actor = actorOf(target);
        setActor(target, "EXPERT:someone-else");
        try {
            page.click("#btn-log-verify");
            page.waitForSelector("#log-chain[data-intact='false']");
            assertThat(page.textContent("#log-chain")).isEqualTo("已被改动");
            assertThat(page.textContent("#log-chain-detail")).startsWith("第 7 条被改动：内容与其哈希值不符。");
            while (sequence(rows().count() - 1) > target) {
                long bottom = sequence(rows().count() - 1);
                page.click("#btn-log-older");
                await().atMost(UNTIL).until(() -> sequence(0) == bottom - 1);
            }
            Locator altered = page.locator("#log-table tbody tr[data-sequence='7']");
            assertThat(altered.getAttribute("class")).isEqualTo("broken");
            assertThat(altered.textContent()).contains("专家 someone-else");
            page.setViewportSize(1440, 1560);
            screenshot(page, "25-audit-log-altered");
        } finally {
            setActor(target, actor);
        }
        page.click("#btn-log-verify");
        page.waitForSelector("#log-chain[data-intact='true']");
    }

    @Test
    void anExpertSigningInOnTheSamePageStillGetsTheWorkbench() {
        page = browser.newPage();
        ConsoleBrowser.open(page, server.httpUrl());
        assertThat(page.isChecked("#login-role-expert")).isTrue();
        assertThat(page.textContent(".role-switch")).contains("登录身份", "专家", "审计管理员");

        // An expert's password is not an auditor's.
        page.check("#login-role-admin");
        ConsoleBrowser.signIn(page, "zhangwei", "demo-zhangwei");
        page.waitForSelector("#login-error:not([hidden])");
        assertThat(page.textContent("#login-error")).isEqualTo("账号或密码不正确，请重新输入。");
        assertThat(page.url()).endsWith("/console/");

        page.check("#login-role-expert");
        ConsoleBrowser.signIn(page, "zhangwei", "demo-zhangwei");
        page.waitForSelector("#view-idle:not([hidden])");
        assertThat(page.textContent("#expert-name")).isEqualTo("张伟");
        assertThat(page.url()).endsWith("/console/");
        await().atMost(UNTIL).until(() -> "up".equals(page.evaluate("window.__console.link()")));
    }

    private Locator rows() {
        return page.locator("#log-table tbody tr");
    }

    private List<String> cells(int row) {
        return rows().nth(row).locator("td").allTextContents();
    }

    private long sequence(int row) {
        return Long.parseLong(rows().nth(row).getAttribute("data-sequence"));
    }

    private static Connection database() throws SQLException {
        String url = server.bean(WindowProperties.class).records().url();
        return DriverManager.getConnection(url + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private static String actorOf(long sequence) throws SQLException {
        try (Connection c = database(); PreparedStatement select = c.prepareStatement("SELECT actor FROM audit_log WHERE seq = ?")) {
            select.setLong(1, sequence);
            var result = select.executeQuery();
            result.next();
            return result.getString(1);
        }
    }

    private static void setActor(long sequence, String actor) throws SQLException {
        try (Connection c = database(); PreparedStatement update = c.prepareStatement("UPDATE audit_log SET actor = ? WHERE seq = ?")) {
            update.setString(1, actor);
            update.setLong(2, sequence);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}

package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.UNTIL;
import static cn.remotewindow.console.ConsoleBrowser.awaitImage;
import static cn.remotewindow.console.ConsoleBrowser.hook;
import static cn.remotewindow.console.ConsoleBrowser.overlap;
import static cn.remotewindow.console.ConsoleBrowser.phase;
import static cn.remotewindow.console.ConsoleBrowser.screenshot;
import static cn.remotewindow.console.ConsoleBrowser.verification;
import static cn.remotewindow.console.ConsoleBrowser.verificationPhase;
import static cn.remotewindow.console.FakeConsoleServer.SESSION;
import static cn.remotewindow.console.FakeConsoleServer.TOKEN;
import static cn.remotewindow.console.FakeConsoleServer.envelope;
import static cn.remotewindow.console.FakeConsoleServer.error;
import static cn.remotewindow.console.FakeConsoleServer.verifyState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The identity verification panel on its own: the console in Chromium against a server faked in the
 * browser context ({@link FakeConsoleServer}), so that every phase, problem and error reply of
 * protocol 5.40–5.48 can be shown without a kiosk, and which HTTP requests the panel makes (with
 * which header) can be counted. The whole flow with the real server and kiosk is VerifyBrowserIT.
 */
class VerifyPanelBrowserIT {

    private static ConsoleBrowser browser;
    private Page page;
    private FakeConsoleServer fake;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.context().close();
        }
    }

    private void signedIn() {
        page = browser.newPage();
        fake = new FakeConsoleServer(page.context());
        page.onDialog(dialog -> dialog.accept()); // "start again?" is confirmed
        page.navigate(FakeConsoleServer.ORIGIN + "/console/");
        page.waitForSelector("#view-login:not([hidden])");
        ConsoleBrowser.signIn(page, "zhangwei", "demo-zhangwei");
        page.waitForSelector("#view-idle:not([hidden])");
        await().atMost(UNTIL).until(() -> "up".equals(hook(page, "link()")));
    }

    private void inCall() {
        signedIn();
        fake.ring();
        page.waitForSelector("#ring:not([hidden])");
        page.click("#ring-accept");
        await().atMost(UNTIL).until(() -> "active".equals(phase(page)));
    }

    private void push(String phase, String id, String name, String value) {
        JsonObject state = verifyState(id, phase);
        if (name != null) {
            state.addProperty(name, value);
        }
        fake.push("verify.state", SESSION, state);
    }

    private List<String> notices() {
        return page.locator("#notices .notice p").allTextContents();
    }

    @Test
    void aDecidedVerificationShowsTheEvidenceAndAnOverrideNeedsAReason() {
        inCall();
        assertThat(page.textContent("#btn-verify")).isEqualTo("核验身份");
        assertThat(page.isEnabled("#btn-verify")).isTrue();
        assertThat(verification(page)).isNull();

        page.click("#btn-verify");
        page.waitForSelector("#verify-panel:not([hidden])");
        await().atMost(UNTIL).until(() -> "REQUESTED".equals(verificationPhase(page)));
        assertThat(fake.fromPage("verify.start")).singleElement()
                .satisfies(m -> assertThat(m.get("sessionId").getAsString()).isEqualTo(SESSION));
        assertThat(page.textContent("#verify-status")).isEqualTo("等待市民同意…");
        assertThat(page.textContent("#btn-verify")).isEqualTo("重新核验");
        assertThat(page.textContent("#case-verify")).contains("进行中");

        push("CAPTURING", "v-1", null, null);
        page.waitForSelector("#verify-status:has-text('市民正在读取身份证并按提示转头/点头…')");

        fake.verification("v-1", FakeConsoleServer.decidedDetails("v-1", "NEEDS_REVIEW", 0.52));
        JsonObject decided = verifyState("v-1", "DECIDED");
        decided.addProperty("verdict", "NEEDS_REVIEW");
        decided.add("reasons", FakeConsoleServer.json("{\"r\":[\"SIMILARITY_BORDERLINE\"]}").get("r"));
        decided.addProperty("similarity", 0.52);
        fake.push("verify.state", SESSION, decided);

        awaitImage(page, "verify-card-img");
        awaitImage(page, "verify-live-img");
        assertThat(page.getAttribute("#verify-verdict", "data-verdict")).isEqualTo("NEEDS_REVIEW");
        assertThat(page.textContent("#verify-verdict")).isEqualTo("需人工复核");
        assertThat(page.textContent("#verify-similarity")).contains("相似度 0.52", "通过线 0.60", "复核线 0.45");
        assertThat(page.textContent("#verify-live-caption")).contains("第 4 帧（最佳）");
        assertThat(page.textContent("#verify-reasons")).contains("相似度处于临界区间（服务器）");
        assertThat(page.textContent("#verify-liveness")).isEqualTo("通过");
        assertThat(page.textContent("#verify-steps")).isEqualTo("点头 → 向左转头 → 向右转头");
        assertThat(page.textContent("#verify-card-name")).isEqualTo("王芳");
        assertThat(page.textContent("#verify-card-number")).isEqualTo("110***********002X");
        assertThat(page.textContent("#verify-card-validity")).isEqualTo("2016-03-01 至 长期");
        // Side by side, large enough to compare, and beside the video rather than over it.
        assertThat(page.locator("#verify-card-box").boundingBox().height).isGreaterThanOrEqualTo(200);
        assertThat(page.locator("#verify-card-box").boundingBox().y).isEqualTo(page.locator("#verify-live-box").boundingBox().y);
        assertThat(overlap(page, "#video-kiosk", "#verify-panel")).isFalse();
        assertThat(page.isVisible("#video-kiosk")).isTrue();

        // Up front only the details, the card photo and the best frame, each with the token in the header.
        List<FakeConsoleServer.Request> read = fake.requestsUnder("/api/verifications/");
        assertThat(read).extracting(FakeConsoleServer.Request::path).containsExactlyInAnyOrder(
                "/api/verifications/v-1", "/api/verifications/v-1/card-photo", "/api/verifications/v-1/frames/3");
        assertThat(read).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN));
        assertThat(fake.requests()).noneSatisfy(r -> assertThat(r.path()).contains(TOKEN));
        assertThat(page.textContent("#verify-frames-toggle")).isEqualTo("查看全部 12 帧");
        screenshot(page, "verify-panel-decided");

        // The strip: the other eleven frames are fetched when it is opened, none twice.
        page.click("#verify-frames-toggle");
        // (Waiting in the page: Playwright answers the fake's routes only while a call of it is under way.)
        page.waitForFunction("() => [...document.querySelectorAll('#verify-frames img')].length === 12"
                + " && [...document.querySelectorAll('#verify-frames img')].every(i => i.complete && i.naturalWidth > 0)");
        assertThat(fake.requestsUnder("/api/verifications/v-1/frames/")).hasSize(12);
        assertThat(fake.requestsUnder("/api/verifications/v-1/frames/")).extracting(FakeConsoleServer.Request::path).doesNotHaveDuplicates();
        page.click("#verify-frames button[data-index='7']");
        assertThat(page.textContent("#verify-live-caption")).contains("第 8 帧");
        awaitImage(page, "verify-live-img");
        page.click("#verify-frames button[data-index='3']");

        // NEEDS_REVIEW: any decision needs a reason, and nothing is sent without one.
        page.click("#verify-pass");
        assertThat(page.textContent("#verify-error")).contains("需人工复核");
        assertThat(fake.fromPage("verify.review")).isEmpty();
        page.fill("#verify-reason", "证件照片年代较早，五官特征与本人一致");
        page.click("#verify-pass");
        await().atMost(UNTIL).until(() -> "CLOSED".equals(verificationPhase(page)));
        JsonObject review = fake.fromPage("verify.review").get(0).getAsJsonObject("body");
        assertThat(review.get("verificationId").getAsString()).isEqualTo("v-1");
        assertThat(review.get("decision").getAsString()).isEqualTo("PASS");
        assertThat(review.get("method").getAsString()).isEqualTo("FACE_MATCH");
        assertThat(review.get("reason").getAsString()).isEqualTo("证件照片年代较早，五官特征与本人一致");
        page.waitForSelector("#verify-final:not([hidden])");
        assertThat(page.textContent("#verify-final-badge")).isEqualTo("人脸核验通过");
        assertThat(page.textContent("#case-verify")).isEqualTo("人脸核验通过 · 王芳 · 110***********002X");
        Map<?, ?> closed = verification(page);
        assertThat(closed.get("decision")).isEqualTo("PASS");
        assertThat(closed.get("verdict")).isEqualTo("NEEDS_REVIEW");
        assertThat(page.isHidden("#verify-form")).isTrue();

        // The outcome dialog says the verification is recorded.
        page.keyboard().press("Alt+KeyE");
        page.waitForSelector("#outcome-dialog[open]");
        assertThat(page.textContent("#outcome-verify")).isEqualTo("身份核验：人脸核验通过（已记录）。");
        page.click("#outcome-cancel");

        // The session ends: the panel closes and its object URLs are revoked.
        String cardUrl = page.getAttribute("#verify-card-img", "src");
        assertThat(cardUrl).startsWith("blob:");
        fake.push("session.ended", SESSION, FakeConsoleServer.json("{\"reason\":\"HANGUP\",\"by\":\"KIOSK\"}"));
        await().atMost(UNTIL).until(() -> "wrapup".equals(phase(page)));
        page.waitForSelector("#verify-panel", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(page.evaluate("src => fetch(src).then(() => 'still there', () => 'revoked')", cardUrl)).isEqualTo("revoked");
        assertThat(page.textContent("#outcome-verify")).contains("人脸核验通过");
        assertThat(verification(page)).isNull();
    }

    @Test
    void kioskProblemsErrorRepliesAndCancellationsAreSaidInPlainWords() {
        inCall();
        page.click("#btn-verify");
        await().atMost(UNTIL).until(() -> "REQUESTED".equals(verificationPhase(page)));
        push("KIOSK_PROBLEM", "v-1", "problem", "CARD_UNREADABLE");
        page.waitForSelector("#verify-status:has-text('读卡失败')");
        assertThat(page.textContent("#verify-status")).isEqualTo("终端未能完成核验：读卡失败");
        assertThat(page.textContent("#verify-next")).contains("重新平放在读卡区");
        assertThat(page.isVisible("#verify-again")).isTrue();
        assertThat(page.textContent("#verify-pass")).isEqualTo("人工核验通过");
        assertThat(page.getAttribute("#verify-reason", "placeholder")).isEqualTo("已核对身份证原件与本人一致");
        assertThat(page.isHidden("#verify-decided")).isTrue();
        assertThat(fake.requestsUnder("/api/verifications/")).isEmpty();

        // A manual check needs a reason.
        page.click("#verify-pass");
        assertThat(page.textContent("#verify-error")).contains("请写明核对了什么");
        assertThat(fake.fromPage("verify.review")).isEmpty();

        // The server refuses: said in plain words, with what to do.
        fake.reply("verify.review", m -> List.of(error(m, "VERIFICATION_CLOSED")));
        page.fill("#verify-reason", "已核对身份证原件与本人一致");
        page.click("#verify-pass");
        page.waitForSelector("#verify-error:has-text('这次核验已经结束')");
        JsonObject review = fake.fromPage("verify.review").get(0).getAsJsonObject("body");
        assertThat(review.get("method").getAsString()).isEqualTo("MANUAL_DOCUMENT_CHECK");
        assertThat(review.get("reason").getAsString()).isEqualTo("已核对身份证原件与本人一致");
        assertThat(notices()).isEmpty();
        screenshot(page, "verify-panel-problem");

        // Starting again (confirmed): the server cancels v-1 and answers with v-2; no "cancelled" notice.
        fake.reply("verify.start", m -> List.of(
                envelope("verify.state", null, SESSION, verifyState("v-1", "CANCELLED")),
                envelope("verify.state", m, SESSION, verifyState("v-2", "REQUESTED"))));
        page.click("#verify-again");
        await().atMost(UNTIL).until(() -> "v-2".equals(verification(page) == null ? null : verification(page).get("id")));
        assertThat(verificationPhase(page)).isEqualTo("REQUESTED");
        assertThat(page.inputValue("#verify-reason")).isEmpty();
        assertThat(page.isHidden("#verify-error")).isTrue();
        page.waitForTimeout(300);
        assertThat(notices()).noneMatch(n -> n.contains("已取消"));

        // Cancelled by the server (e.g. the session is ending): the panel closes with a short notice.
        push("CANCELLED", "v-2", null, null);
        page.waitForSelector("#verify-panel", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
        await().atMost(UNTIL).until(() -> notices().stream().anyMatch(n -> n.contains("身份核验已取消")));
        assertThat(verification(page)).isNull();
        assertThat(page.textContent("#btn-verify")).isEqualTo("核验身份");

        // An error answering verify.start.
        fake.reply("verify.start", m -> List.of(error(m, "INVALID_STATE")));
        page.click("#btn-verify");
        await().atMost(UNTIL).until(() -> notices().stream().anyMatch(n -> n.contains("现在不能发起核验")));

        // EXPIRED offers starting again and the manual check.
        fake.reply("verify.start", m -> List.of(envelope("verify.state", m, SESSION, verifyState("v-3", "REQUESTED"))));
        page.click("#btn-verify");
        await().atMost(UNTIL).until(() -> "REQUESTED".equals(verificationPhase(page)));
        push("EXPIRED", "v-3", null, null);
        page.waitForSelector("#verify-status:has-text('超时未完成')");
        assertThat(page.isVisible("#verify-again")).isTrue();
        assertThat(page.textContent("#verify-fail")).isEqualTo("人工核验不通过");
    }

    @Test
    void aRefusedConsentIsRecordedAsAManualCheckAndShownInEnglishToo() {
        inCall();
        page.click("#btn-verify");
        await().atMost(UNTIL).until(() -> "REQUESTED".equals(verificationPhase(page)));
        push("CONSENT_REFUSED", "v-1", null, null);
        page.waitForSelector("#verify-status:has-text('市民不同意人脸识别：请人工核对证件')");
        assertThat(page.isHidden("#verify-manual-toggle")).isTrue();
        page.fill("#verify-reason", "身份证原件照片与本人明显不符");
        page.click("#verify-fail");
        await().atMost(UNTIL).until(() -> "CLOSED".equals(verificationPhase(page)));
        JsonObject review = fake.fromPage("verify.review").get(0).getAsJsonObject("body");
        assertThat(review.get("decision").getAsString()).isEqualTo("FAIL");
        assertThat(review.get("method").getAsString()).isEqualTo("MANUAL_DOCUMENT_CHECK");
        assertThat(page.textContent("#verify-final-badge")).isEqualTo("人工核验不通过");
        assertThat(page.textContent("#case-verify")).isEqualTo("人工核验不通过");
        assertThat(fake.requestsUnder("/api/verifications/")).isEmpty();

        page.click("#btn-lang");
        assertThat(page.textContent("#verify-title")).isEqualTo("Identity verification");
        assertThat(page.textContent("#case-verify")).isEqualTo("Manual check: not verified");
        assertThat(page.textContent("#btn-verify")).isEqualTo("Verify identity");
        page.click("#btn-lang");

        // Hidden when done; the result stays in the case panel.
        page.click("#verify-close");
        assertThat(page.isHidden("#verify-panel")).isTrue();
        assertThat(page.textContent("#case-verify")).isEqualTo("人工核验不通过");
    }

    @Test
    void anInvitedColleagueCannotStartAVerification() {
        signedIn();
        fake.reply("ring.accept", m -> List.of(envelope("session.established", m, SESSION, FakeConsoleServer.json("""
                {"sdpRole":"ANSWERER","peer":{"role":"KIOSK","id":"kiosk-hongqi-01","displayName":"红旗区 1 号机","district":"红旗区"},
                 "iceServers":[],"request":%s,"others":[{"role":"EXPERT","id":"liuyang","displayName":"刘洋"}]}"""
                .formatted(FakeConsoleServer.REQUEST)))));
        fake.ring();
        page.click("#ring-accept");
        await().atMost(UNTIL).until(() -> "active".equals(phase(page)));
        assertThat(page.isDisabled("#btn-verify")).isTrue();
        assertThat(page.textContent("#btn-verify-why")).contains("主办专家");
    }
}

package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.UNTIL;
import static cn.remotewindow.console.ConsoleBrowser.awaitImage;
import static cn.remotewindow.console.ConsoleBrowser.hook;
import static cn.remotewindow.console.ConsoleBrowser.overlap;
import static cn.remotewindow.console.ConsoleBrowser.phase;
import static cn.remotewindow.console.ConsoleBrowser.screenshot;
import static cn.remotewindow.console.FakeConsoleServer.SESSION;
import static cn.remotewindow.console.FakeConsoleServer.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 办件材料 panel on its own, against a server faked in the browser context: the checklist
 * from GET .../case-file, the marks the page sends (the date for 容缺), a document asked for, its
 * picture at full size with zoom, a rejection with its reason, the closing refused until the
 * outcome is recorded, then signed, and the receipt downloaded. The whole flow with the real
 * server and kiosk agent is in signaling-server's CaseFileFlowTest and the kiosk's tests.
 */
class CaseFilePanelBrowserIT {

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

    private void inCall(String language) {
        page = browser.newPage();
        fake = new FakeConsoleServer(page.context());
        page.navigate(FakeConsoleServer.ORIGIN + "/console/");
        page.waitForSelector("#view-login:not([hidden])");
        if (language.equals("en")) {
            page.click("#login-lang");
        }
        ConsoleBrowser.signIn(page, "zhangwei", "demo-zhangwei");
        page.waitForSelector("#view-idle:not([hidden])");
        await().atMost(UNTIL).until(() -> "up".equals(hook(page, "link()")));
        fake.ring();
        page.waitForSelector("#ring:not([hidden])");
        page.click("#ring-accept");
        await().atMost(UNTIL).until(() -> "active".equals(phase(page)));
        page.waitForSelector("#materials-panel:not([hidden]) li.material[data-code='KINSHIP-PROOF']");
    }

    private String row(String code) {
        return "li.material[data-code='" + code + "']";
    }

    private JsonObject lastSent(String type) {
        List<JsonObject> sent = fake.fromPage(type);
        assertThat(sent).as("the page sent %s", type).isNotEmpty();
        return sent.get(sent.size() - 1).getAsJsonObject("body");
    }

    @Test
    void theExpertMarksTheChecklistChecksAPictureAndTheCitizenSigns() {
        inCall("zh-CN");
        assertThat(fake.requestsUnder("/api/sessions/" + SESSION + "/case-file"))
                .singleElement().satisfies(r -> assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN));
        assertThat(page.textContent(row("ID-CARD") + " .status-badge")).isEqualTo("未核验");
        assertThat(page.textContent(row("RESIDENCE-PROOF") + " .material-badges")).contains("必需", "可容缺");
        assertThat(page.locator(row("ID-CARD") + " [data-action='promise']").count())
                .as("容缺 only for deferrable materials").isZero();

        page.click(row("ID-CARD") + " [data-action='received']");
        page.waitForSelector(row("ID-CARD") + "[data-status='RECEIVED']");
        assertThat(lastSent("materials.mark").get("status").getAsString()).isEqualTo("RECEIVED");

        String promised = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(9).toString();
        page.fill(row("RESIDENCE-PROOF") + " input.promise-date", promised);
        page.click(row("RESIDENCE-PROOF") + " [data-action='promise']");
        page.waitForSelector(row("RESIDENCE-PROOF") + "[data-status='PROMISED']");
        JsonObject mark = lastSent("materials.mark");
        assertThat(mark.get("materialCode").getAsString()).isEqualTo("RESIDENCE-PROOF");
        assertThat(mark.get("promisedDate").getAsString()).isEqualTo(promised);
        assertThat(page.textContent(row("RESIDENCE-PROOF") + " .status-badge")).isEqualTo("容缺，承诺 " + promised + " 前补交");
        page.click(row("KINSHIP-PROOF") + " [data-action='notApplicable']");
        page.waitForSelector(row("KINSHIP-PROOF") + "[data-status='NOT_APPLICABLE']");
        assertThat(page.textContent("#materials-count")).isEqualTo("已核 3/4");

        page.click(row("HUKOU-BOOK") + " [data-action='capture']");
        page.waitForSelector(row("HUKOU-BOOK") + " .document-line[data-phase='REQUESTED']");
        assertThat(lastSent("document.request").get("materialCode").getAsString()).isEqualTo("HUKOU-BOOK");
        assertThat(page.isDisabled(row("HUKOU-BOOK") + " [data-action='capture']")).as("one request at a time").isTrue();
        screenshot(page, "casefile-checklist");

        fake.push("document.state", SESSION, FakeConsoleServer.documentState("d-1", "HUKOU-BOOK", "UPLOADED", 1));
        page.click(row("HUKOU-BOOK") + " .document-line [data-action='view']");
        page.waitForSelector("#doc-viewer:not([hidden])");
        awaitImage(page, "doc-img");
        assertThat(page.textContent("#doc-meta")).contains("2400 × 1800", "SHA-256 3f2a9c0d4e5b");
        assertThat(fake.requestsUnder("/api/sessions/" + SESSION + "/documents/d-1/image"))
                .singleElement().satisfies(r -> assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN));
        double fitted = width("#doc-img");
        assertThat(fitted).as("fitted into the window").isLessThan(2400);
        page.click("#doc-actual");
        assertThat(width("#doc-img")).isEqualTo(2400);
        assertThat(page.textContent("#doc-zoom-level")).isEqualTo("100%");
        page.click("#doc-zoom-in");
        assertThat(width("#doc-img")).isEqualTo(3000);
        page.click("#doc-fit");
        assertThat(width("#doc-img")).isEqualTo(fitted);
        page.click("#doc-zoom-in");
        screenshot(page, "casefile-document-zoomed");

        // A rejection needs its reason; OTHER needs words.
        page.click("#doc-reject");
        page.waitForSelector("#doc-error:not([hidden])");
        assertThat(page.textContent("#doc-error")).isEqualTo("请先选择退回原因，群众会看到它。");
        assertThat(fake.fromPage("document.review")).isEmpty();
        page.selectOption("#doc-reason", "OTHER");
        page.click("#doc-reject");
        page.waitForSelector("#doc-error:has-text('选择“其他”时请写明原因。')");
        assertThat(fake.fromPage("document.review")).isEmpty();
        page.selectOption("#doc-reason", "BLURRED");
        screenshot(page, "casefile-document-reject");
        page.click("#doc-reject");
        page.waitForSelector(row("HUKOU-BOOK") + " .document-line[data-phase='REJECTED']");
        JsonObject review = lastSent("document.review");
        assertThat(review.get("decision").getAsString()).isEqualTo("REJECT");
        assertThat(review.get("reason").getAsString()).isEqualTo("BLURRED");
        assertThat(page.textContent(row("HUKOU-BOOK") + " .document-phase")).isEqualTo("已退回：照片模糊");

        // The retake comes in; the expert accepts it.
        fake.push("document.state", SESSION, FakeConsoleServer.documentState("d-1", "HUKOU-BOOK", "UPLOADED", 2));
        page.waitForSelector("#doc-viewer:not([hidden]) #doc-decide:not([hidden])");
        page.waitForFunction("() => document.getElementById('doc-meta').textContent.includes('第 2 次上传')");
        page.click("#doc-accept");
        page.waitForSelector("#doc-viewer", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        assertThat(lastSent("document.review").get("decision").getAsString()).isEqualTo("ACCEPT");
        page.waitForSelector(row("HUKOU-BOOK") + " .document-line[data-phase='ACCEPTED']");

        // Closing without an outcome: the outcome dialog comes first, with the 容缺 material filled in.
        page.fill("#case-number", "410702-2026-000777");
        page.click("#btn-closing");
        page.waitForSelector("#outcome-dialog[open]");
        assertThat(fake.fromPage("closing.request")).isEmpty();
        assertThat(page.textContent("#outcome-submit")).isEqualTo("登记结果并请群众签字");
        assertThat(page.isVisible("#outcome-hangup")).as("the call goes on").isFalse();
        page.check("input[name=outcome][value=ACCEPTED_PENDING_DOCUMENTS]");
        assertThat(page.inputValue("#outcome-doc-rows .doc-row .doc-name")).isEqualTo("合法稳定住所证明");
        assertThat(page.inputValue("#outcome-doc-rows .doc-row .doc-due")).isEqualTo(promised);
        page.click("#outcome-submit");
        // Recorded, then the summary is asked for; this fake server refuses it the first time.
        page.waitForSelector("#materials-error:not([hidden])");
        JsonObject submitted = lastSent("outcome.submit");
        assertThat(submitted.get("outcome").getAsString()).isEqualTo("ACCEPTED_PENDING_DOCUMENTS");
        assertThat(submitted.getAsJsonArray("missingDocuments").get(0).getAsJsonObject().get("dueDate").getAsString())
                .isEqualTo(promised);
        assertThat(page.isVisible("#outcome-dialog")).isFalse();
        assertThat(phase(page)).as("still in the call").isEqualTo("active");
        assertThat(page.textContent("#materials-error")).startsWith("还不能请群众签字：请先登记办理结果");
        assertThat(fake.fromPage("closing.request")).hasSize(1);

        fake.reply("closing.request", m -> List.of(FakeConsoleServer.envelope("closing.state", m, SESSION,
                FakeConsoleServer.json("{\"closingId\":\"c-1\",\"phase\":\"SHOWN\"}"))));
        page.click("#btn-closing");
        page.waitForSelector("#closing-status[data-phase='SHOWN']");
        assertThat(page.isVisible("#materials-error")).isFalse();
        fake.push("closing.state", SESSION, FakeConsoleServer.json("{\"closingId\":\"c-1\",\"phase\":\"SIGNED\","
                + "\"signatureSha256\":\"ab\",\"receiptPath\":\"/api/sessions/" + SESSION + "/receipt\"}"));
        page.waitForSelector("#btn-receipt:not([hidden])");
        assertThat(page.textContent("#closing-status")).isEqualTo("群众已签字，回执已可打印。");
        assertThat(page.isDisabled("#btn-closing")).isTrue();
        screenshot(page, "casefile-signed");
        assertThat(overlap(page, "#materials-panel", "#video-kiosk")).as("the kiosk's video stays visible").isFalse();

        Download download = page.waitForDownload(() -> page.click("#btn-receipt"));
        assertThat(download.suggestedFilename()).isEqualTo("receipt-" + SESSION + ".pdf");
        byte[] pdf = readAll(download);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(fake.requestsUnder("/api/sessions/" + SESSION + "/receipt"))
                .singleElement().satisfies(r -> {
                    assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
                    assertThat(r.path()).endsWith("?lang=zh-CN");
                });
        Map<?, ?> snapshot = (Map<?, ?>) page.evaluate("window.__console.caseFile");
        assertThat(snapshot.get("closing")).isEqualTo("SIGNED");
    }

    @Test
    void inEnglishTheChecklistSpeaksEnglish() {
        inCall("en");
        assertThat(page.textContent("#materials-title")).isEqualTo("Materials");
        assertThat(page.textContent(row("ID-CARD") + " .status-badge")).isEqualTo("Not checked");
        assertThat(page.textContent(row("ID-CARD") + " [data-action='capture']")).isEqualTo("Ask for a photo");
        assertThat(page.textContent("#btn-closing")).isEqualTo("Ask the citizen to confirm and sign");
    }

    private double width(String selector) {
        return ((Number) page.evaluate("s => document.querySelector(s).getBoundingClientRect().width", selector))
                .doubleValue();
    }

    private static byte[] readAll(Download download) {
        try {
            return Files.readAllBytes(download.path());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

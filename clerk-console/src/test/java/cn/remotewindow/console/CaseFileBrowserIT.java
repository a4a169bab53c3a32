package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.UNTIL;
import static cn.remotewindow.console.ConsoleBrowser.awaitImage;
import static cn.remotewindow.console.ConsoleBrowser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.kiosk.testing.TestKiosk;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionRecords;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case file end to end: the console in Chromium, the real server and the real kiosk agent
 * (document pictures from a file source, receipts printed into a directory). The expert marks the
 * checklist, asks for the household register, sends back the first picture as blurred, accepts the
 * retake; records the outcome and asks for the signature; the citizen reads the summary and signs;
 * the kiosk prints the receipt and the console downloads it; the record holds it all.
 */
class CaseFileBrowserIT {

    @TempDir
    Path dir;

    private ConsoleBrowser browser;
    private SignalingServerProcess server;
    private TestKiosk kiosk;
    private Page page;

    @BeforeEach
    void start() {
        browser = new ConsoleBrowser();
        server = new SignalingServerProcess().start();
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (page != null) {
            page.context().close();
        }
        server.close();
        browser.close();
    }

    private String row(String code) {
        return "li.material[data-code='" + code + "']";
    }

    private String kioskText(String control) {
        return kiosk.screen().current().text(control);
    }

    @Test
    void marksPicturesSignatureAndReceiptGoThroughTheWholeSystem() throws Exception {
        Path page1 = dir.resolve("hukou.png");
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xFAF8F0));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(Color.DARK_GRAY);
        for (int y = 200; y < 1100; y += 80) {
            g.fillRect(160, y, 1280, 12);
        }
        g.dispose();
        ImageIO.write(image, "png", page1.toFile());
        Path receipts = dir.resolve("receipts");

        page = browser.newPage();
        ConsoleBrowser.signedIn(page, server.httpUrl());
        ConsoleBrowser.available(page);
        kiosk = new TestKiosk(server.httpUrl(), page1, receipts);
        kiosk.requestHouseholdTransfer(false);
        page.waitForSelector("#ring:not([hidden])");
        ConsoleBrowser.acceptAndConnect(page);
        page.waitForSelector(row("HUKOU-BOOK"));

        page.fill("#case-number", "410702-2026-000888");
        page.click(row("ID-CARD") + " [data-action='received']");
        page.waitForSelector(row("ID-CARD") + "[data-status='RECEIVED']");
        String promised = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
        page.fill(row("RESIDENCE-PROOF") + " input.promise-date", promised);
        page.click(row("RESIDENCE-PROOF") + " [data-action='promise']");
        page.waitForSelector(row("RESIDENCE-PROOF") + "[data-status='PROMISED']");
        page.click(row("KINSHIP-PROOF") + " [data-action='notApplicable']");
        page.waitForSelector(row("KINSHIP-PROOF") + "[data-status='NOT_APPLICABLE']");

        // The document: asked for, captured at the kiosk, sent back as blurred, retaken, accepted.
        page.click(row("HUKOU-BOOK") + " [data-action='capture']");
        kiosk.press(ControlNames.DOC_TAKE);
        kiosk.press(ControlNames.DOC_SEND);
        try {
            page.waitForSelector(row("HUKOU-BOOK") + " .document-line[data-phase='UPLOADED']");
        } catch (RuntimeException e) {
            throw new AssertionError("the upload did not reach the console; the kiosk shows "
                    + kiosk.screen().current().texts() + "; received " + kiosk.received().stream()
                    .map(x -> x.type() + ":" + x.body()).toList() + "; headings " + kiosk.screen().history().stream()
                    .map(c -> c.text(ControlNames.DOC_HEADING)).filter(java.util.Objects::nonNull).toList(), e);
        }
        page.click(row("HUKOU-BOOK") + " .document-line [data-action='view']");
        awaitImage(page, "doc-img");
        assertThat(page.evaluate("document.getElementById('doc-img').naturalWidth")).isEqualTo(1600);
        assertThat(page.textContent("#doc-meta")).contains("1600 × 1200", "第 1 次上传");
        page.selectOption("#doc-reason", "BLURRED");
        page.click("#doc-reject");
        await().atMost(UNTIL).until(() -> "照片模糊，请拿稳材料再拍一次".equals(kioskText(ControlNames.DOC_HEADING)));
        kiosk.press(ControlNames.DOC_RETAKE);
        kiosk.press(ControlNames.DOC_TAKE);
        kiosk.press(ControlNames.DOC_SEND);
        page.waitForFunction("() => document.getElementById('doc-meta').textContent.includes('第 2 次上传')");
        awaitImage(page, "doc-img");
        page.click("#doc-accept");
        page.waitForSelector(row("HUKOU-BOOK") + "[data-status='RECEIVED']");
        screenshot(page, "casefile-e2e-checklist");

        // The outcome, then the citizen's confirmation and signature.
        page.click("#btn-closing");
        page.waitForSelector("#outcome-dialog[open]");
        page.check("input[name=outcome][value=ACCEPTED_PENDING_DOCUMENTS]");
        page.click("#outcome-submit");
        page.waitForSelector("#closing-status[data-phase='SHOWN']");
        await().atMost(UNTIL).until(() -> kiosk.screen().current().canPress(ControlNames.SIGN_START));
        assertThat(kioskText(ControlNames.SUM_CASE)).contains("410702-2026-000888");
        assertThat(kioskText(ControlNames.SUM_MISSING)).contains("合法稳定住所证明", promised);
        kiosk.press(ControlNames.SIGN_START);
        List<Point2D.Float> stroke = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            stroke.add(new Point2D.Float(0.1f + i * 0.025f, 0.5f + (float) Math.sin(i / 3.0) * 0.2f));
        }
        kiosk.screen().drawSignature(stroke);
        kiosk.press(ControlNames.SIGN_CONFIRM);
        page.waitForSelector("#closing-status[data-phase='SIGNED']");
        await().atMost(UNTIL).until(() -> Files.isDirectory(receipts) && pdfs(receipts).size() == 1);
        byte[] printed = Files.readAllBytes(pdfs(receipts).get(0));
        assertThat(new String(printed, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        screenshot(page, "casefile-e2e-signed");

        Download download = page.waitForDownload(() -> page.click("#btn-receipt"));
        assertThat(new String(Files.readAllBytes(download.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        // On the record: both uploads, the reviews, the marks, the signature with the receipt.
        String sessionId = kiosk.sessionId();
        List<SessionEvent> events = server.bean(SessionRecords.class).eventsOf(sessionId);
        assertThat(events.stream().filter(e -> e.kind() == SessionEvent.Kind.DOCUMENT_UPLOADED)).hasSize(2);
        assertThat(events.stream().filter(e -> e.kind() == SessionEvent.Kind.DOCUMENT_REVIEWED)
                .map(e -> e.caseFile().decision().name())).containsExactly("REJECT", "ACCEPT");
        assertThat(events.stream().filter(e -> e.kind() == SessionEvent.Kind.SIGNED)).singleElement()
                .satisfies(e -> assertThat(e.caseFile().receipt()).contains("410702-2026-000888", "合法稳定住所证明"));
    }

    private static List<Path> pdfs(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

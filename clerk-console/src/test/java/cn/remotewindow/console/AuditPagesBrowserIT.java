package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.UNTIL;
import static cn.remotewindow.console.ConsoleBrowser.awaitImage;
import static cn.remotewindow.console.ConsoleBrowser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.identity.Sex;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.ChallengeStep;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.MissingDocument;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import cn.remotewindow.signaling.record.SessionRecorder;
import cn.remotewindow.signaling.record.verification.CardOnRecord;
import cn.remotewindow.signaling.record.verification.MachineJudgement;
import cn.remotewindow.signaling.record.verification.StoredFrame;
import cn.remotewindow.signaling.record.verification.StoredImage;
import cn.remotewindow.signaling.record.verification.VerificationEvent;
import cn.remotewindow.signaling.record.verification.VerificationRecords;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The auditors' pages (console/audit.html) in Chromium against the real server: an auditor signs
 * in, lists the sessions, filters them, opens one (timeline, chain status), opens its identity check
 * (card photo and live frame side by side), exports the list as CSV, and reads the statistics.
 * The records are written through the server's own store as a day of the service would leave them.
 */
class AuditPagesBrowserIT {

    private static final Path FACES = Path.of("..", "testdata", "faces").toAbsolutePath().normalize();
    /** 2026-11-20 09:00 in Shanghai. */
    private static final Instant DAY = Instant.parse("2026-11-20T01:00:00Z");

    private static ConsoleBrowser browser;
    private static SignalingServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        browser = new ConsoleBrowser();
        server = new SignalingServerProcess().start();
        SessionRecorder recorder = server.bean(SessionRecorder.class);
        String[][] sessions = {
                {"s-hq-1", "kiosk-hongqi-01", "红旗区", "PSB-HJQY", "zhangwei", "ACCEPTED", "30"},
                {"s-hq-2", "kiosk-hongqi-01", "红旗区", "MCA-GLBT", "chenjing", "ACCEPTED_PENDING_DOCUMENTS", "95"},
                {"s-wb-1", "kiosk-weibin-01", "卫滨区", "HRSS-SBZY", "liuyang", "COMPLETED", "12"},
                {"s-wb-2", "kiosk-weibin-01", "卫滨区", "PSB-HJQY", "zhangwei", "REJECTED", "240"},
                {"s-yy-1", "kiosk-yuanyang-01", "原阳县", "MNR-BDCDJ", "wangfang", "ACCEPTED", "45"}};
        for (int i = 0; i < sessions.length; i++) {
            String[] s = sessions[i];
            Instant at = DAY.plusSeconds(i * 1800L);
            CaseRequest request = new CaseRequest(s[1], s[1], s[2], s[3], s[3], s[3].split("-")[0], "4107-2026-00" + i,
                    Priority.NORMAL, at);
            Instant accepted = at.plusSeconds(Long.parseLong(s[6]));
            CaseOutcome outcome = CaseOutcome.valueOf(s[5]);
            recorder.record(new SessionEvent(s[0], SessionEvent.Kind.REQUESTED, at, request, null, null, null, null, null, null));
            recorder.record(new SessionEvent(s[0], SessionEvent.Kind.ACCEPTED, accepted, request, s[4], null, null, null, null, null));
            recorder.record(new SessionEvent(s[0], SessionEvent.Kind.CONNECTED, accepted.plusSeconds(2), request, s[4], null, null, null, null, null));
            if (i == 1) {
                documentOnRecord(s[0], request, accepted.plusSeconds(200));
            }
            recorder.recordConfirmed(new SessionEvent(s[0], SessionEvent.Kind.OUTCOME, accepted.plusSeconds(400), request, s[4],
                    null, null, null, new SessionOutcome(outcome, outcome.needsCaseNumber() ? request.caseNumber() : null,
                    outcome.listsMissingDocuments() ? List.of(new MissingDocument("户口簿原件", "2026-11-27")) : List.of(),
                    outcome.needsReason() ? "材料不全" : null, i == 0 ? "材料齐全，当场受理" : null), null));
            recorder.record(new SessionEvent(s[0], SessionEvent.Kind.ENDED, accepted.plusSeconds(420), request, s[4],
                    Role.EXPERT, EndReason.HANGUP, null, null, null));
            recorder.recordConfirmed(new SessionEvent(s[0], SessionEvent.Kind.RATED, accepted.plusSeconds(440), request, s[4],
                    null, null, "SATISFIED", null, i == 3 ? Satisfaction.DISSATISFIED : Satisfaction.VERY_SATISFIED));
        }
        verifiedWithFaces();
    }

    /** s-hq-2's 户口簿 photo, sealed and stored as the server stores a kiosk's upload, with its event. */
    private static void documentOnRecord(String sessionId, CaseRequest request, Instant at) throws Exception {
        java.awt.image.BufferedImage page = new java.awt.image.BufferedImage(1600, 1200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(new java.awt.Color(0xFAF8F0));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.fillRect(160, 200, 1280, 30);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(page, "jpg", out);
        byte[] jpeg = out.toByteArray();
        EvidenceCipher cipher = server.bean(EvidenceCipher.class);
        server.bean(cn.remotewindow.signaling.record.CasePictures.class).store(new cn.remotewindow.signaling.record.StoredPicture(
                "d-audit-1", 1, sessionId, request.caseNumber(), "HUKOU-BOOK", cn.remotewindow.signaling.record.PictureKind.DOCUMENT,
                sha(jpeg), "image/jpeg", jpeg.length, 1600, 1200, cipher.seal(jpeg), at, "KIOSK:" + request.kioskId())).join();
        server.bean(SessionRecorder.class).recordConfirmed(new SessionEvent(sessionId, SessionEvent.Kind.DOCUMENT_UPLOADED, at,
                request, "chenjing", null, null, null, null, null, cn.remotewindow.signaling.record.CaseFileEntry.uploaded(
                "d-audit-1", "HUKOU-BOOK", 1, sha(jpeg), jpeg.length, 1600, 1200, "image/jpeg")));
    }

    /** s-hq-1's identity check: the chip photo and a live frame, real face photos, sealed as the server seals them. */
    private static void verifiedWithFaces() throws Exception {
        VerificationRecords records = server.bean(VerificationRecords.class);
        EvidenceCipher cipher = server.bean(EvidenceCipher.class);
        byte[] card = Files.readAllBytes(FACES.resolve("obama2.jpg"));
        byte[] live = Files.readAllBytes(FACES.resolve("obama.jpg"));
        String id = "v-audit-1";
        Instant at = DAY.plusSeconds(120);
        records.append(new VerificationEvent.Opened(id, at, "s-hq-1", "4107-2026-000", "PSB-HJQY", "kiosk-hongqi-01", "zhangwei", "张伟"));
        records.append(new VerificationEvent.Challenged(id, at.plusSeconds(5), "nonce", List.of(ChallengeStep.TURN_LEFT,
                ChallengeStep.NOD, ChallengeStep.TURN_RIGHT), at.plusSeconds(5), at.plusSeconds(95)));
        records.append(new VerificationEvent.EvidenceReceived(id, at.plusSeconds(40),
                new CardOnRecord("测试甲", Sex.MALE, LocalDate.of(1961, 8, 4), "110***********0013",
                        cipher.seal("110105196108040013"), LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1)),
                new StoredImage(sha(card), "image/jpeg", card.length, cipher.seal(card)),
                List.of(new StoredFrame(0, at.plusSeconds(30).toEpochMilli(), new StoredImage(sha(live), "image/jpeg", live.length, cipher.seal(live))))));
        records.append(new VerificationEvent.Decided(id, at.plusSeconds(41), new MachineJudgement(Verdict.PASS,
                List.of(new MachineJudgement.Reason("FACE_MATCH", "人脸一致", "faces match")), 0.71, 0, true, List.of(),
                List.of(), Map.of("pass", 0.6, "reviewFloor", 0.5), List.of(), List.of(), 290)));
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        browser.close();
    }

    private Page signedInAuditor() {
        Page page = browser.newPage();
        page.navigate(server.httpUrl().resolve("/console/audit.html").toString());
        page.waitForSelector("#view-login:not([hidden])");
        page.fill("#login-username", "auditor");
        page.fill("#login-password", "demo-auditor");
        page.click("#login-submit");
        page.waitForSelector("#view-records:not([hidden])");
        await().atMost(UNTIL).until(() -> page.locator("#records-table tbody tr").count() == 5);
        return page;
    }

    @Test
    void anAuditorListsFiltersOpensAndExportsTheSessions() {
        Page page = signedInAuditor();
        assertThat(page.textContent("#records-count")).isEqualTo("共 5 条");
        assertThat(page.textContent("#admin-name")).isEqualTo("审计员 李敏");
        // Newest first.
        assertThat(page.locator("#records-table tbody tr").first().getAttribute("data-id")).isEqualTo("s-yy-1");
        screenshot(page, "20-audit-sessions");

        page.fill("#f-district", "红旗区");
        page.click("#btn-search");
        await().atMost(UNTIL).until(() -> page.locator("#records-table tbody tr").count() == 2);
        assertThat(page.textContent("#records-count")).isEqualTo("共 2 条");
        page.selectOption("#f-outcome", "ACCEPTED_PENDING_DOCUMENTS");
        page.click("#btn-search");
        await().atMost(UNTIL).until(() -> page.locator("#records-table tbody tr").count() == 1);
        assertThat(page.locator("#records-table tbody tr").first().textContent()).contains("容缺受理", "chenjing");
        page.selectOption("#f-outcome", "");
        page.click("#btn-search");
        await().atMost(UNTIL).until(() -> page.locator("#records-table tbody tr").count() == 2);

        page.click("#records-table tbody tr[data-id='s-hq-1']");
        page.waitForSelector("#detail:not([hidden]) #detail-chain");
        assertThat(page.getAttribute("#detail-chain", "data-intact")).isEqualTo("true");
        assertThat(page.textContent("#detail-chain")).startsWith("完整");
        assertThat(page.locator("#detail-timeline li").count()).isEqualTo(6);
        assertThat(page.textContent("#detail")).contains("材料齐全，当场受理", "v-audit-1");
        screenshot(page, "21-audit-session-detail");

        page.click("#detail-verifications button");
        page.waitForSelector("#detail-card-img");
        awaitImage(page, "detail-card-img");
        awaitImage(page, "detail-live-img");
        assertThat(page.textContent("#detail")).contains("110***********0013", "向左转头 → 点头 → 向右转头", "0.71")
                .doesNotContain("110105196108040013");
        screenshot(page, "22-audit-verification");

        Download download = page.waitForDownload(() -> page.click("#btn-export"));
        String csv;
        try {
            csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(csv).startsWith("\uFEFF会话编号");
        assertThat(csv.lines()).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("s-hq-2,"));
        page.context().close();
    }

    @Test
    void anAuditorSeesADocumentPhotoOfTheCaseAndTheViewIsLogged() {
        Page page = signedInAuditor();
        page.click("#records-table tbody tr[data-id='s-hq-2']");
        page.waitForSelector("#detail:not([hidden]) #detail-chain");
        assertThat(page.getAttribute("#detail-chain", "data-intact")).isEqualTo("true");
        assertThat(page.textContent("#detail-timeline")).contains("终端上传材料照片", "HUKOU-BOOK #1 1600×1200");
        page.click("#detail-timeline button[data-document='d-audit-1']");
        awaitImage(page, "detail-picture");
        assertThat(page.evaluate("document.getElementById('detail-picture').naturalWidth")).isEqualTo(1600);
        screenshot(page, "24-audit-document-photo");
        await().atMost(UNTIL).until(() -> server.bean(cn.remotewindow.signaling.record.audit.AuditLog.class)
                .read(1, 10_000).stream().anyMatch(e -> e.action().equals("DOCUMENT_VIEWED")
                        && e.subject().equals("d-audit-1") && e.actor().equals("ADMIN:auditor")));
        page.context().close();
    }

    @Test
    void theStatisticsShowTheDaysFigures() {
        Page page = signedInAuditor();
        page.click("#nav-statistics");
        page.waitForSelector("#stat-sessions");
        assertThat(page.textContent("#stat-sessions")).isEqualTo("5");
        // ACCEPTED x2 and COMPLETED of the five with an outcome: 60 %.
        assertThat(page.textContent("#stat-first-time")).isEqualTo("60.0%");
        assertThat(page.textContent("#stat-wait")).contains("中位数 0:45");
        assertThat(page.locator("#chart-outcomes rect").count()).isEqualTo(4);
        assertThat(page.locator("#table-days tbody tr").count()).isEqualTo(3);
        screenshot(page, "23-audit-statistics");
        page.context().close();
    }
}

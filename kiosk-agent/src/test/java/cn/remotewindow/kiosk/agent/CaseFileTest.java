package cn.remotewindow.kiosk.agent;

import static cn.remotewindow.kiosk.screen.ControlNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.link.AccessToken;
import cn.remotewindow.kiosk.link.CaseFileApi;
import cn.remotewindow.kiosk.link.CaseFileCall;
import cn.remotewindow.kiosk.link.CaseFileReply;
import cn.remotewindow.kiosk.screen.CitizenListener;
import cn.remotewindow.kiosk.screen.HeadlessKioskScreen;
import cn.remotewindow.kiosk.screen.Rating;
import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenError;
import cn.remotewindow.kiosk.screen.ServiceChoice;
import cn.remotewindow.kiosk.screen.Signature;
import cn.remotewindow.protocol.message.CaptureProblem;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.ClosingPhase;
import cn.remotewindow.protocol.message.ClosingState;
import cn.remotewindow.protocol.message.ClosingSummary;
import cn.remotewindow.protocol.message.DocumentCapture;
import cn.remotewindow.protocol.message.DocumentPhase;
import cn.remotewindow.protocol.message.DocumentProblem;
import cn.remotewindow.protocol.message.DocumentState;
import cn.remotewindow.protocol.message.MaterialStatus;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.RejectionReason;
import cn.remotewindow.protocol.message.SummaryMaterial;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case file's wiring against a real local HTTP server: the document picture taken from a file
 * source and posted as a JPEG with the kiosk's token, the 413 retry, refusals and failures, the
 * expert's verdicts, the signature PNG and the receipt handed to the directory printer.
 */
class CaseFileTest {

    private static final String SESSION = "s-1";
    private static final String TOKEN = "kiosk-token-1";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final HeadlessKioskScreen screen = new HeadlessKioskScreen();
    private final List<Message> sent = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService agentThread;
    private CaseFileEndpoint server;
    private CaseFile caseFile;
    private Path documentFile;
    private Path receipts;

    @BeforeEach
    void setUp() throws IOException {
        server = new CaseFileEndpoint();
        agentThread = Executors.newSingleThreadScheduledExecutor();
        documentFile = dir.resolve("page.png");
        ImageIO.write(page(1024, 768), "png", documentFile.toFile());
        receipts = dir.resolve("receipts");
        CaseFileApi api = new CaseFileApi(server.url());
        AccessToken token = new AccessToken(TOKEN, Instant.now().plusSeconds(3600), "红旗区 1号", "红旗区");
        CaseFileSetup setup = new CaseFileSetup(documentFile, "", new DirectoryReceiptPrinter(receipts),
                Duration.ofMillis(50));
        caseFile = new CaseFile(screen, setup, new CaseFileHost() {
            @Override
            public void send(String session, Message message) {
                sent.add(message);
            }

            @Override
            public CaseFileReply http(CaseFileCall call) throws InterruptedException {
                return api.exchange(token, call);
            }

            @Override
            public DocumentCamera openCamera() throws IOException {
                return FileDocumentCamera.open(setup.documentFile());
            }
        }, agentThread);
        screen.setListener(new Taps());
        screen.showInCall("张伟");
    }

    @AfterEach
    void tearDown() throws Exception {
        agentThread.submit(caseFile::close).get(5, TimeUnit.SECONDS);
        agentThread.shutdownNow();
        server.close();
    }

    @Test
    void thePictureIsPostedAsAJpegOfTheFileSourcesSizeWithTheKiosksToken() throws Exception {
        capture("d-1", 12L * 1024 * 1024);
        waitFor(() -> screen.documentPreview().latest() != null, "a preview frame");
        press(DOC_TAKE);
        waitFor(c -> c.canPress(DOC_SEND), "the still with 确认上传");
        assertThat(screen.documentStill().latest().getWidth()).isEqualTo(1024);
        press(DOC_SEND);
        waitFor(c -> "已发送，等待工作人员查看".equals(c.text(DOC_HEADING)), "sent");

        CaseFileEndpoint.Request upload = server.requests().get(0);
        assertThat(upload.method()).isEqualTo("POST");
        assertThat(upload.path()).isEqualTo("/api/sessions/s-1/documents/d-1/image");
        assertThat(upload.contentType()).isEqualTo("image/jpeg");
        assertThat(upload.authorization()).isEqualTo("Bearer " + TOKEN);
        BufferedImage received = ImageIO.read(new ByteArrayInputStream(upload.body()));
        assertThat(received).as("a decodable JPEG").isNotNull();
        assertThat(upload.body()[0] & 0xFF).isEqualTo(0xFF);
        assertThat(upload.body()[1] & 0xFF).isEqualTo(0xD8);
        assertThat(received.getWidth()).isEqualTo(1024);
        assertThat(received.getHeight()).isEqualTo(768);
    }

    @Test
    void tooLargeIsRetriedOnceSmaller() throws Exception {
        server.answer(413);
        captureAndSend("d-2");
        waitFor(c -> "已发送，等待工作人员查看".equals(c.text(DOC_HEADING)), "sent after the smaller retry");
        List<CaseFileEndpoint.Request> uploads = server.requests();
        assertThat(uploads).hasSize(2);
        BufferedImage second = ImageIO.read(new ByteArrayInputStream(uploads.get(1).body()));
        assertThat(second.getWidth()).isEqualTo(512);
        assertThat(uploads.get(1).body().length).isLessThan(uploads.get(0).body().length);
        assertThat(sent).isEmpty();
    }

    @Test
    void aMaxBytesBelowTheFullPictureIsMetBeforeSending() throws Exception {
        byte[] full = DocumentJpeg.encode(page(1024, 768), DocumentJpeg.QUALITY);
        capture("d-3", full.length - 1);
        press(DOC_TAKE);
        waitFor(c -> c.canPress(DOC_SEND), "the still");
        press(DOC_SEND);
        waitFor(c -> "已发送，等待工作人员查看".equals(c.text(DOC_HEADING)), "sent");
        assertThat(server.requests().get(0).body().length).isLessThan(full.length);
    }

    @Test
    void aServerThatFailsOffersRetryThenGivesUpWithUploadFailed() throws Exception {
        server.answer(503, 503, 503);
        captureAndSend("d-4");
        waitFor(c -> c.canPress(DOC_RETRY), "重试");
        assertThat(screen.current().text(DOC_HEADING)).isEqualTo("照片没有发出去");
        press(DOC_RETRY);
        waitFor(c -> c.canPress(DOC_RETRY) && server.requests().size() == 2, "重试 again");
        press(DOC_RETRY);
        waitFor(() -> !sent.isEmpty(), "document.problem");
        assertThat(sent).containsExactly(new DocumentProblem("d-4", CaptureProblem.UPLOAD_FAILED, "HTTP 503"));
        waitFor(c -> !c.shows(DOC_HEADING), "back to the call");
    }

    @Test
    void aClosedRequestEndsWithoutAProblem() throws Exception {
        server.answer(409);
        captureAndSend("d-5");
        waitFor(c -> !c.shows(DOC_HEADING), "back to the call");
        assertThat(screen.history()).anyMatch(c -> "这份材料不用再拍了".equals(c.text(DOC_HEADING)));
        assertThat(sent).isEmpty();
    }

    @Test
    void rejectedThenRetakenThenAccepted() throws Exception {
        captureAndSend("d-6");
        waitFor(c -> "已发送，等待工作人员查看".equals(c.text(DOC_HEADING)), "sent");
        onAgent(() -> caseFile.message(SESSION, state("d-6", DocumentPhase.REJECTED, RejectionReason.BLURRED)));
        waitFor(c -> "照片模糊，请拿稳材料再拍一次".equals(c.text(DOC_HEADING)), "the reason");
        press(DOC_RETAKE);
        press(DOC_TAKE);
        waitFor(c -> c.canPress(DOC_SEND), "the new still");
        press(DOC_SEND);
        waitFor(c -> "已发送，等待工作人员查看".equals(c.text(DOC_HEADING)), "sent again");
        assertThat(server.requests()).hasSize(2);
        onAgent(() -> caseFile.message(SESSION, state("d-6", DocumentPhase.ACCEPTED, null)));
        waitFor(c -> !c.shows(DOC_HEADING), "back to the call");
        assertThat(screen.history()).anyMatch(c -> "已收到".equals(c.text(DOC_HEADING)));
    }

    @Test
    void aMissingCameraIsReported() throws Exception {
        Files.delete(documentFile);
        capture("d-7", 1_000_000);
        waitFor(() -> !sent.isEmpty(), "document.problem");
        assertThat(((DocumentProblem) sent.get(0)).problem()).isEqualTo(CaptureProblem.CAMERA_UNAVAILABLE);
    }

    @Test
    void theCitizenCancels() throws Exception {
        capture("d-8", 1_000_000);
        waitFor(c -> c.canPress(DOC_CANCEL), "取消");
        press(DOC_CANCEL);
        waitFor(() -> !sent.isEmpty(), "document.problem");
        assertThat(sent).containsExactly(new DocumentProblem("d-8", CaptureProblem.CITIZEN_CANCELLED, null));
        waitFor(c -> !c.shows(DOC_HEADING), "back to the call");
    }

    @Test
    void theSignatureIsPostedAsAPngAndTheReceiptGoesToThePrinter() throws Exception {
        onAgent(() -> caseFile.message(SESSION, summary()));
        waitFor(c -> c.canPress(SIGN_START), "the summary");
        assertThat(screen.current().text(SUM_MISSING)).isEqualTo("还需补交：结婚证（2026-12-14 前）");
        press(SIGN_START);
        screen.drawSignature(List.of(new Point2D.Float(0.1f, 0.5f), new Point2D.Float(0.9f, 0.6f)));
        press(SIGN_CONFIRM);
        waitFor(() -> server.requests().size() == 1, "the signature upload");
        CaseFileEndpoint.Request signature = server.requests().get(0);
        assertThat(signature.path()).isEqualTo("/api/sessions/s-1/closings/c-1/signature");
        assertThat(signature.contentType()).isEqualTo("image/png");
        assertThat(signature.authorization()).isEqualTo("Bearer " + TOKEN);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(signature.body()));
        assertThat(png.getWidth()).isEqualTo(Signature.WIDTH);
        assertThat(png.getHeight()).isEqualTo(Signature.HEIGHT);
        assertThat(screen.current().text(SIGN_STATUS)).isEqualTo("正在提交…");

        onAgent(() -> caseFile.message(SESSION, new ClosingState("c-1", ClosingPhase.SIGNED, "ab".repeat(32),
                "/api/sessions/s-1/receipt")));
        Path receipt = receipts.resolve("receipt-c-1.pdf");
        waitFor(() -> Files.exists(receipt), "the receipt in the directory");
        assertThat(Files.readAllBytes(receipt)).isEqualTo(CaseFileEndpoint.RECEIPT);
        CaseFileEndpoint.Request get = server.requests().get(1);
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.path()).isEqualTo("/api/sessions/s-1/receipt");
        assertThat(get.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(screen.history()).anyMatch(c -> "已签字，正在打印回执".equals(c.text(SIGN_STATUS)));
        waitFor(c -> !c.shows(SUM_HEADING), "back to the call");
    }

    @Test
    void aSignatureThatDidNotGetThroughIsRetried() throws Exception {
        server.answer(503);
        onAgent(() -> caseFile.message(SESSION, summary()));
        waitFor(c -> c.canPress(SIGN_START), "the summary");
        press(SIGN_START);
        screen.drawSignature(List.of(new Point2D.Float(0.2f, 0.5f), new Point2D.Float(0.8f, 0.5f)));
        press(SIGN_CONFIRM);
        waitFor(c -> c.canPress(SIGN_RETRY), "重试");
        press(SIGN_RETRY);
        waitFor(() -> server.requests().size() == 2, "the second upload");
        assertThat(server.requests().get(1).body()).isEqualTo(server.requests().get(0).body());
    }

    @Test
    void aCancelledSummaryGoesBackToTheCall() throws Exception {
        onAgent(() -> caseFile.message(SESSION, summary()));
        waitFor(c -> c.canPress(SIGN_START), "the summary");
        onAgent(() -> caseFile.message(SESSION, new ClosingState("c-1", ClosingPhase.CANCELLED, null, null)));
        waitFor(c -> !c.shows(SUM_HEADING), "back to the call");
    }

    @Test
    void theCaseFilesPathsAloneGetTheToken() throws Exception {
        CaseFileReply reply = new CaseFileApi(server.url()).exchange(
                new AccessToken(TOKEN, Instant.now().plusSeconds(60), "", ""),
                CaseFileCall.post("/api/auth/kiosk", "image/jpeg", new byte[] {1}, Duration.ofSeconds(5)));
        assertThat(reply).isEqualTo(CaseFileReply.PATH_REFUSED);
        assertThat(server.requests()).isEmpty();
    }

    // ---- helpers ----

    private void capture(String documentId, long maxBytes) throws Exception {
        onAgent(() -> caseFile.message(SESSION, new DocumentCapture(documentId, "HKB", "户口簿首页",
                "household register", "请拍摄户口簿首页", "张伟", "/api/sessions/s-1/documents/" + documentId + "/image", maxBytes)));
    }

    private void captureAndSend(String documentId) throws Exception {
        capture(documentId, 12L * 1024 * 1024);
        waitFor(c -> c.canPress(DOC_TAKE), "拍照");
        press(DOC_TAKE);
        waitFor(c -> c.canPress(DOC_SEND), "the still");
        press(DOC_SEND);
    }

    private static DocumentState state(String id, DocumentPhase phase, RejectionReason reason) {
        return new DocumentState(id, "HKB", phase, 1, null, null, null, null, null, reason, null, null);
    }

    private static ClosingSummary summary() {
        return new ClosingSummary("c-1", "410702-2026-000123", "PSB-HJQY", "户籍迁移", "Household transfer",
                CaseOutcome.ACCEPTED_PENDING_DOCUMENTS, null,
                List.of(new SummaryMaterial("SFZ", "身份证", "ID card", MaterialStatus.RECEIVED, null),
                        new SummaryMaterial("JHZ", "结婚证", "Marriage certificate", MaterialStatus.PROMISED, "2026-12-14")),
                5, 20, "2026-12-14", "PICK_UP", "红旗区政务服务中心 3号窗口", "张伟", "/api/sessions/s-1/closings/c-1/signature");
    }

    private void onAgent(Runnable work) throws Exception {
        agentThread.submit(work).get(5, TimeUnit.SECONDS);
    }

    private void press(String control) {
        assertThat(screen.press(control)).as("press " + control + " on " + screen.current().texts()).isTrue();
    }

    private void waitFor(Predicate<ScreenContent> condition, String what) throws InterruptedException {
        waitFor(() -> condition.test(screen.current()), what + " (screen: " + "…" + ")");
    }

    private void waitFor(Supplier<Boolean> condition, String what) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited in vain for " + what + "; screen: " + screen.current().texts());
            }
            Thread.sleep(10);
        }
    }

    private static BufferedImage page(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF4F1E8));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x8A1C1C));
        g.fillRect(width / 10, height / 10, width * 8 / 10, height / 8);
        g.setColor(Color.DARK_GRAY);
        for (int y = height / 3; y < height * 9 / 10; y += 28) {
            g.fillRect(width / 10, y, width * 7 / 10, 8);
        }
        g.dispose();
        return image;
    }

    /** The citizen's taps on the agent's thread, as CitizenEvents does it. */
    private final class Taps implements CitizenListener {
        @Override public void serviceChosen(ServiceChoice choice) { }
        @Override public void cancelRequested() { }
        @Override public void muteChanged(boolean muted) { }
        @Override public void hangUpRequested() { }
        @Override public void rated(Rating rating) { }
        @Override public void ratingSkipped() { }
        @Override public void retryRequested(ScreenError error) { }
        @Override public void startOverRequested() { }
        @Override public void verificationConsent(boolean given) { }
        @Override public void verificationCancelled() { }
        @Override public void documentPhotoRequested() { agentThread.execute(caseFile::photoRequested); }
        @Override public void documentSendRequested() { agentThread.execute(caseFile::sendRequested); }
        @Override public void documentCancelled() { agentThread.execute(caseFile::cancelled); }
        @Override public void signatureConfirmed(Signature signature) {
            agentThread.execute(() -> caseFile.signatureConfirmed(signature));
        }
    }
}

package cn.remotewindow.kiosk.screen;

import static cn.remotewindow.kiosk.screen.ControlNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case file over the call on the headless screen: every step, every tap, both languages. */
class CaseFileScreenTest {

    private static final Name ID_BOOK = new Name("户口簿首页", "household register, first page");
    private static final CaseSummary PENDING = new CaseSummary("ACCEPTED_PENDING_DOCUMENTS", "410702-2026-000123",
            new Name("户籍迁移", "Household transfer"), null,
            List.of(new CaseSummary.Material(new Name("身份证", "ID card"), "RECEIVED", null),
                    new CaseSummary.Material(new Name("户口簿", "Household register"), "RECEIVED", null),
                    new CaseSummary.Material(new Name("结婚证", "Marriage certificate"), "PROMISED", "2026-12-14"),
                    new CaseSummary.Material(new Name("照片", "Photo"), "NOT_APPLICABLE", null)),
            5, "2026-12-14", new CaseSummary.Delivery("PICK_UP", "红旗区政务服务中心 3号窗口"), "张伟");

    private final HeadlessKioskScreen screen = new HeadlessKioskScreen();
    private final Taps taps = new Taps();

    @BeforeEach
    void inCall() {
        screen.setListener(taps);
        screen.showInCall("张伟");
    }

    private CaseFilePanel.Document asked() {
        return CaseFilePanel.Document.asked(ID_BOOK, "请拍摄户口簿首页", "张伟");
    }

    @Test
    void thePreviewSaysWhatToPlaceAndWhoAsksWithOneMainButton() {
        screen.showCaseFile(asked());
        ScreenContent content = screen.current();
        assertThat(content.text(DOC_HEADING)).isEqualTo("请把「户口簿首页」放在拍摄区");
        assertThat(content.text(DOC_NOTE)).isEqualTo("张伟专家：请拍摄户口簿首页");
        assertThat(content.shows(DOC_PREVIEW)).isTrue();
        assertThat(content.buttons()).contains(DOC_TAKE, DOC_CANCEL).doesNotContain(DOC_SEND);
        // The call goes on: the expert's picture beside, mute and hang-up still there.
        assertThat(content.text(CALL_EXPERT_BESIDE)).contains("张伟");
        assertThat(content.buttons()).contains(CALL_MUTE, CALL_HANG_UP);
    }

    @Test
    void takingAPhotoIsOneShotUntilTheStillIsShown() {
        screen.showCaseFile(asked());
        assertThat(screen.press(DOC_TAKE)).isTrue();
        assertThat(screen.press(DOC_TAKE)).as("a second tap while the still is taken").isFalse();
        assertThat(taps.events).containsExactly("photo");
        screen.showCaseFile(asked().at(DocumentStep.CAPTURED));
        ScreenContent captured = screen.current();
        assertThat(captured.text(DOC_HEADING)).isEqualTo("看一看照片是否清楚");
        assertThat(captured.buttons()).contains(DOC_SEND, DOC_RETAKE, DOC_CANCEL);
    }

    @Test
    void retakeGoesBackToThePreviewWithoutTheController() {
        screen.showCaseFile(asked().at(DocumentStep.CAPTURED));
        assertThat(screen.press(DOC_RETAKE)).isTrue();
        assertThat(screen.current().buttons()).contains(DOC_TAKE);
        assertThat(taps.events).isEmpty();
    }

    @Test
    void sendingShowsUploadingAndTakesNoSecondTap() {
        screen.showCaseFile(asked().at(DocumentStep.CAPTURED));
        assertThat(screen.press(DOC_SEND)).isTrue();
        assertThat(screen.current().text(DOC_HEADING)).isEqualTo("正在上传…");
        assertThat(screen.press(DOC_SEND)).isFalse();
        assertThat(taps.events).containsExactly("send");
        screen.showCaseFile(asked().at(DocumentStep.SENT));
        assertThat(screen.current().text(DOC_HEADING)).isEqualTo("已发送，等待工作人员查看");
        assertThat(screen.current().buttons()).doesNotContain(DOC_SEND, DOC_TAKE);
    }

    @ParameterizedTest
    @EnumSource(value = RetakeReason.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void aRejectionSaysPlainlyWhatToDoAndOffersARetake(RetakeReason reason) {
        screen.showCaseFile(asked().rejected(reason, null));
        ScreenContent content = screen.current();
        String expected = switch (reason) {
            case BLURRED -> "照片模糊，请拿稳材料再拍一次";
            case CUT_OFF -> "材料没有拍全，请把整页放进框内";
            case GLARE -> "有反光，请把材料稍微倾斜";
            case WRONG_DOCUMENT -> "拍的不是要求的材料";
            case UNREADABLE -> "看不清，请靠近一些或打开灯";
            case OTHER -> throw new AssertionError();
        };
        assertThat(content.text(DOC_HEADING)).isEqualTo(expected);
        assertThat(screen.press(DOC_RETAKE)).isTrue();
        assertThat(screen.current().buttons()).contains(DOC_TAKE);
    }

    @Test
    void anOtherRejectionShowsTheExpertsWordsAsPlainText() {
        screen.showCaseFile(asked().rejected(RetakeReason.OTHER, "请把\n第二页也\u202e拍上"));
        assertThat(screen.current().text(DOC_HEADING)).isEqualTo("请把 第二页也拍上");
    }

    @Test
    void cancelIsHeardOnce() {
        screen.showCaseFile(asked());
        assertThat(screen.press(DOC_CANCEL)).isTrue();
        assertThat(screen.press(DOC_CANCEL)).isFalse();
        assertThat(taps.events).containsExactly("cancel");
        screen.endCaseFile();
        assertThat(screen.current().shows(DOC_HEADING)).isFalse();
        assertThat(screen.current().text(CALL_EXPERT)).contains("张伟");
    }

    @Test
    void aFailedUploadOffersRetryAndCancel() {
        screen.showCaseFile(asked().at(DocumentStep.UPLOAD_FAILED));
        assertThat(screen.current().text(DOC_HEADING)).isEqualTo("照片没有发出去");
        assertThat(screen.press(DOC_RETRY)).isTrue();
        assertThat(screen.current().text(DOC_HEADING)).isEqualTo("正在上传…");
        assertThat(taps.events).containsExactly("send");
    }

    @Test
    void theCaseFileIsIgnoredOutsideTheCall() {
        screen.showRating();
        screen.showCaseFile(asked());
        assertThat(screen.current().shows(DOC_HEADING)).isFalse();
    }

    @Test
    void inEnglish() {
        screen.setLanguage(ScreenLanguage.EN);
        screen.showCaseFile(asked().rejected(RetakeReason.GLARE, null));
        assertThat(screen.current().text(DOC_HEADING)).isEqualTo("There is glare. Tilt the document a little");
        assertThat(screen.current().text(DOC_HINT)).contains("household register, first page");
        screen.showCaseFile(CaseFilePanel.Closing.shown(PENDING));
        assertThat(screen.current().text(SUM_HEADING)).isEqualTo("Accepted. Please bring the missing documents in time");
        assertThat(screen.current().text(SUM_MISSING)).isEqualTo("Still to bring: Marriage certificate (by 2026-12-14)");
    }

    @Test
    void theSummaryTellsOutcomeCaseMaterialsDueDateAndDelivery() {
        screen.showCaseFile(CaseFilePanel.Closing.shown(PENDING));
        ScreenContent content = screen.current();
        assertThat(content.text(SUM_HEADING)).isEqualTo("已容缺受理，请按时补交材料");
        assertThat(content.text(SUM_CASE)).isEqualTo("办件编号：410702-2026-000123");
        assertThat(content.text(SUM_ITEM)).isEqualTo("事项：户籍迁移");
        assertThat(content.text(SUM_RECEIVED)).isEqualTo("已收材料：身份证、户口簿");
        assertThat(content.text(SUM_MISSING)).isEqualTo("还需补交：结婚证（2026-12-14 前）");
        assertThat(content.text(SUM_DUE)).isEqualTo("承诺 5 个工作日内办结，预计 2026-12-14");
        assertThat(content.text(SUM_DELIVERY)).isEqualTo("办好后到 红旗区政务服务中心 3号窗口 领取");
    }

    @Test
    void anEmptySignatureCannotBeConfirmed() {
        screen.showCaseFile(CaseFilePanel.Closing.shown(PENDING));
        assertThat(screen.current().canPress(SIGN_CONFIRM)).as("no pad before the summary is read").isFalse();
        assertThat(screen.press(SIGN_START)).isTrue();
        assertThat(screen.current().shows(SIGN_CONFIRM)).as("shown").isTrue();
        assertThat(screen.press(SIGN_CONFIRM)).as("but not pressable").isFalse();
        assertThat(taps.events).isEmpty();
    }

    @Test
    void signClearSignAgainConfirmOnce() {
        screen.showCaseFile(CaseFilePanel.Closing.shown(PENDING));
        screen.drawSignature(stroke());
        assertThat(screen.press(SIGN_START)).isTrue();
        assertThat(screen.press(SIGN_CONFIRM)).as("a stroke before the pad was open is not kept").isFalse();
        assertThat(screen.press(SIGN_BACK)).isTrue();
        assertThat(screen.current().text(SUM_DUE)).as("the whole summary again").isNotNull();
        assertThat(screen.press(SIGN_START)).isTrue();
        screen.drawSignature(stroke());
        assertThat(screen.press(SIGN_CLEAR)).isTrue();
        assertThat(screen.press(SIGN_CONFIRM)).as("cleared").isFalse();
        screen.drawSignature(stroke());
        assertThat(screen.press(SIGN_CONFIRM)).isTrue();
        assertThat(screen.current().text(SIGN_STATUS)).isEqualTo("正在提交…");
        assertThat(screen.press(SIGN_CONFIRM)).isFalse();
        screen.drawSignature(stroke());
        assertThat(taps.signatures).hasSize(1);
        assertThat(taps.signatures.get(0).strokes()).hasSize(1);
        screen.showCaseFile(CaseFilePanel.Closing.shown(PENDING).at(CaseFilePanel.ClosingStep.SIGNED));
        assertThat(screen.current().text(SIGN_STATUS)).isEqualTo("已签字，正在打印回执");
    }

    @Test
    void aFailedSubmissionRetriesWithTheSameSignature() {
        screen.showCaseFile(CaseFilePanel.Closing.shown(PENDING));
        screen.press(SIGN_START);
        screen.drawSignature(stroke());
        screen.press(SIGN_CONFIRM);
        screen.showCaseFile(CaseFilePanel.Closing.shown(PENDING).at(CaseFilePanel.ClosingStep.FAILED));
        assertThat(screen.press(SIGN_RETRY)).isTrue();
        assertThat(taps.signatures).hasSize(2);
        assertThat(taps.signatures.get(1)).isEqualTo(taps.signatures.get(0));
    }

    @Test
    void theSignatureRendersAsAPngOfDarkStrokesOnWhite() throws Exception {
        Signature signature = Signature.EMPTY.with(stroke());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(signature.png()));
        assertThat(png.getWidth()).isGreaterThanOrEqualTo(600);
        assertThat(png.getHeight()).isGreaterThanOrEqualTo(240);
        assertThat(png.getRGB(5, 5) & 0xFFFFFF).as("white background").isEqualTo(0xFFFFFF);
        int dark = 0;
        for (int x = 0; x < png.getWidth(); x++) {
            int rgb = png.getRGB(x, png.getHeight() / 2);
            if (((rgb >> 16) & 0xFF) < 80 && (rgb & 0xFF) < 100) {
                dark++;
            }
        }
        assertThat(dark).as("dark pixels across the stroke's middle line").isGreaterThan(100);
    }

    private static List<Point2D.Float> stroke() {
        List<Point2D.Float> points = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            points.add(new Point2D.Float(0.1f + i * 0.04f, 0.5f));
        }
        return points;
    }

    private static final class Taps implements CitizenListener {
        final List<String> events = new ArrayList<>();
        final List<Signature> signatures = new ArrayList<>();

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
        @Override public void documentPhotoRequested() { events.add("photo"); }
        @Override public void documentSendRequested() { events.add("send"); }
        @Override public void documentCancelled() { events.add("cancel"); }
        @Override public void signatureConfirmed(Signature signature) { signatures.add(signature); }
    }
}

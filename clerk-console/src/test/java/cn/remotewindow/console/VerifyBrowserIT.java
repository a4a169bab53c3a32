package cn.remotewindow.console;

import static cn.remotewindow.console.ConsoleBrowser.UNTIL;
import static cn.remotewindow.console.ConsoleBrowser.awaitImage;
import static cn.remotewindow.console.ConsoleBrowser.framesDecoded;
import static cn.remotewindow.console.ConsoleBrowser.overlap;
import static cn.remotewindow.console.ConsoleBrowser.phase;
import static cn.remotewindow.console.ConsoleBrowser.screenshot;
import static cn.remotewindow.console.ConsoleBrowser.verification;
import static cn.remotewindow.console.ConsoleBrowser.verificationPhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.kiosk.testing.PoseCamera;
import cn.remotewindow.kiosk.testing.TestKiosk;
import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.protocol.message.CitizenResult;
import cn.remotewindow.protocol.message.VerifyRequest;
import cn.remotewindow.protocol.message.VerifyResult;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 远程身份核验 end to end (protocol 5.40–5.48): the console in a call with a real kiosk agent starts a
 * verification, the citizen consents (or refuses) on the kiosk, the kiosk reads a test ID card
 * (testdata/cards/obama.json with obama2.jpg as its chip photo) and its camera plays the pose images
 * of testdata/poses/obama following the kiosk's own prompts, the server decides, and the expert compares the
 * card photo with the best live frame and records the decision. The panel alone, with every phase
 * and error, is VerifyPanelBrowserIT (no server needed).
 */
class VerifyBrowserIT {

    /** Reading the card, three head motions, the upload and the machine decision: the challenge allows 90 s. */
    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(120);
    /** The pose images the kiosk's test camera plays (repo root testdata/poses/; the tests run in clerk-console/). */
    private static final Path POSES = Path.of("..", "testdata", "poses", "obama").toAbsolutePath().normalize();

    /** The kiosk's consent buttons. */
    private static final String CONSENT_GIVE = ControlNames.VERIFY_AGREE;
    private static final String CONSENT_REFUSE = ControlNames.VERIFY_REFUSE;

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
        server = new SignalingServerProcess().start();
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

    /**
     * A kiosk that can be verified: its camera plays the pose images of {@link #POSES} following
     * the kiosk's prompts, and its card reader reads the demo card.
     */
    private TestKiosk verifiableKiosk() {
        // The citizen in the pose images, with a card whose chip photo is another photo of him.
        return new TestKiosk(server.httpUrl(), new PoseCamera(POSES),
                TestKiosk.testCard("obama.json", "obama2.jpg"));
    }

    private void inCall() {
        page = browser.newPage();
        page.onDialog(dialog -> dialog.accept()); // "start again?" is confirmed
        ConsoleBrowser.signedIn(page, server.httpUrl());
        ConsoleBrowser.available(page);
        kiosk = verifiableKiosk();
        kiosk.requestHouseholdTransfer(false);
        ConsoleBrowser.acceptAndConnect(page);
    }

    /** Clicks 核验身份 and waits for REQUESTED; returns the verification id. */
    private String startVerification() {
        assertThat(page.textContent("#btn-verify")).isEqualTo("核验身份");
        assertThat(page.isEnabled("#btn-verify")).isTrue();
        page.click("#btn-verify");
        page.waitForSelector("#verify-panel:not([hidden])");
        await().atMost(UNTIL).until(() -> verification(page) != null);
        String id = (String) verification(page).get("id");
        assertThat(verificationPhase(page)).isEqualTo("REQUESTED");
        assertThat(page.textContent("#verify-status")).isEqualTo("等待市民同意…");
        assertThat(page.textContent("#btn-verify")).isEqualTo("重新核验");
        await().atMost(UNTIL).until(() -> kioskWasAskedFor(id));
        return id;
    }

    private boolean kioskWasAskedFor(String verificationId) {
        return kiosk.received().stream()
                .anyMatch(e -> e.body() instanceof VerifyRequest r && r.verificationId().equals(verificationId));
    }

    private boolean kioskShows(String verificationId, CitizenResult result) {
        return kiosk.received().stream()
                .anyMatch(e -> e.body() instanceof VerifyResult r && r.verificationId().equals(verificationId) && r.result() == result);
    }

    /** The verification as the server keeps it (GET /api/verifications/{id}), read with the page's own access token. */
    private String verificationRecord(String verificationId) {
        String token = (String) page.evaluate("JSON.parse(sessionStorage.getItem('console.auth')).token");
        APIResponse response = page.request().get(server.httpUrl().resolve("/api/verifications/" + verificationId).toString(),
                RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        assertThat(response.status()).as("GET /api/verifications/%s", verificationId).isEqualTo(200);
        return response.text();
    }

    @Test
    void theExpertComparesTheCardPhotoWithTheLiveFaceAndConfirmsThePass() {
        inCall();
        String id = startVerification();

        kiosk.press(CONSENT_GIVE);
        await().atMost(UNTIL).until(() -> List.of("CAPTURING", "DECIDED").contains(verificationPhase(page)));
        await().atMost(DECIDED_WITHIN).until(() -> "DECIDED".equals(verificationPhase(page)));

        // On a failure the record says why (reasons, liveness problems, per-frame poses and times).
        assertThat(page.getAttribute("#verify-verdict", "data-verdict")).as(() -> verificationRecord(id)).isEqualTo("PASS");
        // The card photo and the best live frame side by side, both really loaded.
        awaitImage(page, "verify-card-img");
        awaitImage(page, "verify-live-img");
        assertThat(page.textContent("#verify-verdict")).isEqualTo("通过");
        assertThat(page.textContent("#verify-similarity")).matches("相似度 -?\\d\\.\\d\\d.*").contains("通过线");
        assertThat(page.textContent("#verify-live-caption")).contains("现场画面");
        assertThat(page.textContent("#verify-card-number")).matches("\\d{3}\\*{11}\\d{3}[\\dX]");
        assertThat(page.textContent("#verify-card-name")).isNotEqualTo("—");
        assertThat(page.textContent("#verify-steps")).contains("转头");
        // Only the two images up front: the strip of all frames is fetched when the expert opens it.
        assertThat(page.locator("#verify-frames img").count()).isZero();
        // Beside the kiosk's video, which goes on.
        assertThat(overlap(page, "#video-kiosk", "#verify-panel")).isFalse();
        long frames = framesDecoded(page, "camera");
        await().atMost(UNTIL).until(() -> framesDecoded(page, "camera") > frames + 10);
        screenshot(page, "15-verify-decided");

        page.click("#verify-pass");
        await().atMost(UNTIL).until(() -> "CLOSED".equals(verificationPhase(page)));
        Map<?, ?> closed = verification(page);
        assertThat(closed.get("decision")).isEqualTo("PASS");
        assertThat(closed.get("verdict")).isEqualTo("PASS");
        page.waitForSelector("#verify-final:not([hidden])");
        assertThat(page.textContent("#verify-final-badge")).isEqualTo("人脸核验通过");
        assertThat(page.textContent("#case-verify")).startsWith("人脸核验通过");
        await().atMost(UNTIL).until(() -> kioskShows(id, CitizenResult.PASSED));
        assertThat(verificationRecord(id)).contains("FACE_MATCH", "\"PASS\"");
    }

    @Test
    void aCitizenWhoRefusesFaceRecognitionIsCheckedByHand() {
        inCall();
        String id = startVerification();

        kiosk.press(CONSENT_REFUSE);
        await().atMost(UNTIL).until(() -> "CONSENT_REFUSED".equals(verificationPhase(page)));
        assertThat(page.textContent("#verify-status")).isEqualTo("市民不同意人脸识别：请人工核对证件");
        assertThat(page.isHidden("#verify-decided")).isTrue();
        assertThat(page.textContent("#verify-pass")).isEqualTo("人工核验通过");

        // Without a reason nothing is sent.
        page.click("#verify-pass");
        assertThat(page.textContent("#verify-error")).contains("请写明核对了什么");
        assertThat(verificationPhase(page)).isEqualTo("CONSENT_REFUSED");

        page.fill("#verify-reason", "已核对身份证原件与本人一致");
        screenshot(page, "16-verify-manual");
        page.click("#verify-pass");
        await().atMost(UNTIL).until(() -> "CLOSED".equals(verificationPhase(page)));
        assertThat(verification(page).get("method")).isEqualTo("MANUAL_DOCUMENT_CHECK");
        assertThat(page.textContent("#verify-final-badge")).isEqualTo("人工核验通过");
        assertThat(page.textContent("#case-verify")).isEqualTo("人工核验通过");
        await().atMost(UNTIL).until(() -> kioskShows(id, CitizenResult.PASSED));
        assertThat(verificationRecord(id)).contains("MANUAL_DOCUMENT_CHECK", "已核对身份证原件与本人一致");

        // The outcome dialog says the verification is on record.
        page.keyboard().press("Alt+KeyE");
        page.waitForSelector("#outcome-dialog[open]");
        assertThat(page.textContent("#outcome-verify")).contains("人工核验通过", "已记录");
    }

    /** Needs no kiosk wiring: only that the server relays verify.request and cancels the older verification. */
    @Test
    void startingAgainCancelsTheOpenVerificationAndTheEndOfTheCallClosesThePanel() {
        inCall();
        String first = startVerification();

        page.click("#btn-verify"); // 重新核验, confirmed
        await().atMost(UNTIL).until(() -> {
            Map<?, ?> v = verification(page);
            return v != null && !first.equals(v.get("id")) && "REQUESTED".equals(v.get("phase"));
        });
        String second = (String) verification(page).get("id");
        await().atMost(UNTIL).until(() -> kioskWasAskedFor(second));
        page.waitForTimeout(500);
        assertThat(page.locator("#notices .notice p").allTextContents()).noneMatch(n -> n.contains("已取消"));
        assertThat(page.isVisible("#verify-panel")).isTrue();

        kiosk.hangUp();
        await().atMost(UNTIL).until(() -> "wrapup".equals(phase(page)));
        page.waitForSelector("#verify-panel", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(verification(page)).isNull();
    }
}

package cn.remotewindow.kiosk.agent;

import static cn.remotewindow.kiosk.screen.ControlNames.*;
import static org.assertj.core.api.Assertions.assertThat;
import static cn.remotewindow.kiosk.testing.PoseCamera.Pose.FRONTAL;
import static cn.remotewindow.kiosk.testing.PoseCamera.Pose.LEFT;
import static cn.remotewindow.kiosk.testing.PoseCamera.Pose.NOD;
import static cn.remotewindow.kiosk.testing.PoseCamera.Pose.RIGHT;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.kiosk.identity.CardReadFailure;
import cn.remotewindow.kiosk.identity.FileIdCardReader;
import cn.remotewindow.kiosk.identity.IdCardReader;
import cn.remotewindow.kiosk.link.LinkListener;
import cn.remotewindow.kiosk.media.AudioSetup;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.screen.DemoCatalogue;
import cn.remotewindow.kiosk.screen.HeadlessKioskScreen;
import cn.remotewindow.kiosk.screen.ScreenContent;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.screen.VerifyPrompt;
import cn.remotewindow.kiosk.testing.EvidenceEndpoint;
import cn.remotewindow.kiosk.testing.PoseCamera;
import cn.remotewindow.kiosk.testing.PosesOnDisk;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.ChallengeStep;
import cn.remotewindow.protocol.message.CitizenResult;
import cn.remotewindow.protocol.message.Consent;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.KioskVerifyProblem;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.Peer;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.protocol.message.VerifyChallenge;
import cn.remotewindow.protocol.message.VerifyConsent;
import cn.remotewindow.protocol.message.VerifyProblem;
import cn.remotewindow.protocol.message.VerifyRequest;
import cn.remotewindow.protocol.message.VerifyResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The kiosk's part of a remote identity verification (docs/protocol.md 5.40-5.48) against a
 * scripted server, in ServiceFlowTest's style: the real agent, engine and synthetic camera, the
 * verify.* messages by hand, and the evidence over real HTTP to a stand-in endpoint.
 */
class IdentityCheckTest {

    private static final Duration UNTIL = Duration.ofSeconds(15);
    private static MediaEngine engine;

    /** How long each prompt shows: quick, the camera here follows at once. */
    private Duration prompt = Duration.ofMillis(100);

    private final HeadlessKioskScreen screen = new HeadlessKioskScreen();
    private final ScriptedLink link = new ScriptedLink();
    private final List<String> prompts = new CopyOnWriteArrayList<>();
    private EvidenceEndpoint endpoint;
    private KioskAgent agent;
    private LinkListener server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startEngine() {
        engine = MediaEngine.start(AudioSetup.SYNTHETIC);
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void startEndpoint() throws Exception {
        endpoint = new EvidenceEndpoint();
        link.evidenceTo(endpoint.url());
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
        endpoint.close();
    }

    /** The agent with this card reader, quick prompts, and the result shown for {@code resultTime}. */
    private void startAgent(IdCardReader reader, Duration resultTime) {
        startAgent(reader, resultTime, LocalDevices.configured(AgentHarness.MEDIA), PromptListener.NONE);
    }

    private void startAgent(IdCardReader reader, Duration resultTime, LocalDevices.Opener devices, PromptListener camera) {
        VerifySetup setup = new VerifySetup(reader, Duration.ofSeconds(5), prompt, resultTime, new PromptListener() {
            @Override
            public void prompted(VerifyPrompt prompt) {
                prompts.add(prompt.name());
                camera.prompted(prompt);
            }

            @Override
            public void promptsOver() {
                prompts.add("over");
                camera.promptsOver();
            }
        });
        agent = new KioskAgent(screen, DemoCatalogue.xinxiang(), engine, devices, OwnScreen.NONE,
                AgentTimings.DEFAULTS, setup, Clock.systemUTC());
        server = agent.linkListener();
        agent.start(link);
        await().atMost(UNTIL).until(() -> screen.current().screen() == ScreenId.SERVICE_CHOICE);
    }

    private void startAgent() {
        startAgent(FileIdCardReader.demoCard(), Duration.ofSeconds(30));
    }

    private void fromServer(Message body) {
        server.onMessage(new Envelope(null, "s1", body));
    }

    /** A call with 张伟 in session s1, on the call screen. */
    private void inCall() {
        await().atMost(UNTIL).until(() -> screen.press(CHOICE_DEPARTMENT + "PSB"));
        await().atMost(UNTIL).until(() -> screen.press(CHOICE_ITEM + "PSB-HJQY"));
        await().atMost(UNTIL).until(() -> !link.sentOf(ServiceRequest.class).isEmpty());
        fromServer(new SessionStatus(SessionPhase.REQUESTED));
        fromServer(new QueueUpdate("PSB-HJQY", 1, 60, 1));
        fromServer(new SessionEstablished(SdpRole.OFFERER, new Peer(Role.EXPERT, "zhangwei", "张伟", null), List.of()));
        fromServer(new SessionStatus(SessionPhase.ACTIVE));
        await().atMost(UNTIL).until(() -> screen.current().screen() == ScreenId.IN_CALL);
    }

    private String shown(String name) {
        return screen.current().text(name);
    }

    private void awaitHeading(String heading) {
        await().atMost(UNTIL).until(() -> heading.equals(shown(VERIFY_HEADING)));
    }

    private void press(String control) {
        await().atMost(UNTIL).until(() -> screen.press(control));
    }

    /** Consent asked and given for verification {@code id}. */
    private void consentGiven(String id) {
        fromServer(new VerifyRequest(id, "张伟"));
        awaitHeading("张伟专家请您核验身份");
        press(VERIFY_AGREE);
        await().atMost(UNTIL).until(() -> !link.sentOf(VerifyConsent.class).isEmpty());
    }

    private static VerifyChallenge challenge(String id, List<ChallengeStep> steps, long deadlineIn) {
        long now = System.currentTimeMillis();
        return new VerifyChallenge(id, "nonce-" + id, steps, now, now + deadlineIn, 12,
                "/api/verifications/" + id + "/evidence");
    }

    private List<VerifyProblem> problems() {
        return link.sentOf(VerifyProblem.class);
    }

    @Test
    void consentGivenIsSentAndTheCardIsAskedForAtOnce() {
        startAgent();
        inCall();
        fromServer(new VerifyRequest("v-1", "张伟"));
        awaitHeading("张伟专家请您核验身份");
        assertThat(shown(VERIFY_CONSENT_ALTERNATIVE)).contains("人工核对");
        assertThat(shown(CALL_HANG_UP)).as("the call goes on").isNotNull();

        press(VERIFY_AGREE);

        await().atMost(UNTIL).until(() -> link.sentOf(VerifyConsent.class).size() == 1);
        Envelope sent = link.sent.stream().filter(e -> e.body() instanceof VerifyConsent).findFirst().orElseThrow();
        assertThat(sent.sessionId()).isEqualTo("s1");
        assertThat((VerifyConsent) sent.body()).isEqualTo(new VerifyConsent("v-1", Consent.GIVEN));
        awaitHeading("请将身份证放在读卡区");
    }

    @Test
    void theWholeCheckPromptsInTheChallengesOrderAndUploadsTheDocumentedEvidence() throws Exception {
        startAgent(FileIdCardReader.demoCard(), Duration.ofMillis(700));
        inCall();
        consentGiven("v-1");
        VerifyChallenge challenge = challenge("v-1",
                List.of(ChallengeStep.NOD, ChallengeStep.TURN_LEFT, ChallengeStep.TURN_RIGHT), 60_000);

        fromServer(challenge);

        await().atMost(UNTIL).until(() -> endpoint.uploads().size() == 1);
        awaitHeading("正在核验，请稍候");
        EvidenceEndpoint.Upload upload = endpoint.uploads().get(0);
        assertThat(upload.path()).isEqualTo("/api/verifications/v-1/evidence");
        assertThat(upload.authorization()).isEqualTo("Bearer " + ScriptedLink.TOKEN);
        JsonNode body = upload.body();
        assertThat(body.get("nonce").asString()).isEqualTo("nonce-v-1");
        assertThat(body.get("card").get("idNumber").asString()).isEqualTo("11010519491231002X");
        assertThat(body.get("card").get("name").asString()).isEqualTo("王芳");
        assertThat(body.get("card").get("validUntil").isNull()).isTrue();
        assertThat(body.get("cardPhoto").asString()).isNotEmpty();
        JsonNode frames = body.get("frames");
        assertThat(frames.size()).as("2 frontal, then 2 + 1 per step").isEqualTo(11)
                .isLessThanOrEqualTo(challenge.frames());
        long previous = challenge.issuedAt() - 1;
        for (JsonNode frame : frames) {
            long at = frame.get("capturedAt").asLong();
            assertThat(at).isGreaterThan(previous).isBetween(challenge.issuedAt(), challenge.deadline());
            previous = at;
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                    frame.get("image").asString())));
            assertThat(image).as("a JPEG").isNotNull();
            assertThat(image.getWidth()).isEqualTo(640);
            assertThat(image.getHeight()).isEqualTo(480);
        }
        assertThat(prompts).containsSubsequence("FACE_SCREEN", "NOD", "FACE_SCREEN", "TURN_LEFT", "FACE_SCREEN",
                "TURN_RIGHT", "FACE_SCREEN", "over");
        assertThat(prompts.subList(0, 7)).containsExactly("FACE_SCREEN", "NOD", "FACE_SCREEN", "TURN_LEFT",
                "FACE_SCREEN", "TURN_RIGHT", "FACE_SCREEN");
        List<String> headings = headingsShown();
        assertThat(headings).containsSubsequence("请将身份证放在读卡区", "请正对屏幕", "请缓慢点头", "请正对屏幕",
                "请向左转头", "请正对屏幕", "请向右转头", "请正对屏幕", "正在核验，请稍候");
        assertThat(screen.history()).filteredOn(c -> "请向左转头".equals(c.text(VERIFY_HEADING)))
                .allSatisfy(c -> assertThat(c.text(VERIFY_STEP)).isEqualTo("第 2 步，共 3 步"));

        fromServer(new VerifyResult("v-1", CitizenResult.CHECKING, List.of()));
        fromServer(new VerifyResult("v-1", CitizenResult.PASSED, List.of()));
        awaitHeading("身份核验通过");
        assertThat(problems()).isEmpty();
        // Back to the plain call after the result time.
        await().atMost(UNTIL).until(() -> shown(CALL_EXPERT) != null && shown(VERIFY_HEADING) == null);
        assertThat(shown(CALL_EXPERT)).isEqualTo("专家 张伟 正在为您服务");
    }

    @Test
    void aSimulatedCitizenFollowsThePromptsIntoTheEvidenceAndADisobedientOneDoesNot() throws Exception {
        PosesOnDisk.write(dir);
        List<ChallengeStep> steps = List.of(ChallengeStep.TURN_RIGHT, ChallengeStep.NOD, ChallengeStep.TURN_LEFT);
        PoseCamera.Pose[] asked = {FRONTAL, FRONTAL, RIGHT, RIGHT, FRONTAL, NOD, NOD, FRONTAL, LEFT, LEFT, FRONTAL};
        // Room for the camera's picture to reach the tap after each prompt, on a busy machine too.
        prompt = Duration.ofMillis(300);

        PoseCamera obedient = new PoseCamera(dir);
        startAgent(FileIdCardReader.demoCard(), Duration.ofSeconds(30),
                LocalDevices.withCamera(AgentHarness.MEDIA, obedient::open), obedient);
        inCall();
        consentGiven("v-1");
        fromServer(challenge("v-1", steps, 60_000));
        await().atMost(UNTIL).until(() -> endpoint.uploads().size() == 1);
        assertThat(posesIn(endpoint.uploads().get(0))).containsExactly(asked);
        agent.close();
        agent = null;

        PoseCamera disobedient = PoseCamera.disobedient(dir);
        startAgent(FileIdCardReader.demoCard(), Duration.ofSeconds(30),
                LocalDevices.withCamera(AgentHarness.MEDIA, disobedient::open), disobedient);
        inCall();
        consentGiven("v-2");
        fromServer(challenge("v-2", steps, 60_000));
        await().atMost(UNTIL).until(() -> endpoint.uploads().size() == 2);
        assertThat(posesIn(endpoint.uploads().get(1))).containsExactly(
                FRONTAL, FRONTAL, NOD, NOD, FRONTAL, LEFT, LEFT, FRONTAL, RIGHT, RIGHT, FRONTAL);
        assertThat(disobedient.performed()).containsExactly(NOD, LEFT, RIGHT);
    }

    private static List<PoseCamera.Pose> posesIn(EvidenceEndpoint.Upload upload) throws Exception {
        List<PoseCamera.Pose> poses = new ArrayList<>();
        for (JsonNode frame : upload.body().get("frames")) {
            poses.add(PosesOnDisk.classify(ImageIO.read(new ByteArrayInputStream(
                    Base64.getDecoder().decode(frame.get("image").asString())))));
        }
        return poses;
    }

    @Test
    void notPassedShowsThePlainAdviceTheKioskKnows() {
        startAgent();
        inCall();
        consentGiven("v-1");
        fromServer(new VerifyResult("v-1", CitizenResult.NOT_PASSED, List.of("TOO_DARK", "SOMETHING_NEW", "FACE_TOO_SMALL")));
        awaitHeading("身份核验未通过");
        ScreenContent content = screen.current();
        assertThat(content.text(VERIFY_ADVICE + "FACE_TOO_SMALL")).isEqualTo("请靠近一些");
        assertThat(content.text(VERIFY_ADVICE + "TOO_DARK")).isEqualTo("光线太暗");
        assertThat(content.texts().keySet()).filteredOn(k -> k.startsWith(VERIFY_ADVICE)).hasSize(2);
        assertThat(content.text(VERIFY_HINT)).isEqualTo("工作人员会告诉您下一步");
    }

    @Test
    void aRefusalIsSentTheCitizenIsToldOfTheManualCheckAndItsResultStillShows() throws Exception {
        startAgent();
        inCall();
        fromServer(new VerifyRequest("v-1", "张伟"));
        awaitHeading("张伟专家请您核验身份");

        press(VERIFY_REFUSE);

        await().atMost(UNTIL).until(() -> link.sentOf(VerifyConsent.class).size() == 1);
        assertThat(link.sentOf(VerifyConsent.class).get(0).consent()).isEqualTo(Consent.REFUSED);
        awaitHeading("工作人员将人工核对您的证件");
        // A challenge for a refused verification is nothing to act on.
        fromServer(challenge("v-1", List.of(ChallengeStep.NOD), 60_000));
        agent.stage();
        Thread.sleep(300);
        assertThat(endpoint.uploads()).isEmpty();
        assertThat(prompts).doesNotContain("NOD");
        // The expert checked the card by hand and recorded PASS.
        fromServer(new VerifyResult("v-1", CitizenResult.PASSED, List.of()));
        awaitHeading("身份核验通过");
    }

    @Test
    void anExpiredCardIsReportedAndNothingIsUploaded() throws Exception {
        Path card = Files.writeString(dir.resolve("card.json"), """
                {"name": "王芳", "sex": "FEMALE", "birthDate": "1949-12-31", "idNumber": "11010519491231002X",
                 "validFrom": "2005-03-01", "validUntil": "2025-03-01"}
                """);
        Path photo = dir.resolve("photo.jpg");
        try (var in = FileIdCardReader.class.getResourceAsStream("demo-card/photo.jpg")) {
            Files.write(photo, in.readAllBytes());
        }
        startAgent(FileIdCardReader.of(card, photo), Duration.ofSeconds(30));
        inCall();
        consentGiven("v-1");

        fromServer(challenge("v-1", List.of(ChallengeStep.TURN_LEFT, ChallengeStep.NOD), 60_000));

        await().atMost(UNTIL).until(() -> problems().size() == 1);
        assertThat(problems().get(0)).isEqualTo(new VerifyProblem("v-1", KioskVerifyProblem.CARD_EXPIRED, "EXPIRED"));
        awaitHeading("您的身份证已过期");
        assertThat(shown(VERIFY_HINT)).isEqualTo("请与工作人员沟通");
        Thread.sleep(300);
        assertThat(endpoint.uploads()).isEmpty();
        assertThat(prompts).doesNotContain("TURN_LEFT");
    }

    @Test
    void aRefusedUploadIsReportedAsUploadFailedWithTheCodeOnly() {
        startAgent();
        inCall();
        endpoint.answer(409, "NONCE_MISMATCH");
        consentGiven("v-1");

        fromServer(challenge("v-1", List.of(ChallengeStep.TURN_RIGHT), 60_000));

        await().atMost(UNTIL).until(() -> problems().size() == 1);
        assertThat(problems().get(0))
                .isEqualTo(new VerifyProblem("v-1", KioskVerifyProblem.UPLOAD_FAILED, "NONCE_MISMATCH"));
        assertThat(endpoint.uploads()).hasSize(1);
        awaitHeading("核验未能完成");
        assertThat(shown(VERIFY_HINT)).isEqualTo("请听从工作人员指引");
    }

    @Test
    void anUploadTheServerClosedItselfIsNotReportedAgain() {
        startAgent();
        inCall();
        endpoint.answer(422, "CARD_REJECTED");
        consentGiven("v-1");
        fromServer(challenge("v-1", List.of(ChallengeStep.TURN_RIGHT), 60_000));
        awaitHeading("核验未能完成");
        assertThat(endpoint.uploads()).hasSize(1);
        assertThat(problems()).as("the server closed it: verify.problem would be refused").isEmpty();
    }

    @Test
    void aStaleResultForAnotherVerificationIsIgnored() {
        startAgent();
        inCall();
        fromServer(new VerifyRequest("v-1", "张伟"));
        fromServer(new VerifyRequest("v-2", "张伟"));
        awaitHeading("张伟专家请您核验身份");

        fromServer(new VerifyResult("v-1", CitizenResult.PASSED, List.of()));
        fromServer(new VerifyChallenge("v-1", "n", List.of(ChallengeStep.NOD), 0, Long.MAX_VALUE, 12, "/x"));
        fromServer(new VerifyRequest("v-2", "张伟"));
        agent.stage();

        assertThat(shown(VERIFY_HEADING)).isEqualTo("张伟专家请您核验身份");
        press(VERIFY_AGREE);
        await().atMost(UNTIL).until(() -> link.sentOf(VerifyConsent.class).size() == 1);
        assertThat(link.sentOf(VerifyConsent.class).get(0).verificationId()).isEqualTo("v-2");
    }

    @Test
    void aCardThatCannotBeReadIsAskedForAgainThenReported() {
        AtomicInteger reads = new AtomicInteger();
        startAgent(timeout -> {
            reads.incrementAndGet();
            return new CardReadFailure(reads.get() == 1 ? CardReadFailure.Reason.NO_CARD
                    : CardReadFailure.Reason.UNREADABLE, "test");
        }, Duration.ofSeconds(30));
        inCall();
        consentGiven("v-1");

        fromServer(challenge("v-1", List.of(ChallengeStep.NOD), 60_000));

        await().atMost(UNTIL).until(() -> problems().size() == 1);
        assertThat(reads).hasValue(2);
        assertThat(problems().get(0).problem()).isEqualTo(KioskVerifyProblem.CARD_UNREADABLE);
        assertThat(problems().get(0).detail()).startsWith("UNREADABLE");
        assertThat(headingsShown()).containsSubsequence("请将身份证放在读卡区", "未能读取身份证，请重新放置", "核验未能完成");
        assertThat(endpoint.uploads()).isEmpty();
    }

    @Test
    void aNewerRequestReplacesTheCurrentOneAndStopsItsRun() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        startAgent(timeout -> {
            reading.countDown();
            try {
                Thread.sleep(timeout.toMillis());
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return new CardReadFailure(CardReadFailure.Reason.NO_CARD, "test");
        }, Duration.ofSeconds(30));
        inCall();
        consentGiven("v-1");
        fromServer(challenge("v-1", List.of(ChallengeStep.NOD), 60_000));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        fromServer(new VerifyRequest("v-2", "张伟"));

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the old run stopped").isTrue();
        awaitHeading("张伟专家请您核验身份");
        agent.stage();
        assertThat(problems()).as("the server cancelled v-1 itself").isEmpty();
    }

    @Test
    void theEndOfTheCallCancelsTheCheck() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        startAgent(timeout -> {
            reading.countDown();
            try {
                Thread.sleep(timeout.toMillis());
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return new CardReadFailure(CardReadFailure.Reason.NO_CARD, "test");
        }, Duration.ofSeconds(30));
        inCall();
        consentGiven("v-1");
        fromServer(challenge("v-1", List.of(ChallengeStep.NOD), 60_000));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        fromServer(new SessionEnded(Role.EXPERT, EndReason.HANGUP));

        await().atMost(UNTIL).until(() -> screen.current().screen() == ScreenId.RATING);
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(prompts).endsWith("over");
        agent.stage();
        assertThat(problems()).isEmpty();
    }

    @Test
    void theCitizenMayStopWhileTheCardIsAskedFor() {
        startAgent();
        inCall();
        consentGiven("v-1");
        awaitHeading("请将身份证放在读卡区");

        press(VERIFY_CANCEL);

        await().atMost(UNTIL).until(() -> problems().size() == 1);
        assertThat(problems().get(0).problem()).isEqualTo(KioskVerifyProblem.CITIZEN_CANCELLED);
        awaitHeading("工作人员将人工核对您的证件");
    }

    @Test
    void aDeadlineTooCloseForTheCheckIsReportedNotExceeded() throws Exception {
        startAgent();
        inCall();
        consentGiven("v-1");

        fromServer(challenge("v-1", List.of(ChallengeStep.NOD, ChallengeStep.TURN_LEFT), 2_000));

        await().atMost(UNTIL).until(() -> problems().size() == 1);
        assertThat(problems().get(0)).isEqualTo(new VerifyProblem("v-1", KioskVerifyProblem.UPLOAD_FAILED, "DEADLINE"));
        awaitHeading("核验未能完成");
        assertThat(endpoint.uploads()).isEmpty();
    }

    @Test
    void aKioskWithoutACardReaderAnswersAtOnceAndTheExpertChecksByHand() {
        startAgent(null, Duration.ofSeconds(30));
        inCall();

        fromServer(new VerifyRequest("v-1", "张伟"));

        await().atMost(UNTIL).until(() -> problems().size() == 1);
        assertThat(problems().get(0).problem()).isEqualTo(KioskVerifyProblem.CARD_UNREADABLE);
        awaitHeading("工作人员将人工核对您的证件");
        assertThat(link.sentOf(VerifyConsent.class)).isEmpty();
    }

    @Test
    void aRequestThatComesWhileConnectingIsShownWhenTheCallIs() {
        startAgent();
        await().atMost(UNTIL).until(() -> screen.press(CHOICE_DEPARTMENT + "PSB"));
        await().atMost(UNTIL).until(() -> screen.press(CHOICE_ITEM + "PSB-HJQY"));
        await().atMost(UNTIL).until(() -> !link.sentOf(ServiceRequest.class).isEmpty());
        fromServer(new SessionStatus(SessionPhase.REQUESTED));
        fromServer(new SessionEstablished(SdpRole.OFFERER, new Peer(Role.EXPERT, "zhangwei", "张伟", null), List.of()));
        fromServer(new VerifyRequest("v-1", "张伟"));
        agent.stage();
        assertThat(screen.current().screen()).isEqualTo(ScreenId.CONNECTING);

        fromServer(new SessionStatus(SessionPhase.ACTIVE));

        awaitHeading("张伟专家请您核验身份");
        assertThat(screen.current().screen()).isEqualTo(ScreenId.IN_CALL);
    }

    private List<String> headingsShown() {
        List<String> headings = new ArrayList<>();
        for (ScreenContent content : screen.history()) {
            String heading = content.text(ControlNames.VERIFY_HEADING);
            if (heading != null && (headings.isEmpty() || !headings.get(headings.size() - 1).equals(heading))) {
                headings.add(heading);
            }
        }
        return headings;
    }
}

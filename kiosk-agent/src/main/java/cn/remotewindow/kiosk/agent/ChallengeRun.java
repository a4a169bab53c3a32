package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.identity.CardRead;
import cn.remotewindow.kiosk.identity.CardReadFailure;
import cn.remotewindow.kiosk.identity.EvidenceFrame;
import cn.remotewindow.kiosk.identity.EvidenceOutcome;
import cn.remotewindow.kiosk.identity.EvidenceUpload;
import cn.remotewindow.kiosk.identity.IdCardReader;
import cn.remotewindow.kiosk.media.FrameGrabber;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.kiosk.screen.VerifyNote;
import cn.remotewindow.kiosk.screen.VerifyPrompt;
import cn.remotewindow.protocol.identity.CardProblem;
import cn.remotewindow.protocol.message.KioskVerifyProblem;
import cn.remotewindow.protocol.message.VerifyChallenge;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's side of one liveness challenge, on a worker thread, paced for a citizen to follow:
 * read the ID card (two attempts), refuse an expired or inconsistent card, prompt the steps in
 * the challenge's order and take timestamped frames of the kiosk's camera ({@link CapturePlan}),
 * then upload card and burst in one request before the deadline. Every report goes through the
 * {@link Host}, which moves it onto the agent's thread; an interrupt (the verification was
 * cancelled or replaced) ends the run quietly.
 */
final class ChallengeRun implements Runnable {

    /** What the run reports and needs; see {@link IdentityCheck}. */
    interface Host {

        String verificationId();

        void show(Consumer<KioskScreen> step);

        void prompt(VerifyPrompt prompt, int step, int steps);

        void promptsOver();

        /** A tap on the camera, or null when there is none. */
        FrameGrabber openGrabber() throws InterruptedException;

        EvidenceOutcome upload(String uploadPath, EvidenceUpload upload, Duration timeout) throws InterruptedException;

        /** The server took the evidence. */
        void accepted();

        /** The kiosk cannot go on: {@code verify.problem}, and the note for the citizen. */
        void problem(KioskVerifyProblem problem, String detail, VerifyNote note);

        /** The upload was refused and the server closed the verification itself: only the note. */
        void closedByServer(EvidenceOutcome outcome);
    }

    /** Kept free before the deadline for the upload itself. */
    static final Duration UPLOAD_RESERVE = Duration.ofSeconds(3);
    /** After a card that could not be read, before the second read: the citizen lifts it and places it again. */
    private static final Duration REPLACE_PAUSE = Duration.ofMillis(1500);
    /** A camera that gives no new frame for this long is taken as unavailable. */
    private static final Duration FRAME_WAIT = Duration.ofSeconds(2);
    /** A kiosk clock this much behind the server's is waited for (frames before issuedAt do not count). */
    private static final Duration CLOCK_WAIT = Duration.ofSeconds(3);
    /** The burst's frames: the camera's own size up to VGA, taken from at most 15 frames a second. */
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final int FPS = 15;
    private static final Logger log = LoggerFactory.getLogger(ChallengeRun.class);

    private final VerifyChallenge challenge;
    private final VerifySetup setup;
    private final Clock clock;
    private final Host host;
    private final List<CapturePlan.Cue> cues;

    ChallengeRun(VerifyChallenge challenge, VerifySetup setup, Clock clock, Host host) {
        this.challenge = challenge;
        this.setup = setup;
        this.clock = clock;
        this.host = host;
        this.cues = CapturePlan.of(challenge.steps(), challenge.frames());
    }

    @Override
    public void run() {
        try {
            CardRead card = readCard();
            if (card == null || !usable(card)) {
                return;
            }
            List<EvidenceFrame> frames = capture();
            if (frames != null) {
                upload(card, frames);
            }
        } catch (InterruptedException e) {
            log.debug("verification {}: run stopped", host.verificationId());
        } catch (RuntimeException e) {
            log.error("verification {}: the run failed", host.verificationId(), e);
            host.problem(KioskVerifyProblem.UPLOAD_FAILED, "KIOSK_ERROR", VerifyNote.NOT_COMPLETED);
        }
    }

    private CardRead readCard() throws InterruptedException {
        CardReadFailure failure = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            Duration timeout = Duration.ofMillis(Math.min(setup.readTimeout().toMillis(),
                    challenge.deadline() - clock.millis() - captureBudget().toMillis()));
            if (timeout.toMillis() < 1000) {
                deadlineReached("before the card was read");
                return null;
            }
            IdCardReader.Result result = setup.cardReader().read(timeout);
            if (result instanceof CardRead card) {
                return card;
            }
            failure = (CardReadFailure) result;
            log.info("verification {}: card not read ({}: {}), attempt {}", host.verificationId(), failure.reason(),
                    failure.detail(), attempt);
            if (attempt == 1) {
                host.show(s -> s.showVerifyCard(true));
                if (failure.reason() == CardReadFailure.Reason.UNREADABLE) {
                    // A card lying badly would only be read badly again: time to lift and place it anew.
                    Thread.sleep(REPLACE_PAUSE.toMillis());
                }
            }
        }
        host.problem(KioskVerifyProblem.CARD_UNREADABLE, failure.reason() + ": " + failure.detail(),
                VerifyNote.NOT_COMPLETED);
        return null;
    }

    /** An expired or inconsistent card goes to verify.problem, never to the server as evidence. */
    private boolean usable(CardRead card) {
        List<CardProblem> problems = card.facts().problems(LocalDate.now(clock.withZone(VerifySetup.CARD_ZONE)));
        if (problems.contains(CardProblem.EXPIRED)) {
            host.problem(KioskVerifyProblem.CARD_EXPIRED, "EXPIRED", VerifyNote.CARD_EXPIRED);
            return false;
        }
        if (!problems.isEmpty()) {
            host.problem(KioskVerifyProblem.CARD_INVALID,
                    problems.stream().map(Enum::name).collect(Collectors.joining(",")), VerifyNote.NOT_COMPLETED);
            return false;
        }
        return true;
    }

    private List<EvidenceFrame> capture() throws InterruptedException {
        FrameGrabber grabber = host.openGrabber();
        if (grabber == null) {
            host.problem(KioskVerifyProblem.CAMERA_UNAVAILABLE, "no camera", VerifyNote.NOT_COMPLETED);
            return null;
        }
        try {
            long behind = challenge.issuedAt() - clock.millis();
            if (behind > 0 && behind <= CLOCK_WAIT.toMillis()) {
                Thread.sleep(behind + 1);
            }
            int motions = challenge.steps().size();
            long promptMillis = setup.promptTime().toMillis();
            List<EvidenceFrame> frames = new ArrayList<>();
            long last = challenge.issuedAt() - 1;
            for (int c = 0; c < cues.size(); c++) {
                CapturePlan.Cue cue = cues.get(c);
                long rest = cues.subList(c, cues.size()).stream().mapToLong(this::cueMillis).sum();
                if (clock.millis() + rest + UPLOAD_RESERVE.toMillis() > challenge.deadline()) {
                    deadlineReached("during the capture");
                    return null;
                }
                host.prompt(cue.prompt(), cue.step(), motions);
                long shownAt = clock.millis();
                // Time to read the prompt and move; the frames come after it.
                Thread.sleep(promptMillis);
                for (int i = 0; i < cue.frames(); i++) {
                    if (i > 0) {
                        Thread.sleep(frameGap());
                    }
                    FrameGrabber.Grabbed frame = grabber.await(Math.max(last + 1, shownAt + promptMillis), FRAME_WAIT);
                    if (frame == null) {
                        host.problem(KioskVerifyProblem.CAMERA_UNAVAILABLE,
                                "no picture from the camera for " + FRAME_WAIT.toSeconds() + " s", VerifyNote.NOT_COMPLETED);
                        return null;
                    }
                    frames.add(EvidenceFrame.of(frame.image(), frame.capturedAt()));
                    last = frame.capturedAt();
                }
            }
            host.promptsOver();
            return frames;
        } finally {
            grabber.close();
        }
    }

    private void upload(CardRead card, List<EvidenceFrame> frames) throws InterruptedException {
        // The citizen's part is done: "checking" while the evidence travels.
        host.show(KioskScreen::showVerifyChecking);
        long left = challenge.deadline() - clock.millis();
        if (left <= 0) {
            deadlineReached("before the upload");
            return;
        }
        EvidenceOutcome outcome = host.upload(challenge.uploadPath(), new EvidenceUpload(challenge.nonce(), card, frames),
                Duration.ofMillis(left));
        log.info("verification {}: evidence of {} frames: {}", host.verificationId(), frames.size(), outcome);
        if (outcome.accepted()) {
            host.accepted();
        } else if (outcome.closedByServer()) {
            host.closedByServer(outcome);
        } else {
            host.problem(KioskVerifyProblem.UPLOAD_FAILED, outcome.name(), VerifyNote.NOT_COMPLETED);
        }
    }

    private void deadlineReached(String when) {
        host.promptsOver();
        host.problem(KioskVerifyProblem.UPLOAD_FAILED, "DEADLINE", VerifyNote.NOT_COMPLETED);
        log.info("verification {}: the challenge's deadline came {}", host.verificationId(), when);
    }

    private long frameGap() {
        return Math.max(1, setup.promptTime().toMillis() / 4);
    }

    private long cueMillis(CapturePlan.Cue cue) {
        return setup.promptTime().toMillis() + cue.frames() * frameGap();
    }

    /** How long the capture and the upload take, at the least: what the card reading must leave. */
    private Duration captureBudget() {
        return Duration.ofMillis(cues.stream().mapToLong(this::cueMillis).sum()).plus(UPLOAD_RESERVE);
    }
}

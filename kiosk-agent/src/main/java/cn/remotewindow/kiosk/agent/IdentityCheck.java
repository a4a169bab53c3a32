package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.identity.EvidenceOutcome;
import cn.remotewindow.kiosk.identity.EvidenceUpload;
import cn.remotewindow.kiosk.media.FrameGrabber;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.kiosk.screen.VerifyAdvice;
import cn.remotewindow.kiosk.screen.VerifyNote;
import cn.remotewindow.kiosk.screen.VerifyPrompt;
import cn.remotewindow.protocol.message.CitizenResult;
import cn.remotewindow.protocol.message.Consent;
import cn.remotewindow.protocol.message.KioskVerifyProblem;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.VerifyChallenge;
import cn.remotewindow.protocol.message.VerifyConsent;
import cn.remotewindow.protocol.message.VerifyProblem;
import cn.remotewindow.protocol.message.VerifyRequest;
import cn.remotewindow.protocol.message.VerifyResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's part of a remote identity verification (远程身份核验, docs/protocol.md 5.40-5.48),
 * during a call: the consent question, then (on {@code verify.challenge}) the card and the liveness
 * burst, which a {@link ChallengeRun} does on a worker thread, then the result the expert decided.
 *
 * <p>One verification at a time: a newer {@code verify.request} replaces the current one (the
 * server has cancelled it), and the end of the call cancels it. Everything here runs on the agent's
 * thread; the run's reports hop onto it and count only while their verification is still the current
 * one, so a cancelled run can never put a stale prompt on the screen or send a stale message. Logs
 * name verifications, codes and counts; never a card's data or a picture.
 */
final class IdentityCheck {

    /** How the check reaches the rest of the agent. */
    interface Agent {

        /** Sends a {@code verify.*} message into the session (kept while signaling is down). */
        void send(String sessionId, Message message);

        /** A tap on the kiosk's camera as the call sends it; null when the kiosk has none open. Agent thread. */
        FrameGrabber tapCamera(int maxWidth, int maxHeight, int maxFps);

        /** Uploads evidence over HTTP; blocking, called on the worker thread. */
        EvidenceOutcome upload(String uploadPath, EvidenceUpload upload, Duration timeout) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(IdentityCheck.class);

    private enum Phase {
        /** The consent question is shown. */
        CONSENT,
        /** Consent given; the card prompt is shown until the challenge comes. */
        AWAITING_CHALLENGE,
        /** The run reads the card, prompts, captures and uploads. */
        CAPTURING,
        /** The evidence is with the server; waiting for the expert's decision. */
        CHECKING,
        /** Nothing more for the kiosk to do; a result for it is still shown when it comes. */
        ENDED
    }

    /** One verification, from its request on. */
    private static final class Verification {
        final String id;
        final String sessionId;
        Phase phase = Phase.CONSENT;
        Future<?> run;
        ScheduledFuture<?> linger;
        /** Shows the current step again (the call screen was shown anew). */
        Runnable shown;

        Verification(String id, String sessionId) {
            this.id = id;
            this.sessionId = sessionId;
        }
    }

    private final KioskScreen screen;
    private final VerifySetup setup;
    private final Agent agent;
    private final ScheduledExecutorService agentThread;
    private final ExecutorService worker;
    private final Clock clock;
    private Verification current;

    IdentityCheck(KioskScreen screen, VerifySetup setup, Agent agent, ScheduledExecutorService agentThread, Clock clock) {
        this.screen = screen;
        this.setup = setup;
        this.agent = agent;
        this.agentThread = agentThread;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.worker = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kiosk-identity-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code verify.request}, {@code verify.challenge} or {@code verify.result} of the call's session. */
    void message(String sessionId, Message body) {
        if (body instanceof VerifyRequest request) {
            request(sessionId, request);
        } else if (body instanceof VerifyChallenge challenge) {
            challenge(challenge);
        } else if (body instanceof VerifyResult result) {
            result(result);
        }
    }

    private void request(String sessionId, VerifyRequest request) {
        if (current != null && current.id.equals(request.verificationId())) {
            // The same request again (delivered twice around a reconnect): nothing new.
            log.debug("verify.request for {} again; ignored", current.id);
            return;
        }
        if (current != null) {
            log.info("verification {} replaced by {}", current.id, request.verificationId());
            stop(current);
        }
        Verification v = new Verification(request.verificationId(), sessionId);
        current = v;
        if (setup.cardReader() == null) {
            log.info("verification {}: this kiosk has no ID card reader; the expert checks by hand", v.id);
            problem(v, KioskVerifyProblem.CARD_UNREADABLE, "this kiosk has no ID card reader", VerifyNote.MANUAL_CHECK);
            return;
        }
        log.info("verification {} requested: asking the citizen's consent", v.id);
        show(v, s -> s.showVerifyConsent(request.expertName()));
    }

    /** The citizen's answer to the consent question. */
    void consent(boolean given) {
        Verification v = current;
        if (v == null || v.phase != Phase.CONSENT) {
            return;
        }
        agent.send(v.sessionId, new VerifyConsent(v.id, given ? Consent.GIVEN : Consent.REFUSED));
        log.info("verification {}: consent {}", v.id, given ? "given" : "refused (manual check)");
        if (given) {
            // The card can go on the reader while the server prepares the challenge.
            v.phase = Phase.AWAITING_CHALLENGE;
            show(v, s -> s.showVerifyCard(false));
        } else {
            end(v, s -> s.showVerifyNote(VerifyNote.MANUAL_CHECK));
        }
    }

    private void challenge(VerifyChallenge challenge) {
        Verification v = current;
        if (v == null || !v.id.equals(challenge.verificationId()) || v.phase != Phase.AWAITING_CHALLENGE) {
            log.info("ignoring verify.challenge for {} (current {})", challenge.verificationId(),
                    v == null ? "none" : v.id + " " + v.phase);
            return;
        }
        log.info("verification {}: challenge of {} steps, {} frames at most, {} s left", v.id, challenge.steps().size(),
                challenge.frames(), Math.max(0, challenge.deadline() - clock.millis()) / 1000);
        v.phase = Phase.CAPTURING;
        v.run = worker.submit(new ChallengeRun(challenge, setup, clock, new RunHost(v)));
    }

    /** The citizen stopped while the card was asked for (or during the capture). */
    void citizenCancelled() {
        Verification v = current;
        if (v == null || (v.phase != Phase.AWAITING_CHALLENGE && v.phase != Phase.CAPTURING)) {
            return;
        }
        log.info("verification {}: the citizen stopped; the expert checks by hand", v.id);
        stop(v);
        problem(v, KioskVerifyProblem.CITIZEN_CANCELLED, "the citizen stopped the check", VerifyNote.MANUAL_CHECK);
    }

    private void result(VerifyResult result) {
        Verification v = current;
        if (v == null || !v.id.equals(result.verificationId())) {
            log.info("ignoring verify.result for {} (current {})", result.verificationId(), v == null ? "none" : v.id);
            return;
        }
        if (result.result() == CitizenResult.CHECKING) {
            if (v.phase == Phase.CAPTURING || v.phase == Phase.CHECKING) {
                v.phase = Phase.CHECKING;
                show(v, KioskScreen::showVerifyChecking);
            }
            return;
        }
        boolean passed = result.result() == CitizenResult.PASSED;
        List<VerifyAdvice> advice = result.advice().stream().map(VerifyAdvice::ofCode).flatMap(Optional::stream).toList();
        log.info("verification {}: {} ({} pieces of advice)", v.id, result.result(), advice.size());
        stop(v);
        end(v, s -> s.showVerifyResult(passed, advice));
    }

    /** The call screen was shown again (e.g. the call became ACTIVE): the current step goes back on it. */
    void callShown() {
        if (current != null && current.shown != null) {
            current.shown.run();
        }
    }

    /** The call or the session is over: whatever runs stops, nothing more is sent. */
    void sessionOver() {
        if (current != null) {
            log.info("verification {} ends with the call", current.id);
            stop(current);
            current = null;
        }
    }

    void close() {
        sessionOver();
        worker.shutdownNow();
    }

    // ---- steps ------------------------------------------------------------------------------------

    private void show(Verification v, Consumer<KioskScreen> step) {
        cancel(v.linger);
        v.shown = () -> step.accept(screen);
        v.shown.run();
    }

    /** Shows the last step of the kiosk's part; the plain call returns after the result time. */
    private void end(Verification v, Consumer<KioskScreen> last) {
        v.phase = Phase.ENDED;
        setup.prompts().promptsOver();
        show(v, last);
        v.linger = agentThread.schedule(() -> {
            if (current == v) {
                v.shown = null;
                screen.endVerification();
            }
        }, setup.resultTime().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void problem(Verification v, KioskVerifyProblem problem, String detail, VerifyNote note) {
        log.info("verification {}: {} ({})", v.id, problem, detail);
        agent.send(v.sessionId, new VerifyProblem(v.id, problem, cut(detail)));
        end(v, s -> s.showVerifyNote(note));
    }

    private void stop(Verification v) {
        if (v.run != null) {
            v.run.cancel(true);
            v.run = null;
        }
        cancel(v.linger);
        setup.prompts().promptsOver();
    }

    private static String cut(String detail) {
        return detail == null || detail.length() <= 200 ? detail : detail.substring(0, 199) + "…";
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** The run's reports, moved onto the agent's thread; they count while their verification is current. */
    private final class RunHost implements ChallengeRun.Host {
        private final Verification v;

        RunHost(Verification v) {
            this.v = v;
        }

        private void onAgent(Runnable work) {
            agentThread.execute(() -> {
                if (current == v && (v.phase == Phase.CAPTURING || v.phase == Phase.CHECKING)) {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        log.error("verification {}: handling the run's report failed", v.id, e);
                    }
                }
            });
        }

        @Override
        public String verificationId() {
            return v.id;
        }

        @Override
        public void show(Consumer<KioskScreen> step) {
            onAgent(() -> IdentityCheck.this.show(v, step));
        }

        @Override
        public void prompt(VerifyPrompt prompt, int step, int steps) {
            onAgent(() -> {
                setup.prompts().prompted(prompt);
                IdentityCheck.this.show(v, s -> s.showVerifyPrompt(prompt, step, steps));
            });
        }

        @Override
        public void promptsOver() {
            onAgent(() -> setup.prompts().promptsOver());
        }

        @Override
        public FrameGrabber openGrabber() throws InterruptedException {
            try {
                return agentThread.submit(() -> current == v
                        ? agent.tapCamera(ChallengeRun.WIDTH, ChallengeRun.HEIGHT, ChallengeRun.FPS) : null)
                        .get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                log.warn("verification {}: the camera tap could not be opened", v.id, e);
                return null;
            }
        }

        @Override
        public EvidenceOutcome upload(String uploadPath, EvidenceUpload upload, Duration timeout)
                throws InterruptedException {
            return agent.upload(uploadPath, upload, timeout);
        }

        @Override
        public void accepted() {
            onAgent(() -> {
                v.phase = Phase.CHECKING;
                IdentityCheck.this.show(v, KioskScreen::showVerifyChecking);
            });
        }

        @Override
        public void problem(KioskVerifyProblem problem, String detail, VerifyNote note) {
            onAgent(() -> {
                v.run = null;
                IdentityCheck.this.problem(v, problem, detail, note);
            });
        }

        @Override
        public void closedByServer(EvidenceOutcome outcome) {
            onAgent(() -> {
                log.info("verification {}: the server closed it on the upload ({}); no problem to send", v.id, outcome);
                v.run = null;
                end(v, s -> s.showVerifyNote(VerifyNote.NOT_COMPLETED));
            });
        }
    }
}

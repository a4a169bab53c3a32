package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.identity.EvidenceOutcome;
import cn.remotewindow.kiosk.identity.EvidenceUpload;
import cn.remotewindow.kiosk.link.LinkProblem;
import cn.remotewindow.kiosk.media.FrameGrabber;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.MediaUnavailableException;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.kiosk.screen.Rating;
import cn.remotewindow.kiosk.screen.ScreenError;
import cn.remotewindow.kiosk.screen.ScreenLanguage;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import cn.remotewindow.kiosk.screen.ServiceChoice;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.IceRestart;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.RatingRecorded;
import cn.remotewindow.protocol.message.RatingSubmit;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.ServiceCancel;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionResumed;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.protocol.message.VerifyChallenge;
import cn.remotewindow.protocol.message.VerifyRequest;
import cn.remotewindow.protocol.message.VerifyResult;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flow of one kiosk: the citizen's taps become requests, the server's messages become screens,
 * and the call's media is started and ended. Everything here runs on the agent's thread (see
 * {@link KioskAgent}, which owns that thread and hands every event to this class), so no field
 * needs a lock. The flow and the protocol-to-screen table are in kiosk-agent/README.md.
 */
final class ServiceFlow {

    private static final Logger log = LoggerFactory.getLogger(ServiceFlow.class);

    private final KioskScreen screen;
    /** What the service choice offers: the server's catalogue, a kept copy of it, or null until one arrives. */
    private ServiceCatalogue catalogue;
    private final MediaEngine engine;
    private final OwnScreen ownScreen;
    private final AgentTimings timings;
    private final ScheduledExecutorService thread;
    private final Outbox outbox;
    private final LocalDevices.Opener devicesOpener;
    private KioskAgent.Link link;
    private LocalDevices devices;

    private ScreenLanguage homeLanguage = ScreenLanguage.ZH_CN;
    private Stage stage = Stage.CHOOSING;
    private volatile String sessionId;
    private ServiceChoice choice;
    private String expertName;
    /** The lead expert's party id, from session.established: its pair is the call's first peer. */
    private String leadId;
    private boolean muted;
    private boolean cancelWhenKnown;
    private CallMedia call;
    private ScheduledFuture<?> stageTimer;
    private ScheduledFuture<?> linkTimer;
    /** The problem screen shows that the server cannot be reached: it goes away by itself when it can. */
    private boolean outOfService;
    /** Remote identity verification during the call; this class only hands it its messages and taps. */
    private final IdentityCheck identity;
    /** Document pictures, the closing summary and the receipt; this class only hands it messages. */
    private final CaseFile caseFile;

    ServiceFlow(KioskScreen screen, ServiceCatalogue catalogue, MediaEngine engine, LocalDevices.Opener devicesOpener,
                OwnScreen ownScreen, AgentTimings timings, VerifySetup verifySetup, CaseFileSetup caseFileSetup,
                Clock clock, ScheduledExecutorService thread) {
        this.screen = screen;
        this.catalogue = catalogue;
        this.engine = engine;
        this.devicesOpener = devicesOpener;
        this.ownScreen = ownScreen;
        this.timings = timings;
        this.outbox = new Outbox(clock);
        this.thread = thread;
        this.identity = new IdentityCheck(screen, verifySetup, new IdentityCheck.Agent() {
            @Override
            public void send(String session, Message message) {
                outbox.deliver(session, message, ServiceFlow.this::sendNow);
            }

            @Override
            public FrameGrabber tapCamera(int maxWidth, int maxHeight, int maxFps) {
                return devices == null ? null : FrameGrabber.open(engine, devices.camera(), maxWidth, maxHeight, maxFps, clock);
            }

            @Override
            public EvidenceOutcome upload(String path, EvidenceUpload upload, Duration timeout) throws InterruptedException {
                return link.submitEvidence(path, upload, timeout);
            }
        }, thread, clock);
        DocumentCamera.Opener documentCameras = DocumentCameras.opener(caseFileSetup, engine,
                () -> devices == null ? null : devices.camera(), clock);
        this.caseFile = new CaseFile(screen, caseFileSetup, new CaseFileHost() {
            @Override
            public void send(String session, Message message) {
                outbox.deliver(session, message, ServiceFlow.this::sendNow);
            }

            @Override
            public cn.remotewindow.kiosk.link.CaseFileReply http(cn.remotewindow.kiosk.link.CaseFileCall call)
                    throws InterruptedException {
                return link.caseFile(call);
            }

            @Override
            public DocumentCamera openCamera() throws java.io.IOException {
                return documentCameras.open();
            }
        }, thread);
    }

    /** The case file in the call (documents, summary, signature, receipt); for the citizen's taps. */
    CaseFile caseFile() {
        return caseFile;
    }

    /** The session to resume on reconnecting; read by the link's thread, hence volatile. */
    String sessionId() {
        return sessionId;
    }

    /** Opens the devices and shows the start screen. */
    void start(KioskAgent.Link serverLink, ScreenLanguage language) {
        this.link = serverLink;
        this.homeLanguage = language;
        if (openDevices()) {
            toStart();
        }
    }

    Stage stage() {
        return stage;
    }

    cn.remotewindow.kiosk.media.CallPeer callPeer() {
        return call == null ? null : call.peer();
    }

    /** The peer to a guest expert (protocol 8.7), null when none. */
    cn.remotewindow.kiosk.media.CallPeer guestPeer(String guestId) {
        GuestPeer guest = call == null ? null : call.guests().peer(guestId);
        return guest == null ? null : guest.peer();
    }

    // ---- the citizen -------------------------------------------------------------------------

    void serviceChosen(ServiceChoice chosen) {
        if (stage != Stage.CHOOSING && stage != Stage.PROBLEM) {
            log.debug("ignoring a service choice in {}", stage);
            return;
        }
        choice = chosen;
        request();
    }

    private void request() {
        resetVisit();
        setStage(Stage.REQUESTING);
        screen.showConnecting();
        if (link.isUp()) {
            sendRequest();
        } else {
            // Sent when the link is back (linkUp); the citizen is told if that takes too long.
            log.info("signaling is down: the request for {} waits for it", choice);
            armLinkPatience(null);
        }
    }

    private void sendRequest() {
        link.send(null, new ServiceRequest(choice.itemCode(), choice.departmentCode(), null,
                choice.greenChannel() ? Priority.GREEN_CHANNEL : Priority.NORMAL));
        log.info("asked for an expert: {}", choice);
    }

    void cancel() {
        if (stage != Stage.REQUESTING && stage != Stage.WAITING && stage != Stage.CONNECTING) {
            return;
        }
        if (sessionId != null) {
            outbox.deliver(sessionId, new ServiceCancel(), this::sendNow);
        } else {
            cancelWhenKnown = true;
        }
        log.info("the citizen cancelled (session {})", sessionId);
        endCallMedia();
        toStart();
    }

    void hangUp() {
        if (stage != Stage.IN_CALL && stage != Stage.CONNECTING) {
            return;
        }
        log.info("the citizen hung up (session {})", sessionId);
        outbox.deliver(sessionId, new SessionEnd(null), this::sendNow);
        endCallMedia();
        toRating();
    }

    void muteChanged(boolean nowMuted) {
        muted = nowMuted;
        if (call != null) {
            call.setMuted(nowMuted);
        }
    }

    void ratingSkipped() {
        if (stage == Stage.RATING) {
            toGoodbye();
        }
    }

    void rated(Rating rating) {
        if (stage != Stage.RATING) {
            return;
        }
        outbox.deliver(sessionId, new RatingSubmit(Satisfaction.valueOf(rating.name()), null), this::sendNow);
        log.info("the citizen rated session {}: {}", sessionId, rating);
        toGoodbye();
    }

    void verificationConsent(boolean given) {
        if (stage == Stage.IN_CALL) {
            identity.consent(given);
        }
    }

    void verificationCancelled() {
        if (stage == Stage.IN_CALL) {
            identity.citizenCancelled();
        }
    }

    void retry(ScreenError error) {
        if (stage != Stage.PROBLEM) {
            return;
        }
        if (error == ScreenError.DEVICE_PROBLEM) {
            if (openDevices()) {
                toStart();
            }
            return;
        }
        if (choice != null && error != ScreenError.UNEXPECTED) {
            request();
        } else {
            toStart();
        }
    }

    // ---- the server --------------------------------------------------------------------------

    void linkUp(AuthOk identity) {
        cancel(linkTimer);
        if (stage == Stage.PROBLEM && outOfService) {
            log.info("the server is reachable again: back in service");
            toStart();
        }
        outbox.flush(this::sendNow);
        if (stage == Stage.REQUESTING && sessionId == null && !cancelWhenKnown) {
            // Not sent yet, or it may not have arrived; if it did, the server says ALREADY_IN_SESSION and resumes it.
            sendRequest();
        }
    }

    void linkDown(LinkProblem problem) {
        if (call != null) {
            // Media does not go through the server: the call goes on; the session is held for us.
            return;
        }
        armLinkPatience(problem);
        if ((problem == LinkProblem.REPLACED || problem == LinkProblem.CREDENTIAL_REJECTED) && stage == Stage.CHOOSING) {
            // Nobody is being served, and nobody can be until someone fixes this: say so now.
            outOfService(problem == LinkProblem.REPLACED ? "another agent signed in with this kiosk's id"
                    : "the server refused this kiosk's credential");
        }
    }

    /**
     * Signaling down longer than the patience, while nobody is in a call, is shown to the citizen
     * (or to the next one, on the start screen), and goes away by itself when the link is back.
     */
    private void armLinkPatience(LinkProblem problem) {
        if (waitingForServer() && (linkTimer == null || linkTimer.isDone())) {
            linkTimer = schedule(() -> {
                if (!link.isUp() && call == null && waitingForServer()) {
                    outOfService("signaling down for " + timings.signalingPatience().toSeconds() + " s ("
                            + (problem == null ? "not connected yet" : problem) + ")");
                }
            }, timings.signalingPatience());
        }
    }

    private boolean waitingForServer() {
        return stage == Stage.CHOOSING || stage == Stage.REQUESTING || stage == Stage.WAITING
                || stage == Stage.CONNECTING;
    }

    private void outOfService(String why) {
        problem(ScreenError.SERVER_UNREACHABLE, why);
        outOfService = true;
    }

    void message(Envelope envelope) {
        Message body = envelope.body();
        String about = envelope.sessionId();
        if (body instanceof ErrorReply error) {
            serverError(about, error);
            return;
        }
        if (body instanceof SessionStatus status && status.phase() == cn.remotewindow.protocol.message.SessionPhase.REQUESTED
                && stage == Stage.REQUESTING && sessionId == null) {
            sessionId = about;
            log.info("session {} opened", about);
            if (cancelWhenKnown) {
                outbox.deliver(about, new ServiceCancel(), this::sendNow);
                sessionId = null;
            }
            return;
        }
        if (about == null || !about.equals(sessionId)) {
            foreignSession(about, body);
            return;
        }
        if (body instanceof SessionStatus status) {
            phase(status.phase());
        } else if (body instanceof QueueUpdate update) {
            queued(update);
        } else if (body instanceof SessionEstablished established) {
            established(established);
        } else if (body instanceof SessionResumed resumed) {
            resumed(resumed);
        } else if (body instanceof SessionEnded ended) {
            ended(ended);
        } else if (body instanceof cn.remotewindow.protocol.message.SessionTransferred transferred) {
            transferred(transferred);
        } else if (body instanceof SdpOffer || body instanceof SdpAnswer || body instanceof IceRestart
                || body instanceof cn.remotewindow.protocol.message.IceCandidate || body instanceof MediaState) {
            if (call != null) {
                call.onSignal(body);
            }
        } else if (body instanceof cn.remotewindow.protocol.message.PartyJoined joined) {
            if (call != null) {
                call.guests().joined(joined.peer());
            }
        } else if (body instanceof cn.remotewindow.protocol.message.PartyLeft left) {
            log.info("session {}: guest {} left ({})", about, left.peer().id(), left.reason());
            if (call != null) {
                call.guests().left(left.peer().id());
            }
        } else if (body instanceof VerifyRequest
                || body instanceof VerifyChallenge
                || body instanceof VerifyResult) {
            // Shown over the call; one that comes while connecting waits for the call screen.
            if (stage == Stage.IN_CALL || stage == Stage.CONNECTING) {
                identity.message(about, body);
            }
        } else if (CaseFile.handles(body)) {
            // Over the call only (the screen ignores it elsewhere); the checklist is kept whenever it comes.
            if (stage == Stage.IN_CALL || body instanceof cn.remotewindow.protocol.message.MaterialsState) {
                caseFile.message(about, body);
            }
        } else if (body instanceof Chat chat) {
            if (stage == Stage.IN_CALL) {
                screen.showExpertMessage(chat.text());
            }
        } else if (body instanceof PeerStatus peer) {
            log.info("session {}: the expert's signaling is {}", about, peer.connected() ? "back" : "away");
        } else if (body instanceof RatingRecorded recorded) {
            log.info("rating of session {} recorded: {}", about, recorded.level());
        } else {
            log.debug("ignoring {}", body.getClass().getSimpleName());
        }
    }

    private void phase(cn.remotewindow.protocol.message.SessionPhase phase) {
        switch (phase) {
            case QUEUED -> {
                if (stage == Stage.REQUESTING) {
                    setStage(Stage.WAITING);
                }
            }
            case RINGING -> {
                setStage(Stage.WAITING);
                screen.showConnecting();
            }
            case ACTIVE -> {
                if (stage == Stage.CONNECTING) {
                    setStage(Stage.IN_CALL);
                    screen.showInCall(expertName);
                    if (call != null) {
                        screen.updateCallStatus(call.status());
                    }
                    identity.callShown();
                }
            }
            default -> {
            }
        }
    }

    private void queued(QueueUpdate update) {
        if (stage != Stage.WAITING && stage != Stage.REQUESTING) {
            return;
        }
        setStage(Stage.WAITING);
        screen.showWaiting(update.position(),
                update.estimatedWaitSeconds() == null ? null : Duration.ofSeconds(update.estimatedWaitSeconds()),
                update.expertsOnline());
        if (update.expertsOnline() > 0) {
            cancel(stageTimer);
        } else if (stageTimer == null || stageTimer.isDone()) {
            stageTimer = schedule(this::noExpert, timings.noExpertWait());
        }
    }

    private void noExpert() {
        if (stage == Stage.WAITING && sessionId != null) {
            outbox.deliver(sessionId, new ServiceCancel(), this::sendNow);
            problem(ScreenError.NO_EXPERT_ONLINE, "no expert signed on for " + choice.skill()
                    + " within " + timings.noExpertWait().toSeconds() + " s");
        }
    }

    private void established(SessionEstablished established) {
        if (stage != Stage.WAITING && stage != Stage.REQUESTING) {
            return;
        }
        expertName = established.peer().displayName();
        leadId = established.peer().id();
        setStage(Stage.CONNECTING);
        screen.showConnecting();
        startCall(established.iceServers());
    }

    private void startCall(java.util.List<cn.remotewindow.protocol.message.IceServer> iceServers) {
        String id = sessionId;
        call = new CallMedia(id, leadId, engine, devices, ownScreen, screen, thread, new CallMedia.Signals() {
            @Override
            public boolean send(Message message) {
                return id.equals(sessionId) && link.send(id, message);
            }

            @Override
            public void mediaConnected() {
                if (id.equals(sessionId)) {
                    link.send(id, new PeerConnected());
                }
            }
        });
        try {
            call.start(SignalMapping.iceServers(iceServers), muted);
        } catch (RuntimeException e) {
            log.error("session {}: the call's media could not start", id, e);
            outbox.deliver(id, new SessionEnd(cn.remotewindow.protocol.message.EndReason.TECHNICAL_PROBLEM),
                    this::sendNow);
            endCallMedia();
            problem(ScreenError.DEVICE_PROBLEM, "media could not start: " + e.getMessage());
        }
    }

    /**
     * The expert handed the citizen over: this call's media ends, the session goes on, and what
     * follows (queue, ring, session.established) is handled as after a request.
     */
    private void transferred(cn.remotewindow.protocol.message.SessionTransferred transferred) {
        if (stage != Stage.CONNECTING && stage != Stage.IN_CALL) {
            return;
        }
        log.info("session {} transferred by {} to {}", sessionId, transferred.fromName(), transferred.skill());
        endCallMedia();
        String from = transferred.fromName() != null ? transferred.fromName() : expertName;
        expertName = null;
        setStage(Stage.WAITING);
        screen.showTransferring(from);
    }

    private void resumed(SessionResumed resumed) {
        log.info("session {} resumed in {}", sessionId, resumed.phase());
        switch (resumed.phase()) {
            case QUEUED, RINGING -> {
                if (stage == Stage.REQUESTING) {
                    setStage(Stage.WAITING);
                    screen.showConnecting();
                } else if (stage == Stage.CONNECTING || stage == Stage.IN_CALL) {
                    // Transferred while the link was down (session.transferred is not held).
                    endCallMedia();
                    String from = expertName;
                    expertName = null;
                    setStage(Stage.WAITING);
                    screen.showTransferring(from);
                }
            }
            case CONNECTING, ACTIVE -> {
                if (call != null) {
                    call.signalingBack();
                    call.guests().resumed(resumed.others());
                    if (resumed.phase() == cn.remotewindow.protocol.message.SessionPhase.ACTIVE
                            && stage == Stage.CONNECTING) {
                        phase(resumed.phase());
                    }
                } else {
                    // Our side of the call is gone (the agent restarted): it cannot be picked up again.
                    outbox.deliver(sessionId, new SessionEnd(cn.remotewindow.protocol.message.EndReason.TECHNICAL_PROBLEM),
                            this::sendNow);
                    problem(ScreenError.CALL_DROPPED, "resumed a call whose media this agent no longer has");
                }
            }
            default -> {
            }
        }
    }

    private void ended(SessionEnded ended) {
        EndedCall outcome = EndedCall.of(ended.reason(), stage);
        if (outcome.next() == EndedCall.Next.IGNORE) {
            return;
        }
        log.info("session {} ended by {}: {}", sessionId, ended.by(), ended.reason());
        endCallMedia();
        switch (outcome.next()) {
            case RATING -> toRating();
            case REQUEST_AGAIN -> {
                // The server restarted and forgot the queue: ask again, the citizen is still here.
                log.info("session {} was lost by the server; asking again", sessionId);
                request();
            }
            case PROBLEM -> problem(outcome.error(), "session ended by " + ended.by() + ": " + ended.reason());
            case IGNORE -> {
            }
        }
    }

    private void serverError(String about, ErrorReply error) {
        log.warn("server refused a message (session {}): {} {}", about, error.code(), error.message());
        if (error.code() == ErrorCode.ALREADY_IN_SESSION) {
            return;
        }
        if (stage == Stage.REQUESTING && about == null) {
            // The servers' shared state is out of reach for a moment: a pause, not a fault of the kiosk.
            ScreenError shown = error.code() == ErrorCode.SERVICE_UNAVAILABLE ? ScreenError.SERVICE_PAUSED
                    : ScreenError.UNEXPECTED;
            problem(shown, "service.request refused: " + error.code());
        }
    }

    private void foreignSession(String about, Message body) {
        if (body instanceof SessionResumed && about != null && sessionId == null) {
            // A session from before this agent started (it restarted): nobody is waiting for it here.
            log.info("ending session {} left from before this agent started", about);
            link.send(about, new ServiceCancel());
            return;
        }
        log.debug("ignoring {} for session {} (current {})", body.getClass().getSimpleName(), about, sessionId);
    }

    // ---- screens -----------------------------------------------------------------------------

    void toStart() {
        resetVisit();
        choice = null;
        setStage(Stage.CHOOSING);
        if (catalogue == null) {
            // Nothing to offer yet: "getting ready" until the server's catalogue arrives (catalogueArrived).
            screen.showStarting();
        } else {
            screen.showServiceChoice(catalogue);
        }
    }

    /**
     * The server's catalogue, new or changed. Shown at once when nobody is being served (a citizen
     * in the middle of choosing starts the choice again, with what the city offers now); otherwise
     * from the next start screen on.
     */
    void catalogueArrived(ServiceCatalogue arrived) {
        catalogue = arrived;
        if (stage == Stage.CHOOSING) {
            screen.showServiceChoice(catalogue);
        }
    }

    private void toRating() {
        setStage(Stage.RATING);
        screen.showRating();
        stageTimer = schedule(() -> {
            if (stage == Stage.RATING) {
                log.info("rating screen left untouched; moving on");
                toGoodbye();
            }
        }, timings.ratingIdle());
    }

    private void toGoodbye() {
        setStage(Stage.GOODBYE);
        screen.showGoodbye();
        stageTimer = schedule(() -> {
            if (stage == Stage.GOODBYE) {
                screen.setLanguage(homeLanguage); // the next citizen starts in the kiosk's own language
                toStart();
            }
        }, timings.goodbye());
    }

    private void problem(ScreenError error, String why) {
        log.warn("showing {}: {}", error, why);
        outOfService = false;
        endCallMedia();
        setStage(Stage.PROBLEM);
        screen.showError(error);
    }

    private boolean openDevices() {
        if (devices != null) {
            return true;
        }
        try {
            devices = devicesOpener.open(engine);
            return true;
        } catch (MediaUnavailableException e) {
            problem(ScreenError.DEVICE_PROBLEM, e.getMessage());
            return false;
        }
    }

    private void setStage(Stage next) {
        if (stage != next) {
            cancel(stageTimer);
            log.debug("stage {} -> {}", stage, next);
            stage = next;
        }
    }

    private void resetVisit() {
        endCallMedia();
        sessionId = null;
        expertName = null;
        muted = false;
        cancelWhenKnown = false;
        cancel(linkTimer);
    }

    private void endCallMedia() {
        identity.sessionOver();
        caseFile.sessionOver();
        if (call != null) {
            call.close();
            call = null;
        }
    }

    private boolean sendNow(String session, Message message) {
        return link.isUp() && link.send(session, message);
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Runs work on the agent's thread after a delay, guarded like {@link #guarded}. */
    private ScheduledFuture<?> schedule(Runnable work, Duration delay) {
        return thread.schedule(() -> guarded(work), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs one step of the flow; a failure is logged and shown, never lost in the executor. */
    void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("agent step failed", e);
            problem(ScreenError.UNEXPECTED, "internal error: " + e);
        }
    }

    /** Ends any call and frees the devices. */
    void close() {
        endCallMedia();
        identity.close();
        caseFile.close();
        if (devices != null) {
            devices.close();
        }
    }
}

package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.media.CallPeer;
import cn.remotewindow.kiosk.media.CallStats;
import cn.remotewindow.kiosk.media.IceServer;
import cn.remotewindow.kiosk.media.LocalPreview;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.MediaUnavailableException;
import cn.remotewindow.kiosk.media.PeerConfig;
import cn.remotewindow.kiosk.media.PeerListener;
import cn.remotewindow.kiosk.media.PeerRole;
import cn.remotewindow.kiosk.media.PeerState;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.SessionDescription;
import cn.remotewindow.kiosk.media.VideoFeed;
import cn.remotewindow.kiosk.screen.CallStatus;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.kiosk.screen.NetworkQuality;
import cn.remotewindow.protocol.message.IceRestart;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media of one call, from {@code session.established} to {@code session.ended}: the kiosk's
 * peer (the offerer), its pictures on the screen, the call status banner, ICE restarts, the control
 * channel and the kiosk's own screen share.
 *
 * <p>Everything runs on the agent's thread: the peer's callbacks hop there first, so this class
 * needs no locks and sees events in order. Sending goes through {@link Signals}; a message that
 * cannot be sent while signaling is down is dropped on purpose, since whatever negotiation it
 * belonged to is redone by an ICE restart once the link is back.
 */
final class CallMedia {

    /** What the call needs from the agent. */
    interface Signals {

        /** Sends into this call's session; false when signaling is down. */
        boolean send(Message message);

        /** The first time media connected: the agent sends {@code peer.connected}. */
        void mediaConnected();
    }

    private static final Logger log = LoggerFactory.getLogger(CallMedia.class);
    private static final int VIDEO_FPS = 30;
    private static final int SCREEN_FPS = 10;
    private static final int SELF_VIEW_FPS = 15;
    /**
     * Pictures are converted at about the size the screen shows them (the view scales the rest):
     * the expert large, the self-view a thumbnail, the expert's shared screen as sent.
     */
    private static final int VIDEO_MAX_WIDTH = 960;
    private static final int VIDEO_MAX_HEIGHT = 720;
    private static final int SELF_VIEW_MAX_WIDTH = 480;
    private static final int SELF_VIEW_MAX_HEIGHT = 360;
    private static final Duration STATS_EVERY = Duration.ofSeconds(2);
    /** How long DISCONNECTED may last before we stop waiting for it to heal by itself. */
    private static final Duration DISCONNECTED_GRACE = Duration.ofSeconds(4);
    /** A camera that sent nothing for this many stats samples in a row is taken as lost. */
    private static final int CAMERA_STALLED_SAMPLES = 2;
    /** How often a lost camera is looked for again. */
    private static final Duration CAMERA_RETRY = Duration.ofSeconds(3);
    /** While media stays down, another ICE restart this often. */
    private static final Duration RESTART_EVERY = Duration.ofSeconds(8);

    private final String sessionId;
    /** The lead expert's party id: its messages, and those without {@code from}, are this peer's. */
    private final String leadId;
    private final MediaEngine engine;
    private final LocalDevices devices;
    private final OwnScreen ownScreen;
    private final KioskScreen screen;
    private final ScheduledExecutorService agentThread;
    private final Signals signals;
    private final NetworkJudge judge = new NetworkJudge();

    private CallPeer peer;
    private GuestPeers guests;
    private LocalPreview selfView;
    private VideoFeed sharedOwnScreen;
    private ScheduledFuture<?> statsTask;
    private ScheduledFuture<?> restartTask;
    private CallStatus status = CallStatus.START;
    private ScheduledFuture<?> cameraTask;
    private long lastFramesSent = -1;
    private int stalledSamples;
    private boolean cameraLost;
    private boolean everConnected;
    private boolean expertVideoOn = true;
    private boolean closed;

    CallMedia(String sessionId, String leadId, MediaEngine engine, LocalDevices devices, OwnScreen ownScreen, KioskScreen screen,
              ScheduledExecutorService agentThread, Signals signals) {
        this.sessionId = sessionId;
        this.leadId = leadId;
        this.engine = engine;
        this.devices = devices;
        this.ownScreen = ownScreen;
        this.screen = screen;
        this.agentThread = agentThread;
        this.signals = signals;
    }

    /** Creates the peer and makes the first offer. */
    void start(List<IceServer> iceServers, boolean muted) {
        status = CallStatus.START.withMuted(muted);
        guests = new GuestPeers(leadId, screen, GuestPeers.opener(sessionId, engine, devices, iceServers,
                () -> status.muted(), screen, agentThread, signals::send), this::mediaStateForGuests);
        peer = engine.newPeer(PeerConfig.of("kiosk-" + sessionId, PeerRole.OFFERER)
                .withIceServers(iceServers)
                .withCamera(devices.camera())
                .withMicrophone(devices.microphone()), new Events());
        if (muted) {
            peer.setMicrophoneEnabled(false);
        }
        showSelfView(devices.camera());
        peer.createOffer(false).exceptionally(e -> {
            log.warn("session {}: first offer failed", sessionId, e);
            return null;
        });
        statsTask = agentThread.scheduleWithFixedDelay(this::sampleStats, STATS_EVERY.toMillis(),
                STATS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void showSelfView(VideoFeed camera) {
        selfView = engine.preview(camera);
        selfView.render(SELF_VIEW_FPS, SELF_VIEW_MAX_WIDTH, SELF_VIEW_MAX_HEIGHT,
                frame -> screen.selfVideo().show(frame.toImage()));
    }

    /** A negotiation or media message of this session from the expert. */
    void onSignal(Message message) {
        if (closed || guests.route(message)) {
            return;
        }
        if (message instanceof SdpOffer offer) {
            peer.applyRemote(SignalMapping.fromOffer(offer)).exceptionally(this::negotiationFailed);
        } else if (message instanceof SdpAnswer answer) {
            peer.applyRemote(SignalMapping.fromAnswer(answer)).exceptionally(this::negotiationFailed);
        } else if (message instanceof cn.remotewindow.protocol.message.IceCandidate candidate) {
            peer.addRemoteCandidate(SignalMapping.fromMessage(candidate));
        } else if (message instanceof IceRestart) {
            restartIce("the expert asked for it");
        } else if (message instanceof MediaState state) {
            expertVideoOn = Boolean.TRUE.equals(state.video()) || Boolean.TRUE.equals(state.screen());
        } else {
            log.debug("session {}: {} is not for the media", sessionId, message.getClass().getSimpleName());
        }
    }

    /**
     * Signaling is back after a loss (the session was resumed). A path that did not survive is
     * restarted now; one that did goes on untouched.
     */
    void signalingBack() {
        if (!closed && peer.state() != PeerState.CONNECTED) {
            restartIce("media is " + peer.state() + " after signaling came back");
        }
    }

    /** The experts invited into this call besides the lead (三方), each on a peer of its own. */
    GuestPeers guests() {
        return guests;
    }

    void setMuted(boolean muted) {
        if (closed) {
            return;
        }
        peer.setMicrophoneEnabled(!muted);
        guests.setMuted(muted);
        status = status.withMuted(muted);
        screen.updateCallStatus(status);
        sendMediaState();
    }

    boolean connected() {
        return peer != null && peer.state() == PeerState.CONNECTED;
    }

    CallStatus status() {
        return status;
    }

    CallPeer peer() {
        return peer;
    }

    /** Ends the call's media: the peer first, then what only it used. Idempotent. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        cancel(statsTask);
        cancel(restartTask);
        cancel(cameraTask);
        if (guests != null) {
            guests.closeAll();
        }
        if (peer != null) {
            peer.close();
        }
        if (selfView != null) {
            selfView.close();
        }
        if (sharedOwnScreen != null) {
            sharedOwnScreen.close();
            sharedOwnScreen = null;
        }
        screen.expertVideo().clear();
        screen.sharedScreen().clear();
        screen.selfVideo().clear();
    }

    private void restartIce(String why) {
        if (closed) {
            return;
        }
        log.info("session {}: ICE restart ({})", sessionId, why);
        peer.createOffer(true).exceptionally(e -> {
            log.warn("session {}: ICE restart offer failed", sessionId, e);
            return null;
        });
        cancel(restartTask);
        restartTask = agentThread.schedule(() -> {
            if (!closed && peer.state() != PeerState.CONNECTED) {
                restartIce("media still " + peer.state());
            }
        }, RESTART_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void peerState(PeerState state) {
        log.info("session {}: media {}", sessionId, state);
        showNetwork(judge.peerState(state));
        switch (state) {
            case CONNECTED -> {
                cancel(restartTask);
                if (!everConnected) {
                    everConnected = true;
                    signals.mediaConnected();
                    sendMediaState();
                }
            }
            case FAILED -> restartIce("media failed");
            case DISCONNECTED -> {
                cancel(restartTask);
                restartTask = agentThread.schedule(() -> {
                    if (!closed && peer.state() == PeerState.DISCONNECTED) {
                        restartIce("media disconnected for " + DISCONNECTED_GRACE.toSeconds() + " s");
                    }
                }, DISCONNECTED_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
            default -> {
            }
        }
    }

    private void sampleStats() {
        if (closed || peer.state() != PeerState.CONNECTED) {
            return;
        }
        peer.stats().thenAccept(stats -> onAgentThread(() -> judged(stats))).exceptionally(e -> null);
    }

    private void judged(CallStats stats) {
        if (!closed) {
            showNetwork(judge.sample(stats, expertVideoOn));
            watchCamera(stats);
        }
    }

    /**
     * A camera unplugged (or hung) mid-call stops delivering pictures without any error: seen here
     * as video frames sent standing still. The call goes on with sound; the expert is told
     * ({@code media.state video: false}) and the camera is looked for again until it is back.
     * (Counted over all video tracks, so while the kiosk shares its own screen a lost camera is
     * noticed only when the share ends.)
     */
    private void watchCamera(CallStats stats) {
        if (cameraLost) {
            return;
        }
        if (lastFramesSent >= 0 && stats.videoFramesSent() == lastFramesSent) {
            if (++stalledSamples >= CAMERA_STALLED_SAMPLES) {
                cameraLost();
            }
        } else {
            stalledSamples = 0;
        }
        lastFramesSent = stats.videoFramesSent();
    }

    private void cameraLost() {
        log.warn("session {}: the camera stopped delivering pictures; the call goes on with sound", sessionId);
        cameraLost = true;
        if (selfView != null) {
            selfView.close();
            selfView = null;
        }
        screen.selfVideo().clear();
        sendMediaState();
        cameraTask = agentThread.scheduleWithFixedDelay(() -> {
            try {
                findCamera();
            } catch (RuntimeException e) {
                log.warn("session {}: looking for the camera failed", sessionId, e);
            }
        }, 0, CAMERA_RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void findCamera() {
        if (closed || !cameraLost) {
            return;
        }
        VideoFeed camera;
        try {
            camera = devices.reopenCamera(engine);
        } catch (MediaUnavailableException e) {
            log.debug("session {}: camera still missing: {}", sessionId, e.getMessage());
            return;
        }
        cancel(cameraTask);
        peer.replaceCamera(camera).join();
        guests.replaceCamera(camera);
        showSelfView(camera);
        cameraLost = false;
        stalledSamples = 0;
        lastFramesSent = -1;
        log.info("session {}: the camera is back", sessionId);
        sendMediaState();
    }

    private void showNetwork(NetworkQuality quality) {
        if (status.network() != quality) {
            status = status.withNetwork(quality);
            screen.updateCallStatus(status);
        }
    }

    private void remoteVideo(RemoteVideo video) {
        if (video.isScreen()) {
            video.render(SCREEN_FPS, frame -> screen.sharedScreen().show(frame.toImage()));
            status = status.withExpertSharingScreen(true);
            screen.updateCallStatus(status);
        } else {
            video.render(VIDEO_FPS, VIDEO_MAX_WIDTH, VIDEO_MAX_HEIGHT, frame -> screen.expertVideo().show(frame.toImage()));
        }
    }

    private void remoteVideoEnded(RemoteVideo video) {
        if (video.isScreen()) {
            screen.sharedScreen().clear();
            status = status.withExpertSharingScreen(false);
            screen.updateCallStatus(status);
        } else {
            screen.expertVideo().clear();
        }
    }

    private void control(String text) {
        ControlMessage message = ControlMessage.parse(text);
        if (message instanceof ControlMessage.Prompt prompt) {
            screen.showExpertMessage(prompt.text());
        } else if (message instanceof ControlMessage.Chat chat) {
            screen.showExpertMessage(chat.text());
        } else if (message instanceof ControlMessage.PromptClear) {
            screen.clearExpertMessage();
        } else if (message instanceof ControlMessage.ScreenShare share) {
            shareOwnScreen(share.on());
        } else if (message instanceof ControlMessage.Unknown unknown) {
            log.info("session {}: ignoring control message '{}'", sessionId, unknown.type());
        } else {
            log.debug("session {}: ignoring {}", sessionId, message);
        }
    }

    private void shareOwnScreen(boolean on) {
        if (on == (sharedOwnScreen != null)) {
            sendControl(new ControlMessage.ScreenShareState(on, null));
            return;
        }
        if (on) {
            try {
                sharedOwnScreen = ownScreen.open(engine);
                peer.startScreenShare(sharedOwnScreen).exceptionally(e -> {
                    onAgentThread(() -> ownShareFailed(e));
                    return null;
                });
            } catch (MediaUnavailableException e) {
                log.warn("session {}: cannot share the kiosk screen: {}", sessionId, e.getMessage());
                sendControl(new ControlMessage.ScreenShareState(false, "UNAVAILABLE"));
                return;
            } catch (RuntimeException e) {
                log.warn("session {}: the kiosk screen share failed to start", sessionId, e);
                sharedOwnScreen = null;
                sendControl(new ControlMessage.ScreenShareState(false, "FAILED"));
                return;
            }
        } else {
            VideoFeed feed = sharedOwnScreen;
            sharedOwnScreen = null;
            peer.stopScreenShare().whenComplete((ok, e) -> feed.close());
        }
        status = status.withSharingOwnScreen(on);
        screen.updateCallStatus(status);
        sendControl(new ControlMessage.ScreenShareState(on, null));
        sendMediaState();
    }

    private void ownShareFailed(Throwable e) {
        log.warn("session {}: kiosk screen share failed", sessionId, e);
        if (sharedOwnScreen != null) {
            sharedOwnScreen.close();
            sharedOwnScreen = null;
        }
        status = status.withSharingOwnScreen(false);
        screen.updateCallStatus(status);
        sendControl(new ControlMessage.ScreenShareState(false, "FAILED"));
        sendMediaState();
    }

    private void sendControl(ControlMessage message) {
        peer.send(ControlMessage.write(message));
    }

    /**
     * Without {@code to} a media.state reaches every other party; with a guest in the call each
     * gets its own, addressed, so that the guest's copy says what its own pair carries.
     */
    private void sendMediaState() {
        MediaState state = mediaState();
        if (guests.isEmpty()) {
            signals.send(state);
        } else {
            signals.send(new MediaState(state.audio(), state.video(), state.screen(), leadId, null));
            guests.sendMediaState(mediaStateForGuests());
        }
    }

    /** The kiosk's own screen goes to the lead only, so a guest is never told it is shared. */
    private MediaState mediaStateForGuests() {
        MediaState state = mediaState();
        return new MediaState(state.audio(), state.video(), false);
    }

    private MediaState mediaState() {
        return new MediaState(!status.muted(), !cameraLost, sharedOwnScreen != null);
    }

    private Void negotiationFailed(Throwable e) {
        log.warn("session {}: a description from the expert was refused", sessionId, e);
        return null;
    }

    /**
     * Runs work from the peer's callbacks on the agent's thread. A failure there must not vanish
     * into the executor (it would, silently): it is logged, and the call goes on.
     */
    private void onAgentThread(Runnable work) {
        agentThread.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("session {}: handling a media event failed", sessionId, e);
            }
        });
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** The peer's callbacks, moved to the agent's thread. */
    private final class Events implements PeerListener {

        @Override
        public void onLocalDescription(SessionDescription description) {
            onAgentThread(() -> {
                if (!closed) {
                    signals.send(SignalMapping.toMessage(description));
                }
            });
        }

        @Override
        public void onLocalCandidate(cn.remotewindow.kiosk.media.IceCandidate candidate) {
            onAgentThread(() -> {
                if (!closed) {
                    signals.send(SignalMapping.toMessage(candidate));
                }
            });
        }

        @Override
        public void onConnectionState(PeerState state) {
            onAgentThread(() -> {
                if (!closed) {
                    peerState(state);
                }
            });
        }

        @Override
        public void onMessage(String text) {
            onAgentThread(() -> {
                if (!closed) {
                    control(text);
                }
            });
        }

        @Override
        public void onRemoteVideo(RemoteVideo video) {
            onAgentThread(() -> {
                if (!closed) {
                    remoteVideo(video);
                }
            });
        }

        @Override
        public void onRemoteVideoEnded(RemoteVideo video) {
            onAgentThread(() -> {
                if (!closed) {
                    remoteVideoEnded(video);
                }
            });
        }
    }
}

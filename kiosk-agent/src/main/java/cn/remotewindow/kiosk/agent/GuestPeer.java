package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.media.AudioFeed;
import cn.remotewindow.kiosk.media.CallPeer;
import cn.remotewindow.kiosk.media.IceServer;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.PeerConfig;
import cn.remotewindow.kiosk.media.PeerListener;
import cn.remotewindow.kiosk.media.PeerRole;
import cn.remotewindow.kiosk.media.PeerState;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.SessionDescription;
import cn.remotewindow.kiosk.media.ToneMicrophone;
import cn.remotewindow.kiosk.media.VideoFeed;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.protocol.message.IceRestart;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's peer connection to a guest: a second expert the lead invited into the call
 * (protocol 8.7, one peer connection per pair). The kiosk is this pair's offerer too; everything
 * it sends about the pair names the guest in {@code to}, since without it the server would take
 * it for the lead's pair. The lead's peer ({@link CallMedia}) is not touched by anything here.
 *
 * <p>Runs on the agent's thread like {@link CallMedia}; the peer's callbacks hop there first.
 * Less than the lead's peer on purpose: no network banner or camera watch of its own (the lead's
 * pair judges those for the call), and the kiosk's screen is shared with the lead only.
 */
final class GuestPeer {

    private static final Logger log = LoggerFactory.getLogger(GuestPeer.class);
    private static final int VIDEO_FPS = 15;
    /** The guest is shown smaller than the lead: converting at about that size costs less. */
    private static final int VIDEO_MAX_WIDTH = 480;
    private static final int VIDEO_MAX_HEIGHT = 360;

    private final String sessionId;
    private final String guestId;
    private final KioskScreen screen;
    private final Executor agentThread;
    private final Predicate<Message> send;
    private final CallPeer peer;
    private boolean closed;

    /**
     * Opens the peer connection with the kiosk's camera and microphone and makes the pair's first
     * offer.
     *
     * @param send sends into the call's session; false when signaling is down
     */
    GuestPeer(String sessionId, String guestId, MediaEngine engine, LocalDevices devices, List<IceServer> iceServers,
              boolean muted, KioskScreen screen, Executor agentThread, Predicate<Message> send) {
        this.sessionId = sessionId;
        this.guestId = guestId;
        this.screen = screen;
        this.agentThread = agentThread;
        this.send = send;
        this.peer = engine.newPeer(PeerConfig.of("kiosk-" + sessionId + "-" + guestId, PeerRole.OFFERER)
                .withIceServers(iceServers)
                .withCamera(devices.camera())
                .withMicrophone(shareable(devices.microphone())), new Events());
        if (muted) {
            peer.setMicrophoneEnabled(false);
        }
        peer.createOffer(false).exceptionally(e -> {
            log.warn("session {}: first offer to guest {} failed", sessionId, guestId, e);
            return null;
        });
        log.info("session {}: guest {} joined; offering", sessionId, guestId);
    }

    /**
     * The synthetic tone (tests, demo kiosks without a microphone) can feed one peer only (see
     * {@link ToneMicrophone}); the guest then hears nothing from the kiosk, the lead still does.
     * A real microphone's track goes to both.
     */
    private static AudioFeed shareable(AudioFeed microphone) {
        return microphone instanceof ToneMicrophone ? null : microphone;
    }

    String guestId() {
        return guestId;
    }

    CallPeer peer() {
        return peer;
    }

    /** A negotiation message the guest sent ({@code from} = the guest). */
    void onSignal(Message message) {
        if (closed) {
            return;
        }
        if (message instanceof SdpOffer offer) {
            peer.applyRemote(SignalMapping.fromOffer(offer)).exceptionally(this::refused);
        } else if (message instanceof SdpAnswer answer) {
            peer.applyRemote(SignalMapping.fromAnswer(answer)).exceptionally(this::refused);
        } else if (message instanceof cn.remotewindow.protocol.message.IceCandidate candidate) {
            peer.addRemoteCandidate(SignalMapping.fromMessage(candidate));
        } else if (message instanceof IceRestart) {
            restartIce("the guest asked for it");
        }
    }

    /** Signaling is back after a loss: a path to the guest that did not survive is restarted. */
    void signalingBack() {
        if (!closed && peer.state() != PeerState.CONNECTED) {
            restartIce("media to the guest is " + peer.state() + " after signaling came back");
        }
    }

    void setMuted(boolean muted) {
        if (!closed) {
            peer.setMicrophoneEnabled(!muted);
        }
    }

    /** The camera came back (see CallMedia): the guest gets it on the same sender too. */
    void replaceCamera(VideoFeed camera) {
        if (!closed) {
            peer.replaceCamera(camera).join();
        }
    }

    /** The kiosk's microphone, camera and screen, as the guest should know them. */
    void sendMediaState(MediaState state) {
        if (!closed) {
            send.test(new MediaState(state.audio(), state.video(), state.screen(), guestId, null));
        }
    }

    /** Closes this pair only; the call with the lead goes on. Idempotent. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        peer.close();
        screen.guestVideo().clear();
        log.info("session {}: peer to guest {} closed", sessionId, guestId);
    }

    private void restartIce(String why) {
        log.info("session {}: ICE restart toward guest {} ({})", sessionId, guestId, why);
        peer.createOffer(true).exceptionally(e -> {
            log.warn("session {}: ICE restart offer to guest {} failed", sessionId, guestId, e);
            return null;
        });
    }

    private void control(String text) {
        ControlMessage message = ControlMessage.parse(text);
        if (message instanceof ControlMessage.Prompt prompt) {
            screen.showExpertMessage(prompt.text());
        } else if (message instanceof ControlMessage.Chat chat) {
            screen.showExpertMessage(chat.text());
        } else if (message instanceof ControlMessage.PromptClear) {
            screen.clearExpertMessage();
        } else if (message instanceof ControlMessage.ScreenShare share && share.on()) {
            // The kiosk's own screen goes to the lead only (one share, one pair): say so plainly.
            peer.send(ControlMessage.write(new ControlMessage.ScreenShareState(false, "UNAVAILABLE")));
        } else {
            log.debug("session {}: ignoring {} from guest {}", sessionId, message, guestId);
        }
    }

    private Void refused(Throwable e) {
        log.warn("session {}: a description from guest {} was refused", sessionId, guestId, e);
        return null;
    }

    /** Runs a peer callback on the agent's thread; a failure is logged, the call goes on. */
    private void onAgentThread(Runnable work) {
        agentThread.execute(() -> {
            if (closed) {
                return;
            }
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("session {}: handling a media event of guest {} failed", sessionId, guestId, e);
            }
        });
    }

    private final class Events implements PeerListener {

        @Override
        public void onLocalDescription(SessionDescription description) {
            onAgentThread(() -> send.test(SignalMapping.toMessage(description, guestId)));
        }

        @Override
        public void onLocalCandidate(cn.remotewindow.kiosk.media.IceCandidate candidate) {
            onAgentThread(() -> send.test(SignalMapping.toMessage(candidate, guestId)));
        }

        @Override
        public void onConnectionState(PeerState state) {
            onAgentThread(() -> {
                log.info("session {}: media to guest {} {}", sessionId, guestId, state);
                if (state == PeerState.FAILED) {
                    restartIce("media failed");
                }
            });
        }

        @Override
        public void onMessage(String text) {
            onAgentThread(() -> control(text));
        }

        @Override
        public void onRemoteVideo(RemoteVideo video) {
            onAgentThread(() -> {
                if (video.isScreen()) {
                    log.info("session {}: guest {} shares a screen; the kiosk shows the lead's only", sessionId, guestId);
                } else {
                    video.render(VIDEO_FPS, VIDEO_MAX_WIDTH, VIDEO_MAX_HEIGHT,
                            frame -> screen.guestVideo().show(frame.toImage()));
                }
            });
        }

        @Override
        public void onRemoteVideoEnded(RemoteVideo video) {
            onAgentThread(() -> {
                if (!video.isScreen()) {
                    screen.guestVideo().clear();
                }
            });
        }
    }
}

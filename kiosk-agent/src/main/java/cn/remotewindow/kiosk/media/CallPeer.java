package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCBundlePolicy;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCIceGatheringState;
import dev.onvoid.webrtc.RTCIceServer;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtcpMuxPolicy;
import dev.onvoid.webrtc.RTCRtpReceiver;
import dev.onvoid.webrtc.RTCRtpSender;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCRtpTransceiverDirection;
import dev.onvoid.webrtc.RTCRtpTransceiverInit;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One side of a call: a peer connection (Unified Plan, max-bundle, rtcp-mux required, Opus, VP8
 * then H.264, trickle ICE) with the local camera and microphone, a "control" data channel, an
 * optional screen share, and the other side's tracks.
 *
 * <p>The owner moves descriptions and candidates between this peer and signaling: whatever
 * {@link PeerListener#onLocalDescription} and {@link PeerListener#onLocalCandidate} give goes to
 * the other side, and what comes from there goes into {@link #applyRemote} and
 * {@link #addRemoteCandidate}. Renegotiation (screen share on and off, the other side's changes,
 * glare) then happens by itself; only the first offer and ICE restarts are asked for, with
 * {@link #createOffer}.
 *
 * <p>All methods may be called from any thread; the work happens on the peer's own thread.
 */
public final class CallPeer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallPeer.class);
    private static final String CAMERA_STREAM = "camera";
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private final MediaEngine engine;
    private final PeerConfig config;
    private final PeerListener listener;
    private final PeerThread thread;
    private final List<MediaStreamTrack> localTracks = new ArrayList<>();
    private final List<CustomVideoSource> placeholderSources = new ArrayList<>();
    private final Map<String, RemoteVideo> remoteVideos = new LinkedHashMap<>();
    private final Map<String, RemoteAudio> remoteAudios = new LinkedHashMap<>();
    private RTCPeerConnection pc;
    private AudioTrack microphoneTrack;
    private RTCRtpSender cameraSender;
    private Negotiator negotiator;
    private ControlChannel control;
    private ScreenShare screen;
    private CallStats lastStats;
    private volatile PeerState state = PeerState.NEW;
    private volatile boolean closed;

    private CallPeer(MediaEngine engine, PeerConfig config, PeerListener listener) {
        this.engine = engine;
        this.config = config;
        this.listener = listener;
        this.thread = new PeerThread(config.name());
    }

    /** Builds the peer on its own thread, so no native callback can run before it is complete. */
    static CallPeer open(MediaEngine engine, PeerConfig config, PeerListener listener) {
        CallPeer peer = new CallPeer(engine, config, listener);
        try {
            peer.thread.submit(() -> {
                peer.build();
                return null;
            }).get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + config.name(), e);
        } catch (ExecutionException | TimeoutException e) {
            peer.thread.shutdown();
            throw new IllegalStateException("could not create peer " + config.name(), e);
        }
        return peer;
    }

    private void build() {
        PeerConnectionFactory factory = engine.factory();
        RTCConfiguration rtc = new RTCConfiguration();
        for (IceServer server : config.iceServers()) {
            RTCIceServer ice = new RTCIceServer();
            ice.urls = server.urls();
            ice.username = server.username();
            ice.password = server.credential();
            rtc.iceServers.add(ice);
        }
        rtc.bundlePolicy = RTCBundlePolicy.MAX_BUNDLE;
        rtc.rtcpMuxPolicy = RTCRtcpMuxPolicy.REQUIRE;
        pc = factory.createPeerConnection(rtc, new Observer());
        negotiator = new Negotiator(config.name(), pc, thread, config.role(), this::emitDescription,
                this::preferCodecs);
        // The data channel first: its m-line is then the same in every first offer.
        control = new ControlChannel(pc, thread, text -> listener.onMessage(text), () -> listener.onControlOpen());
        screen = new ScreenShare(pc, factory, config.name(), localTracks::add, this::preferCodecs);
        if (config.microphone() != null) {
            AudioTrack track = factory.createAudioTrack(config.name() + "-microphone", config.microphone().nativeSource());
            microphoneTrack = track;
            localTracks.add(track);
            pc.addTrack(track, List.of(CAMERA_STREAM));
            config.microphone().attached();
        } else if (config.role() == PeerRole.OFFERER) {
            receiveOnly(factory.createAudioTrack(config.name() + "-no-microphone",
                    factory.createAudioSource(new AudioOptions())));
        }
        if (config.camera() != null) {
            VideoTrack track = factory.createVideoTrack(config.name() + "-camera", config.camera().nativeSource());
            localTracks.add(track);
            cameraSender = pc.addTrack(track, List.of(CAMERA_STREAM));
        } else if (config.role() == PeerRole.OFFERER) {
            CustomVideoSource nothing = new CustomVideoSource();
            placeholderSources.add(nothing);
            receiveOnly(factory.createVideoTrack(config.name() + "-no-camera", nothing));
        }
    }

    /**
     * The offerer must offer to receive audio and video even without a microphone or camera of its
     * own. webrtc-java can add a transceiver only with a track, so a silent placeholder goes in and
     * out again at once.
     */
    private void receiveOnly(MediaStreamTrack placeholder) {
        localTracks.add(placeholder);
        RTCRtpTransceiverInit init = new RTCRtpTransceiverInit();
        init.direction = RTCRtpTransceiverDirection.RECV_ONLY;
        pc.addTransceiver(placeholder, init).getSender().replaceTrack(null);
    }

    public String name() {
        return config.name();
    }

    public PeerRole role() {
        return config.role();
    }

    public PeerState state() {
        return state;
    }

    /** H.264 is offered after VP8 when this build of libwebrtc has it. */
    public boolean offersH264() {
        return engine.codecs().hasH264();
    }

    /**
     * Makes an offer and hands it to {@link PeerListener#onLocalDescription}: the kiosk's first
     * offer, or with {@code iceRestart} an offer that restarts ICE (after a network change, or
     * when the other side asks with {@code ice.restart}). The future completes with the offer once
     * it is set locally; send it from the listener, not from here.
     */
    public CompletableFuture<SessionDescription> createOffer(boolean iceRestart) {
        return onPeerThread(() -> negotiator.offer(iceRestart)).thenCompose(f -> f);
    }

    /**
     * Applies the other side's offer (and answers it, through the listener) or answer. A colliding
     * offer is resolved by role (see {@link PeerRole}). Completes when applied.
     */
    public CompletableFuture<Void> applyRemote(SessionDescription description) {
        return onPeerThread(() -> negotiator.applyRemote(description)).thenCompose(f -> f);
    }

    /** Adds the other side's candidate; held back while its description has not been applied. */
    public void addRemoteCandidate(IceCandidate candidate) {
        thread.execute(() -> {
            if (!closed) {
                negotiator.addCandidate(candidate);
            }
        });
    }

    /**
     * Mutes ({@code false}) or unmutes the microphone: the track stays negotiated and sends
     * silence, so unmuting needs no renegotiation. Does nothing without a microphone.
     */
    public CompletableFuture<Void> setMicrophoneEnabled(boolean enabled) {
        return onPeerThread(() -> {
            if (microphoneTrack != null && !closed) {
                microphoneTrack.setEnabled(enabled);
            }
            return null;
        });
    }

    /**
     * Sends {@code feed} instead of the camera the peer started with (a camera unplugged and
     * plugged in again, or another camera): the track of the existing sender is replaced, so no
     * renegotiation is needed. Only for a peer created with a camera.
     */
    public CompletableFuture<Void> replaceCamera(VideoFeed feed) {
        return onPeerThread(() -> {
            if (cameraSender == null) {
                throw new IllegalStateException(name() + " was created without a camera");
            }
            VideoTrack track = engine.factory().createVideoTrack(config.name() + "-camera-" + localTracks.size(),
                    feed.nativeSource());
            // The old track stays in localTracks and is disposed with the peer.
            localTracks.add(track);
            cameraSender.replaceTrack(track);
            return null;
        });
    }

    /** Sends a text message on the control channel (queued until it opens). */
    public CompletableFuture<Void> send(String text) {
        return onPeerThread(() -> {
            control.send(text);
            return null;
        });
    }

    /**
     * Starts sending {@code feed} as a screen share; renegotiates by itself. Only once the call is
     * set up (after the first offer and answer).
     */
    public CompletableFuture<Void> startScreenShare(VideoFeed feed) {
        return onPeerThread(() -> {
            if (!negotiator.exchanged()) {
                throw new IllegalStateException(name() + ": share the screen once the call is set up");
            }
            screen.start(feed);
            return null;
        });
    }

    /** Stops the screen share; renegotiates by itself. Does nothing when not sharing. */
    public CompletableFuture<Void> stopScreenShare() {
        return onPeerThread(() -> {
            screen.stop();
            return null;
        });
    }

    public boolean sharingScreen() {
        return screen != null && screen.active();
    }

    /** The other side's video tracks that have not ended (camera first, as they arrived). */
    public List<RemoteVideo> remoteVideos() {
        return join(onPeerThread(() -> remoteVideos.values().stream().filter(v -> !v.ended()).toList()));
    }

    /** The other side's audio tracks that have not ended. */
    public List<RemoteAudio> remoteAudio() {
        return join(onPeerThread(() -> remoteAudios.values().stream().filter(a -> !a.ended()).toList()));
    }

    /** A snapshot of RTT, loss, bitrates and frame counts (see {@link CallStats}). */
    public CompletableFuture<CallStats> stats() {
        return onPeerThread(() -> new Async(pc, thread).stats()).thenCompose(f -> f).thenApply(report -> {
            CallStats stats = StatsReader.read(report, lastStats);
            lastStats = stats;
            return stats;
        });
    }

    /**
     * Ends the call and frees its native objects, in the order libwebrtc needs: the data channel,
     * the remote sinks, the senders' tracks, the connection, then the local tracks. Feeds stay
     * open (they belong to the caller). Idempotent; blocks up to 10 s.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (thread.isCurrent()) {
            teardown();
        } else {
            try {
                thread.submit(() -> {
                    teardown();
                    return null;
                }).get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                log.warn("{}: close did not finish cleanly", name(), e);
            }
        }
        thread.shutdown();
        engine.peerClosed(this);
    }

    private void teardown() {
        if (config.microphone() != null) {
            config.microphone().detaching();
        }
        control.close();
        remoteVideos.values().forEach(RemoteVideo::detach);
        remoteAudios.values().forEach(RemoteAudio::detach);
        for (RTCRtpSender sender : pc.getSenders()) {
            if (sender.getTrack() != null) {
                pc.removeTrack(sender);
            }
        }
        pc.close();
        if (screen.current() != null) {
            localTracks.add(screen.current());
        }
        for (MediaStreamTrack track : localTracks) {
            try {
                track.dispose();
            } catch (Error e) {
                // webrtc-java throws Error when a native reference is still held elsewhere; the
                // track is then freed with its holder. Worth a line, not a crash.
                log.warn("{}: track {} still referenced at close", name(), track);
            }
        }
        placeholderSources.forEach(CustomVideoSource::dispose);
        localTracks.clear();
        setState(PeerState.CLOSED);
    }

    private void emitDescription(SessionDescription description) {
        if (!closed) {
            listener.onLocalDescription(description);
        }
    }

    private void setState(PeerState next) {
        if (state == next || state == PeerState.CLOSED) {
            return;
        }
        state = next;
        listener.onConnectionState(next);
    }

    private void preferCodecs() {
        Codecs codecs = engine.codecs();
        for (RTCRtpTransceiver transceiver : pc.getTransceivers()) {
            if (transceiver.stopped()) {
                continue;
            }
            String kind = transceiver.getReceiver().getTrack().getKind();
            try {
                transceiver.setCodecPreferences(MediaStreamTrack.AUDIO_TRACK_KIND.equals(kind)
                        ? codecs.audio() : codecs.video());
            } catch (RuntimeException e) {
                log.debug("{}: codec preferences not applied to {}: {}", name(), kind, e.getMessage());
            }
        }
    }

    private void remoteTrackStarted(String mid, MediaStreamTrack track) {
        if (closed) {
            return;
        }
        if (track instanceof VideoTrack video) {
            String stream = SdpSections.streamId(pc.getRemoteDescription().sdp, mid);
            RemoteVideo previous = remoteVideos.get(mid);
            if (previous != null) {
                previous.detach();
            }
            RemoteVideo remote = new RemoteVideo(mid, stream, video, engine.renderExecutor());
            remoteVideos.put(mid, remote);
            remote.attach();
            listener.onRemoteVideo(remote);
        } else if (track instanceof AudioTrack audio) {
            RemoteAudio previous = remoteAudios.get(mid);
            if (previous != null) {
                previous.detach();
            }
            RemoteAudio remote = new RemoteAudio(mid, audio);
            remoteAudios.put(mid, remote);
            remote.attach();
            listener.onRemoteAudio(remote);
        }
    }

    private void remoteTrackEnded(String mid) {
        if (closed) {
            return;
        }
        RemoteVideo video = remoteVideos.get(mid);
        if (video != null && !video.ended()) {
            video.detach();
            listener.onRemoteVideoEnded(video);
        }
        RemoteAudio audio = remoteAudios.get(mid);
        if (audio != null) {
            audio.detach();
        }
    }

    private String midOfReceiver(RTCRtpReceiver receiver) {
        String trackId = receiver.getTrack().getId();
        for (RTCRtpTransceiver transceiver : pc.getTransceivers()) {
            if (transceiver.getReceiver().getTrack().getId().equals(trackId)) {
                return transceiver.getMid();
            }
        }
        return null;
    }

    private <T> CompletableFuture<T> onPeerThread(java.util.concurrent.Callable<T> task) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException(name() + " is closed"));
        }
        return thread.submit(task);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * libwebrtc's callbacks. Each reads what it needs from its arguments (cheap getters on the
     * calling thread) and hands the rest to the peer thread.
     */
    private final class Observer implements PeerConnectionObserver {

        @Override
        public void onIceCandidate(RTCIceCandidate candidate) {
            IceCandidate local = new IceCandidate(candidate.sdp, candidate.sdpMid, candidate.sdpMLineIndex, null);
            thread.execute(() -> {
                if (!closed) {
                    listener.onLocalCandidate(local);
                }
            });
        }

        @Override
        public void onIceGatheringChange(RTCIceGatheringState gathering) {
            if (gathering == RTCIceGatheringState.COMPLETE) {
                thread.execute(() -> {
                    if (!closed) {
                        listener.onLocalCandidate(IceCandidate.endOfCandidates(firstMid()));
                    }
                });
            }
        }

        @Override
        public void onConnectionChange(RTCPeerConnectionState connection) {
            PeerState next = PeerState.valueOf(connection.name());
            thread.execute(() -> {
                if (!closed) {
                    setState(next);
                }
            });
        }

        @Override
        public void onRenegotiationNeeded() {
            thread.execute(() -> {
                if (!closed) {
                    negotiator.negotiationNeeded();
                }
            });
        }

        @Override
        public void onTrack(RTCRtpTransceiver transceiver) {
            String mid = transceiver.getMid();
            MediaStreamTrack track = transceiver.getReceiver().getTrack();
            thread.execute(() -> remoteTrackStarted(mid, track));
        }

        @Override
        public void onRemoveTrack(RTCRtpReceiver receiver) {
            thread.execute(() -> {
                if (!closed) {
                    remoteTrackEnded(midOfReceiver(receiver));
                }
            });
        }
    }

    private String firstMid() {
        for (RTCRtpTransceiver transceiver : pc.getTransceivers()) {
            if (transceiver.getMid() != null) {
                return transceiver.getMid();
            }
        }
        return "0";
    }
}

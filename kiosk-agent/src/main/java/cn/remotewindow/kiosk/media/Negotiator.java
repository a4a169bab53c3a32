package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.RTCSignalingState;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offer/answer for one peer connection, following WebRTC "perfect negotiation"
 * (docs/protocol.md 8.1): the kiosk ({@link PeerRole#OFFERER}) is impolite and ignores an offer
 * that collides with its own; the expert ({@link PeerRole#ANSWERER}) is polite, rolls its own
 * offer back, answers, and offers its change again afterwards.
 *
 * <p>Every step (make an offer, apply a description, add a candidate) is queued and runs after the
 * previous one has finished, on the peer thread. A browser needs a {@code makingOffer} flag
 * because its steps interleave; here a step sees the signalling state its predecessors left, so
 * "not stable" alone detects a collision.
 *
 * <p>Offers are made only when allowed: the first offer of a call is the offerer's explicit
 * {@link #offer}; libwebrtc's "negotiation needed" events before the first exchange are noted and
 * acted on after it (when a transceiver is still unnegotiated), never turned into an early offer
 * (the server refuses an expert's offer before the kiosk's with NOT_OFFERER).
 */
final class Negotiator {

    private static final Logger log = LoggerFactory.getLogger(Negotiator.class);

    private final String name;
    private final RTCPeerConnection pc;
    private final Async async;
    private final PeerThread thread;
    private final boolean polite;
    private final Consumer<SessionDescription> emit;
    private final Runnable beforeCreate;
    private final PendingCandidates pending = new PendingCandidates();
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private boolean exchanged;
    private boolean deferred;
    private boolean ignoringOffer;
    private boolean haveRemote;
    private Set<String> remoteUfrags = Set.of();

    /**
     * @param emit          gets every local description to send to the other side
     * @param beforeCreate  runs before each createOffer/createAnswer (codec preferences)
     */
    Negotiator(String name, RTCPeerConnection pc, PeerThread thread, PeerRole role,
               Consumer<SessionDescription> emit, Runnable beforeCreate) {
        this.name = name;
        this.pc = pc;
        this.async = new Async(pc, thread);
        this.thread = thread;
        this.polite = role.polite();
        this.emit = emit;
        this.beforeCreate = beforeCreate;
    }

    /** True once one offer/answer round has completed; from then on changes renegotiate by themselves. */
    boolean exchanged() {
        return exchanged;
    }

    int pendingCandidates() {
        return pending.size();
    }

    /** Queues an explicit offer: the first offer of a call, or an ICE restart. Peer thread. */
    CompletableFuture<SessionDescription> offer(boolean iceRestart) {
        return enqueue(() -> {
            if (polite && !exchanged) {
                throw new IllegalStateException(name + ": the answerer waits for the first offer");
            }
            if (pc.getSignalingState() != RTCSignalingState.STABLE) {
                throw new IllegalStateException(name + ": an offer is already outstanding ("
                        + pc.getSignalingState() + ")");
            }
            return makeOffer(iceRestart);
        });
    }

    /** Queues the other side's offer or answer. Peer thread. */
    CompletableFuture<Void> applyRemote(SessionDescription description) {
        return enqueue(() -> description.type() == SdpType.OFFER
                ? applyOffer(description) : applyAnswer(description));
    }

    /** Queues a remote candidate, held back until its description is applied. Peer thread. */
    void addCandidate(IceCandidate candidate) {
        enqueue(() -> {
            if (candidate.isEndOfCandidates()) {
                return CompletableFuture.completedFuture(null);
            }
            if (PendingCandidates.applicable(candidate, haveRemote, remoteUfrags)) {
                applyCandidate(candidate);
            } else {
                pending.hold(candidate);
            }
            return CompletableFuture.completedFuture(null);
        });
    }

    /** libwebrtc's "negotiation needed" (a track or direction changed). Peer thread. */
    void negotiationNeeded() {
        if (!exchanged) {
            deferred = true;
            return;
        }
        enqueue(this::offerIfStable);
    }

    private CompletableFuture<SessionDescription> offerIfStable() {
        // Not stable: an exchange is under way; libwebrtc raises the event again when it ends
        // if the change is still not negotiated.
        return pc.getSignalingState() == RTCSignalingState.STABLE
                ? makeOffer(false) : CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<SessionDescription> makeOffer(boolean iceRestart) {
        beforeCreate.run();
        deferred = false;
        return async.createOffer(iceRestart).thenCompose(offer -> async.setLocal(offer).thenApply(done -> {
            SessionDescription local = new SessionDescription(SdpType.OFFER, offer.sdp, iceRestart);
            emit.accept(local);
            return local;
        }));
    }

    private CompletableFuture<Void> applyOffer(SessionDescription offer) {
        boolean collision = pc.getSignalingState() != RTCSignalingState.STABLE;
        ignoringOffer = !polite && collision;
        if (ignoringOffer) {
            log.info("{}: ignoring an offer that collides with ours (impolite peer)", name);
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> ready = CompletableFuture.completedFuture(null);
        if (collision) {
            log.info("{}: offers collided; rolling ours back (polite peer)", name);
            ready = async.setLocal(new RTCSessionDescription(RTCSdpType.ROLLBACK, ""));
        }
        return ready
                .thenCompose(v -> async.setRemote(new RTCSessionDescription(RTCSdpType.OFFER, offer.sdp())))
                .thenRun(() -> remoteApplied(offer))
                .thenCompose(v -> {
                    beforeCreate.run();
                    return async.createAnswer();
                })
                .thenCompose(answer -> async.setLocal(answer).thenRun(() -> {
                    emit.accept(SessionDescription.answer(answer.sdp));
                    exchangeCompleted();
                }));
    }

    private CompletableFuture<Void> applyAnswer(SessionDescription answer) {
        if (pc.getSignalingState() != RTCSignalingState.HAVE_LOCAL_OFFER) {
            // E.g. the answer to an offer we rolled back. Applying it would fail anyway.
            log.info("{}: answer without an outstanding offer ignored ({})", name, pc.getSignalingState());
            return CompletableFuture.completedFuture(null);
        }
        return async.setRemote(new RTCSessionDescription(RTCSdpType.ANSWER, answer.sdp()))
                .thenRun(() -> {
                    remoteApplied(answer);
                    exchangeCompleted();
                });
    }

    private void remoteApplied(SessionDescription description) {
        haveRemote = true;
        remoteUfrags = SdpSections.iceUfrags(description.sdp());
        for (IceCandidate candidate : pending.release(remoteUfrags)) {
            applyCandidate(candidate);
        }
    }

    private void exchangeCompleted() {
        exchanged = true;
        if (deferred && hasUnnegotiatedTransceiver()) {
            deferred = false;
            enqueue(this::offerIfStable);
        }
    }

    private boolean hasUnnegotiatedTransceiver() {
        for (RTCRtpTransceiver transceiver : pc.getTransceivers()) {
            if (transceiver.getMid() == null && !transceiver.stopped()) {
                return true;
            }
        }
        return false;
    }

    private void applyCandidate(IceCandidate candidate) {
        try {
            pc.addIceCandidate(new RTCIceCandidate(candidate.sdpMid(), Math.max(0, candidate.sdpMLineIndex()),
                    candidate.candidate()));
        } catch (RuntimeException e) {
            if (!ignoringOffer) {
                log.warn("{}: remote candidate refused: {}", name, e.getMessage());
            }
        }
    }

    /**
     * Runs {@code step} after every earlier step has finished (successfully or not), always as a
     * fresh task on the peer thread, so a step never runs inside another.
     */
    private <T> CompletableFuture<T> enqueue(Supplier<CompletableFuture<T>> step) {
        CompletableFuture<T> result = tail.handle((value, error) -> null)
                .thenComposeAsync(ignored -> step.get(), thread.asExecutor());
        result.whenComplete((value, error) -> {
            if (error != null) {
                log.warn("{}: negotiation step failed: {}", name, error.getMessage());
            }
        });
        tail = result;
        return result;
    }
}

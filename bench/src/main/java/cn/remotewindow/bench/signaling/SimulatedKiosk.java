package cn.remotewindow.bench.signaling;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionResumed;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.party.Kiosk;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A kiosk where a citizen asks for an expert: requests, offers once the call is established,
 * trickles its candidates, reports the call connected once it has the answer and the expert's
 * candidates, and hangs up after the hold time on the cycles it ends.
 */
final class SimulatedKiosk extends SimulatedParty {

    private final Consumer<SimulatedKiosk> whenFree;
    private volatile Cycle cycle;

    SimulatedKiosk(Kiosk identity, Stage stage, Consumer<SimulatedKiosk> whenFree) {
        super(identity, stage);
        this.whenFree = whenFree;
    }

    /** Sends a new request for the skill. Called by the pacer, only while this kiosk is free. */
    void request(String skill, boolean measured) {
        Cycle next = stage.cycles().begin(skill, measured);
        cycle = next;
        send("q" + next.number(), null, new ServiceRequest(skill, null, next.caseNumber(), Priority.NORMAL));
    }

    /** Sends a request for a call that stays open until {@link #endHeld()}. Only while this kiosk is free. */
    void hold(String skill, HeldCall held) {
        Cycle next = stage.cycles().beginHeld(skill, held);
        cycle = next;
        send("q" + next.number(), null, new ServiceRequest(skill, null, next.caseNumber(), Priority.NORMAL));
    }

    /** The cycle in progress, or null when free. */
    Cycle cycle() {
        return cycle;
    }

    /** Says one line in the call in progress. */
    void chat(String text) {
        Cycle current = cycle;
        if (current != null && current.sessionId() != null) {
            send("c" + current.number(), current.sessionId(), new Chat(text, Role.KIOSK, null));
        }
    }

    /** Hangs up the held call in progress. */
    void endHeld() {
        Cycle current = cycle;
        if (current != null && current.held() != null) {
            send("e" + current.number(), current.sessionId(), new SessionEnd(EndReason.HANGUP));
        }
    }

    @Override
    String resumeSession() {
        Cycle current = cycle;
        return current == null ? null : current.sessionId();
    }

    @Override
    protected void authenticated() {
        markReady();
    }

    @Override
    protected void handle(Envelope envelope, Message body) {
        Cycle current = cycle;
        if (current == null) {
            surprise(envelope);
            return;
        }
        long now = System.nanoTime();
        if (body instanceof SessionStatus status) {
            onStatus(current, envelope, status.phase(), now);
        } else if (body instanceof QueueUpdate) {
            current.queued();
            stage.tally().queueUpdate();
        } else if (body instanceof SessionEstablished established) {
            if (established.sdpRole() != SdpRole.OFFERER) {
                surprise(envelope);
                return;
            }
            offer(current, envelope.sessionId());
        } else if (body instanceof SdpAnswer) {
            relayed(current, envelope, now, true);
            if (current.kioskGotAnswer()) {
                send("p" + current.number(), envelope.sessionId(), new PeerConnected());
            }
        } else if (body instanceof IceCandidate) {
            relayed(current, envelope, now, false);
            if (current.kioskGotCandidate()) {
                send("p" + current.number(), envelope.sessionId(), new PeerConnected());
            }
        } else if (body instanceof SessionResumed) {
            HeldCall held = current.held();
            if (held == null || held.moving() != HeldCall.Moving.KIOSK) {
                surprise(envelope);
            } else {
                held.resumed(now);
            }
        } else if (body instanceof PeerStatus) {
            // The expert's connection dropped with its node, or came back elsewhere.
            if (current.held() == null) {
                surprise(envelope);
            }
        } else if (body instanceof Chat) {
            if (current.held() == null) {
                surprise(envelope);
            } else {
                current.held().kioskGotChat();
            }
        } else if (body instanceof SessionEnded) {
            cycle = null;
            if (current.kioskEnded()) {
                stage.cycles().completed(current);
            }
            whenFree.accept(this);
        } else {
            surprise(envelope);
        }
    }

    private void onStatus(Cycle current, Envelope envelope, SessionPhase phase, long now) {
        switch (phase) {
            case REQUESTED:
                current.sessionId(envelope.sessionId());
                break;
            case QUEUED:
                current.queued();
                break;
            case RINGING:
                break;
            case ACTIVE:
                if (current.measured()) {
                    stage.latencies().setup(current.requestSentNanos(), now);
                }
                if (current.held() != null) {
                    current.held().kioskActive();
                }
                if (current.kioskHangsUp()) {
                    stage.timer().schedule(() -> hangUp(current), stage.plan().hold().toMillis(), TimeUnit.MILLISECONDS);
                }
                break;
            default:
                surprise(envelope);
        }
    }

    private void offer(Cycle current, String sessionId) {
        sendTimed(sessionId, new SdpOffer(stage.sdp().offer(current.number()), false));
        for (IceCandidate candidate : stage.sdp().kioskCandidates(current.number())) {
            sendTimed(sessionId, candidate);
        }
    }

    private void hangUp(Cycle ending) {
        if (cycle == ending) {
            send("e" + ending.number(), ending.sessionId(), new SessionEnd(EndReason.HANGUP));
        }
    }
}

package cn.remotewindow.bench.signaling;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.QueueSummary;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionResumed;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.party.Expert;
import java.util.concurrent.TimeUnit;

/**
 * A city expert at the console: goes AVAILABLE on connecting, accepts every ring at once,
 * answers the offer, trickles candidates, and hangs up after the hold time on the cycles it
 * ends. The server makes the expert available again after each call.
 */
final class SimulatedExpert extends SimulatedParty {

    /** The cycle this expert accepted and that has not ended yet, or null. */
    private volatile Cycle inCall;

    SimulatedExpert(Expert identity, Stage stage) {
        super(identity, stage);
    }

    /** Not rung for, nor in, a call. */
    boolean isFree() {
        return inCall == null;
    }

    /** The item codes this expert serves, in a fixed order. */
    java.util.List<String> skills() {
        return ((Expert) identity).skills().stream().sorted().toList();
    }

    @Override
    String resumeSession() {
        Cycle current = inCall;
        return current == null ? null : current.sessionId();
    }

    /** Says one line in the call in progress. */
    void chat(String text) {
        Cycle current = inCall;
        if (current != null) {
            send("c" + current.number(), current.sessionId(), new Chat(text, Role.EXPERT, null));
        }
    }

    @Override
    protected void authenticated() {
        // Back in a call after a reconnect: the server resumes it, and the expert stays BUSY.
        if (inCall == null) {
            send("avail", null, new PresenceSet(ExpertState.AVAILABLE));
        }
    }

    @Override
    protected void handle(Envelope envelope, Message body) {
        long now = System.nanoTime();
        if (body instanceof PresenceState presence) {
            if (presence.state() == ExpertState.AVAILABLE) {
                markReady();
            }
            return;
        }
        if (body instanceof Ring ring) {
            rung(envelope, ring, now);
            return;
        }
        if (body instanceof QueueSummary) {
            // The waiting picture is for a console's eyes; the robot takes what it is rung for.
            return;
        }
        Cycle current = stage.cycles().bySession(envelope.sessionId());
        if (current == null) {
            surprise(envelope);
            return;
        }
        if (body instanceof SessionEstablished established) {
            if (established.sdpRole() != SdpRole.ANSWERER) {
                surprise(envelope);
            }
        } else if (body instanceof SdpOffer) {
            relayed(current, envelope, now, true);
            current.expertGotOffer();
            answer(current, envelope.sessionId());
        } else if (body instanceof IceCandidate) {
            relayed(current, envelope, now, false);
            current.expertGotCandidate();
        } else if (body instanceof SessionResumed) {
            HeldCall held = current.held();
            if (held == null || held.moving() != HeldCall.Moving.EXPERT) {
                surprise(envelope);
            } else {
                held.resumed(now);
            }
        } else if (body instanceof PeerStatus) {
            // The kiosk's connection dropped with its node, or came back elsewhere.
            if (current.held() == null) {
                surprise(envelope);
            }
        } else if (body instanceof Chat) {
            if (current.held() == null) {
                surprise(envelope);
            } else {
                current.held().expertGotChat();
            }
        } else if (body instanceof SessionStatus status) {
            if (status.phase() != SessionPhase.ACTIVE) {
                surprise(envelope);
            } else if (current.held() != null) {
                current.held().expertActive();
            } else if (current.expertHangsUp()) {
                stage.timer().schedule(() -> hangUp(current), stage.plan().hold().toMillis(), TimeUnit.MILLISECONDS);
            }
        } else if (body instanceof SessionEnded) {
            stage.cycles().unbind(envelope.sessionId());
            if (inCall == current) {
                inCall = null;
            }
            if (current.expertEnded()) {
                stage.cycles().completed(current);
            }
        } else {
            surprise(envelope);
        }
    }

    private void rung(Envelope envelope, Ring ring, long now) {
        Cycle cycle = stage.cycles().byNumber(Cycle.numberOf(ring.request().caseNumber()));
        if (cycle == null || !cycle.rung(envelope.sessionId(), this)) {
            surprise(envelope);
            return;
        }
        if (cycle.measured()) {
            stage.latencies().pairing(cycle.requestSentNanos(), now);
        }
        stage.cycles().bind(envelope.sessionId(), cycle);
        inCall = cycle;
        send("a" + cycle.number(), envelope.sessionId(), new RingAccept());
    }

    private void answer(Cycle current, String sessionId) {
        sendTimed(sessionId, new SdpAnswer(stage.sdp().answer(current.number())));
        for (IceCandidate candidate : stage.sdp().expertCandidates(current.number())) {
            sendTimed(sessionId, candidate);
        }
    }

    private void hangUp(Cycle ending) {
        if (stage.cycles().bySession(ending.sessionId()) == ending) {
            send("e" + ending.number(), ending.sessionId(), new SessionEnd(EndReason.HANGUP));
        }
    }
}

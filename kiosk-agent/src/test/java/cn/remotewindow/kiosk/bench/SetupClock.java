package cn.remotewindow.kiosk.bench;

import cn.remotewindow.kiosk.agent.KioskAgent;
import cn.remotewindow.kiosk.link.LinkListener;
import cn.remotewindow.kiosk.link.LinkProblem;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEstablished;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times one call's set-up inside the kiosk process, without touching the agent: it sits between
 * the agent and its server link and notes when the first of each step passes.
 *
 * <p>Steps, in the order they happen: {@code request} (service.request sent), {@code established}
 * (session.established received: the expert accepted), {@code offer} (the kiosk's sdp.offer sent),
 * {@code answer} (the expert's sdp.answer received) and {@code connected} (peer.connected sent:
 * the agent saw its peer reach CONNECTED, the end of set-up). Times are from {@link #begin}, the
 * citizen's tap.
 */
final class SetupClock {

    static final String[] STEPS = {"request", "established", "offer", "answer", "connected", "video"};

    private final Map<String, Long> marks = new ConcurrentHashMap<>();
    private volatile long tapNanos;
    private volatile CompletableFuture<Void> connected = new CompletableFuture<>();

    /** A new call: forgets the previous one's marks. Returns the future of this call's CONNECTED. */
    CompletableFuture<Void> begin(long tapNanos) {
        marks.clear();
        this.tapNanos = tapNanos;
        connected = new CompletableFuture<>();
        return connected;
    }

    /** Moves the tap time (the press is retried until the screen takes it). */
    void tappedAt(long nanos) {
        tapNanos = nanos;
    }

    /** Milliseconds from the tap to each step seen so far, in step order. */
    Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String step : STEPS) {
            Long at = marks.get(step);
            if (at != null) {
                out.put(step, (at - tapNanos) / 1e6);
            }
        }
        return out;
    }

    /** A step that happened at {@code nanos} (seen afterwards, e.g. the first video frame's time). */
    void markAt(String step, long nanos) {
        marks.putIfAbsent(step, nanos);
    }

    /** Milliseconds from one step to another, or null when either was not seen. */
    Double between(String from, String to) {
        Long start = marks.get(from);
        Long end = marks.get(to);
        return start == null || end == null ? null : (end - start) / 1e6;
    }

    private void mark(String step) {
        marks.putIfAbsent(step, System.nanoTime());
        if ("connected".equals(step)) {
            connected.complete(null);
        }
    }

    /** The agent's outgoing side, watched. */
    KioskAgent.Link watch(KioskAgent.Link link) {
        return new KioskAgent.Link() {
            @Override
            public boolean send(String sessionId, Message message) {
                if (message instanceof ServiceRequest) {
                    mark("request");
                } else if (message instanceof SdpOffer) {
                    mark("offer");
                } else if (message instanceof PeerConnected) {
                    mark("connected");
                }
                return link.send(sessionId, message);
            }

            @Override
            public boolean isUp() {
                return link.isUp();
            }

            @Override
            public cn.remotewindow.kiosk.identity.EvidenceOutcome submitEvidence(String uploadPath,
                    cn.remotewindow.kiosk.identity.EvidenceUpload upload, java.time.Duration timeout)
                    throws InterruptedException {
                return link.submitEvidence(uploadPath, upload, timeout);
            }
        };
    }

    /** The agent's incoming side, watched (on the link's thread, before the agent sees it). */
    LinkListener watch(LinkListener listener) {
        return new LinkListener() {
            @Override
            public void onUp(AuthOk identity) {
                listener.onUp(identity);
            }

            @Override
            public void onMessage(Envelope envelope) {
                if (envelope.body() instanceof SessionEstablished) {
                    mark("established");
                } else if (envelope.body() instanceof SdpAnswer) {
                    mark("answer");
                }
                listener.onMessage(envelope);
            }

            @Override
            public void onDown(LinkProblem problem, int attempt, Duration retryIn) {
                listener.onDown(problem, attempt, retryIn);
            }
        };
    }
}

package cn.remotewindow.bench.signaling;

import cn.remotewindow.client.SignalingConnection;
import cn.remotewindow.client.SignalingListener;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.signaling.party.Party;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One simulated kiosk or expert on one connection. Listener callbacks run on the client's I/O
 * threads; what a party does in answer is cheap (encode and write), so it does it right there.
 */
abstract class SimulatedParty implements SignalingListener {

    private static final String RELAY_PREFIX = "r";

    protected final Party identity;
    protected final Stage stage;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile SignalingConnection connection;
    private volatile Consumer<SimulatedParty> whenDropped;
    private volatile long authenticatedNanos = -1;

    SimulatedParty(Party identity, Stage stage) {
        this.identity = identity;
        this.stage = stage;
    }

    Party identity() {
        return identity;
    }

    /** Completes when the party is authenticated and, for experts, available. */
    CompletableFuture<Void> ready() {
        return ready;
    }

    void attach(SignalingConnection open) {
        this.connection = open;
    }

    void failed(Throwable cause) {
        stage.tally().connectFailed(identity.id(), cause);
        ready.completeExceptionally(cause);
    }

    boolean isOpen() {
        SignalingConnection open = connection;
        return open != null && open.isOpen();
    }

    void close() {
        SignalingConnection open = connection;
        if (open != null) {
            open.close();
        }
    }

    /**
     * The node this party is connected to is about to be killed: the close that follows is
     * expected, not an error, and hands the party to {@code dropped} (once) to reconnect elsewhere.
     */
    void expectDrop(Consumer<SimulatedParty> dropped) {
        whenDropped = dropped;
    }

    /** When the latest {@code auth.ok} arrived (System.nanoTime), or -1. */
    long authenticatedNanos() {
        return authenticatedNanos;
    }

    /** The session to ask for with {@code auth.resume} when reconnecting, or null for none. */
    abstract String resumeSession();

    protected void markReady() {
        ready.complete(null);
    }

    protected void send(String id, String sessionId, Message message) {
        connection.send(new Envelope(id, sessionId, message));
    }

    /**
     * Sends a message whose relay to the other party is timed: the correlation id carries the send
     * time, and the server relays a message with the sender's correlation id.
     */
    protected void sendTimed(String sessionId, Message message) {
        send(RELAY_PREFIX + System.nanoTime(), sessionId, message);
    }

    /** Records the relay time of a timed message received in a measured cycle. */
    protected void relayed(Cycle current, Envelope envelope, long receivedNanos, boolean sdp) {
        Long sent = sentAt(envelope.id());
        if (sent == null) {
            surprise(envelope);
        } else if (current.measured()) {
            if (sdp) {
                stage.latencies().sdpRelay(sent, receivedNanos);
            } else {
                stage.latencies().candidateRelay(sent, receivedNanos);
            }
        }
    }

    /** @return the send time of a timed relay, or null if the id is not one of ours */
    private static Long sentAt(String correlationId) {
        if (correlationId == null || !correlationId.startsWith(RELAY_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(correlationId, RELAY_PREFIX.length(), correlationId.length(), 10);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public final void onMessage(Envelope envelope) {
        Message body = envelope.body();
        if (body instanceof ErrorReply error) {
            stage.tally().errorReply(identity.id(), error.code() + " " + error.message() + " (id " + envelope.id()
                    + ", session " + envelope.sessionId() + ")");
        } else if (body instanceof AuthOk) {
            authenticatedNanos = System.nanoTime();
            authenticated();
        } else {
            handle(envelope, body);
        }
    }

    @Override
    public void onUndecodable(String frame, RuntimeException error) {
        stage.tally().undecodable(identity.id(), error);
    }

    @Override
    public void onClosed(int code, String reason) {
        Consumer<SimulatedParty> dropped = whenDropped;
        if (dropped != null) {
            whenDropped = null;
            dropped.accept(this);
            return;
        }
        stage.tally().closed(identity.id(), code, reason);
        ready.completeExceptionally(new IllegalStateException("closed " + code + " " + reason));
    }

    protected void surprise(Envelope envelope) {
        stage.tally().surprise(identity.id(), envelope.type() + " (session " + envelope.sessionId() + ")");
    }

    /** auth.ok arrived. */
    protected abstract void authenticated();

    /** Every other message from the server. */
    protected abstract void handle(Envelope envelope, Message body);
}

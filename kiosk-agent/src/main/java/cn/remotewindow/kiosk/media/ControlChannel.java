package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.RTCDataChannel;
import dev.onvoid.webrtc.RTCDataChannelBuffer;
import dev.onvoid.webrtc.RTCDataChannelInit;
import dev.onvoid.webrtc.RTCDataChannelObserver;
import dev.onvoid.webrtc.RTCDataChannelState;
import dev.onvoid.webrtc.RTCPeerConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call's "control" data channel: ordered, reliable, text. Both sides create it as a
 * negotiated channel with id 0, so neither waits for the other to announce it and the browser
 * console does the same with {@code createDataChannel("control", {negotiated: true, id: 0})}.
 *
 * <p>Messages sent before the channel opens are kept (up to {@link #QUEUE_LIMIT}) and sent on
 * open, so the controller need not track the channel's state.
 */
final class ControlChannel {

    static final String LABEL = "control";
    static final int QUEUE_LIMIT = 256;
    /** Stays under the 16 KiB that every SCTP implementation delivers unfragmented. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ControlChannel.class);

    private final RTCDataChannel channel;
    private final PeerThread thread;
    private final Consumer<String> onMessage;
    private final Runnable onOpen;
    private final Deque<byte[]> queued = new ArrayDeque<>();
    private final Relay relay = new Relay(this);
    private boolean open;
    private boolean closed;

    ControlChannel(RTCPeerConnection pc, PeerThread thread, Consumer<String> onMessage, Runnable onOpen) {
        this.thread = thread;
        this.onMessage = onMessage;
        this.onOpen = onOpen;
        RTCDataChannelInit init = new RTCDataChannelInit();
        init.ordered = true;
        init.negotiated = true;
        init.id = 0;
        this.channel = pc.createDataChannel(LABEL, init);
        channel.registerObserver(relay);
    }

    /** Sends a text message, now or when the channel opens. Call on the peer thread. */
    void send(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("control message too long: " + bytes.length + " bytes");
        }
        if (closed) {
            throw new IllegalStateException("the call is closed");
        }
        if (!open) {
            if (queued.size() == QUEUE_LIMIT) {
                throw new IllegalStateException("control channel not open and " + QUEUE_LIMIT + " messages waiting");
            }
            queued.add(bytes);
            return;
        }
        transmit(bytes);
    }

    boolean isOpen() {
        return open;
    }

    private void transmit(byte[] bytes) {
        try {
            channel.send(new RTCDataChannelBuffer(ByteBuffer.wrap(bytes), false));
        } catch (Exception e) {
            log.warn("control message not sent", e);
        }
    }

    private void stateChanged() {
        if (closed) {
            return;
        }
        RTCDataChannelState state = channel.getState();
        if (state == RTCDataChannelState.OPEN && !open) {
            open = true;
            while (!queued.isEmpty()) {
                transmit(queued.removeFirst());
            }
            onOpen.run();
        } else if (state == RTCDataChannelState.CLOSED || state == RTCDataChannelState.CLOSING) {
            open = false;
        }
    }

    private void received(byte[] bytes, boolean binary) {
        if (closed) {
            return;
        }
        if (binary) {
            log.debug("binary control message of {} bytes ignored", bytes.length);
            return;
        }
        onMessage.accept(new String(bytes, StandardCharsets.UTF_8));
    }

    /** First step of the teardown: no more callbacks, then the channel goes. Peer thread. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        relay.target = null;
        open = false;
        queued.clear();
        channel.unregisterObserver();
        channel.close();
        channel.dispose();
    }

    /**
     * What libwebrtc holds on to. webrtc-java 0.14.0 never frees a data channel's native observer
     * (unregisterObserver only detaches it), so its global reference would keep this channel, the
     * peer and its listener alive for good; the relay is all it keeps, and it lets go of the
     * channel at close.
     */
    private static final class Relay implements RTCDataChannelObserver {

        private volatile ControlChannel target;

        Relay(ControlChannel target) {
            this.target = target;
        }

        @Override
        public void onBufferedAmountChange(long previousAmount) {
        }

        @Override
        public void onStateChange() {
            ControlChannel channel = target;
            if (channel != null) {
                channel.thread.execute(channel::stateChanged);
            }
        }

        @Override
        public void onMessage(RTCDataChannelBuffer buffer) {
            ControlChannel channel = target;
            if (channel == null) {
                return;
            }
            // The buffer is native memory valid only during this call: copy it out first.
            ByteBuffer data = buffer.data;
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            boolean binary = buffer.binary;
            channel.thread.execute(() -> channel.received(bytes, binary));
        }
    }
}

package cn.remotewindow.protocol;

import cn.remotewindow.protocol.message.Message;

/**
 * One signaling frame: {@code {"v":1,"type":"...","id":"...","sessionId":"...","body":{...}}}.
 *
 * @param id        correlation id chosen by the sender; replies and errors carry it back
 * @param sessionId the session the message belongs to, when it belongs to one
 */
public record Envelope(String id, String sessionId, Message body) {

    public static final int VERSION = 1;
    public static final int MAX_ID_LENGTH = 64;

    public Envelope {
        if (body == null) {
            throw new IllegalArgumentException("body is required");
        }
    }

    public static Envelope of(Message body) {
        return new Envelope(null, null, body);
    }

    public static Envelope inSession(String sessionId, Message body) {
        return new Envelope(null, sessionId, body);
    }

    public String type() {
        return MessageTypes.nameOf(body.getClass());
    }
}

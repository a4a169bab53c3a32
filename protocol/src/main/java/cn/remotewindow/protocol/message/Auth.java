package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * First message on every connection: a single-use signaling ticket from {@code POST /api/signaling/ticket}.
 *
 * @param resume optional: the session the client had before reconnecting. If the server no longer
 *               has it open, the client is told at once with session.ended (SESSION_LOST when the
 *               server does not know it at all, e.g. after a restart) instead of being left waiting.
 */
@WireType(value = "auth", sentBy = {Role.KIOSK, Role.EXPERT})
public record Auth(String token, String resume) implements Message {
    public Auth {
        Fields.nonBlank(token, "token", 4096);
        Fields.maxLength(resume, "resume", 64);
    }

    public Auth(String token) {
        this(token, null);
    }
}

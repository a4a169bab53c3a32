package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * What the sender is sending now: microphone, camera, screen share. Relayed to the other party,
 * or in a three-party session to the one named in {@code to}, else to both others.
 *
 * @param to   the recipient's party id, or null for every other party
 * @param from the sender's party id, set by the server on the relayed copy
 */
@WireType(value = "media.state", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record MediaState(Boolean audio, Boolean video, Boolean screen, String to, String from)
        implements Message, Relayed {
    public MediaState {
        Fields.required(audio, "audio");
        Fields.required(video, "video");
        Fields.required(screen, "screen");
        Fields.optionalCode(to, "to");
    }

    public MediaState(Boolean audio, Boolean video, Boolean screen) {
        this(audio, video, screen, null, null);
    }

    @Override
    public String sender() {
        return from;
    }

    @Override
    public MediaState relayedFrom(String senderId) {
        return new MediaState(audio, video, screen, null, senderId);
    }
}

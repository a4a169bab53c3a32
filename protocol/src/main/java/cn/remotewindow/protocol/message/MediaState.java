package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** What the sender is sending now: microphone, camera, screen share. Relayed to the other party. */
@WireType(value = "media.state", sentBy = {Role.KIOSK, Role.EXPERT}, needsSession = true)
public record MediaState(Boolean audio, Boolean video, Boolean screen) implements Message {
    public MediaState {
        Fields.required(audio, "audio");
        Fields.required(video, "video");
        Fields.required(screen, "screen");
    }
}

package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;
import java.util.List;

/** The expert's presence as the server sees it: sent whenever it changes, and as the answer to presence.set. */
@WireType(value = "presence.state", sentBy = Role.SERVER)
public record PresenceState(ExpertState state, List<String> skills) implements Message {
    public PresenceState {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}

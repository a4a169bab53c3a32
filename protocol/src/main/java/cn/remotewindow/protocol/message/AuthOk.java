package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;
import java.util.List;

/** The connection is authenticated as this party. */
@WireType(value = "auth.ok", sentBy = Role.SERVER)
public record AuthOk(Role role, String id, String displayName, String district, List<String> skills,
                     int heartbeatSeconds, long serverTime) implements Message {
    public AuthOk {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}

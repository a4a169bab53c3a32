package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;

/** The other party of a session. */
public record Peer(Role role, String id, String displayName, String district) {
}

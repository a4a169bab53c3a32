package cn.remotewindow.signaling.party;

import cn.remotewindow.protocol.Role;

/** A self-service kiosk in a district centre, bank branch or community. */
public record Kiosk(String id, String displayName, String district) implements Party {

    @Override
    public Role role() {
        return Role.KIOSK;
    }
}

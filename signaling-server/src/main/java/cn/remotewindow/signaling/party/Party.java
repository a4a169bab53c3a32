package cn.remotewindow.signaling.party;

import cn.remotewindow.protocol.Role;

/** Someone on a signaling connection: a kiosk or an expert, as their token describes them. */
public sealed interface Party permits Kiosk, Expert {

    String id();

    String displayName();

    Role role();

    default PartyId partyId() {
        return new PartyId(role(), id());
    }
}

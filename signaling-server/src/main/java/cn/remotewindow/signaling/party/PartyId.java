package cn.remotewindow.signaling.party;

import cn.remotewindow.protocol.Role;

/** The identity of a party across connections and nodes; plain data. */
public record PartyId(Role role, String id) {

    @Override
    public String toString() {
        return role + ":" + id;
    }
}

package cn.remotewindow.signaling.cluster;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import java.util.Set;

/** A party as another node needs to know it: who, under which name, with which district or skills. Plain data. */
public record PartyCard(Role role, String id, String name, String district, Set<String> skills) {

    public PartyCard {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
    }

    public static PartyCard of(Party party) {
        if (party instanceof Kiosk kiosk) {
            return new PartyCard(Role.KIOSK, kiosk.id(), kiosk.displayName(), kiosk.district(), Set.of());
        }
        Expert expert = (Expert) party;
        return new PartyCard(Role.EXPERT, expert.id(), expert.displayName(), null, expert.skills());
    }

    public Party party() {
        return role == Role.KIOSK ? new Kiosk(id, name, district) : new Expert(id, name, skills);
    }
}

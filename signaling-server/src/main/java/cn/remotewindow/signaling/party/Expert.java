package cn.remotewindow.signaling.party;

import cn.remotewindow.protocol.Role;
import java.util.Set;

/** A city expert (市级业务骨干) and the item or department codes they can serve. */
public record Expert(String id, String displayName, Set<String> skills) implements Party {

    public Expert {
        skills = Set.copyOf(skills);
    }

    @Override
    public Role role() {
        return Role.EXPERT;
    }
}

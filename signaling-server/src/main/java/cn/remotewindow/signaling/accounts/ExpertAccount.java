package cn.remotewindow.signaling.accounts;

import java.util.Set;

/** A city expert's sign-in account; {@code skills} are the item and department codes they serve. */
public record ExpertAccount(String username, String displayName, String passwordHash, Set<String> skills) {

    public ExpertAccount {
        skills = Set.copyOf(skills);
    }

    /** Leaves the hash out so that an account never lands in a log with it. */
    @Override
    public String toString() {
        return "ExpertAccount[" + username + ", " + displayName + ", skills=" + skills + "]";
    }
}

package cn.remotewindow.signaling.accounts;

/**
 * An auditor's sign-in account (role ADMIN: the city service office's supervision, 督查): reads
 * the records and the audit log, takes part in no call.
 */
public record AdminAccount(String username, String displayName, String passwordHash) {

    /** Leaves the hash out so that an account never lands in a log with it. */
    @Override
    public String toString() {
        return "AdminAccount[" + username + ", " + displayName + "]";
    }
}

package cn.remotewindow.signaling.accounts;

import java.util.regex.Pattern;

/** Start-up check of configured hashes: a typo must stop the server, not lock an expert out silently. */
final class BcryptHashes {

    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$");

    private BcryptHashes() {
    }

    static void requireValid(String hash, String owner) {
        if (hash == null || !BCRYPT.matcher(hash).matches()) {
            throw new IllegalStateException("the password or secret hash of " + owner + " is not a bcrypt hash");
        }
    }
}
